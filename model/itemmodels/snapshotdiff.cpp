// SPDX-License-Identifier: Apache-2.0
#include "snapshotdiff.h"

#include <QHash>
#include <QSet>

#include <map>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QString stateText(sched::PodState s) { return QStringLiteral("state=") + QString::fromUtf8(sched::podStateKey(s)); }

// Tenant and AZ -> the names of the pods it is actively bound to there.
using ActiveMap = std::map<std::pair<QString, QString>, QStringList>;

ActiveMap activeBindings(const CloudSnapshot &s)
{
    ActiveMap active;
    for (const BindingRow &b : s.bindings())
        if (b.active)
            active[{s.tenantNames()[b.tenant], s.podAz(b.pod)}] << s.podName(b.pod);
    return active;
}

AuditRecord record(const char *kind, QString tenant, QString podName, QString before, QString after)
{
    AuditRecord r;
    r.kind = QString::fromLatin1(kind);
    r.tenantId = std::move(tenant);
    r.podName = std::move(podName);
    r.before = std::move(before);
    r.after = std::move(after);
    return r;
}

} // namespace

void SnapshotDiff::diffPods(const CloudSnapshot &before, const CloudSnapshot &after, std::vector<AuditRecord> &out)
{
    QHash<QString, const sched::Pod *> old;
    for (const sched::Pod &p : before.pods())
        old.insert(str(p.id), &p);
    QSet<QString> seen;
    for (const sched::Pod &p : after.pods()) {
        const QString id = str(p.id);
        seen.insert(id);
        const sched::Pod *was = old.value(id);
        if (!was) {
            out.push_back(record(auditkind::kPodCreated, {}, str(p.name), {}, {}));
            out.back().podId = id;
        } else if (was->state != p.state) {
            out.push_back(record(auditkind::kPodEdited, {}, str(p.name), stateText(was->state), stateText(p.state)));
            out.back().podId = id;
        }
    }
    for (const sched::Pod &p : before.pods())
        if (!seen.contains(str(p.id))) {
            out.push_back(record(auditkind::kPodDeleted, {}, str(p.name), {}, {}));
            out.back().podId = str(p.id);
        }
}

void SnapshotDiff::diffBindings(const CloudSnapshot &before, const CloudSnapshot &after, std::vector<AuditRecord> &out)
{
    const ActiveMap was = activeBindings(before);
    const ActiveMap now = activeBindings(after);
    for (const auto &[key, pods] : now) {
        const auto it = was.find(key);
        const QStringList old = it == was.end() ? QStringList() : it->second;
        QStringList added, removed;
        for (const QString &p : pods)
            if (!old.contains(p))
                added << p;
        for (const QString &p : old)
            if (!pods.contains(p))
                removed << p;
        // One pod replaced by another in the same AZ is a move; anything else is told as it is.
        if (added.size() == 1 && removed.size() == 1) {
            out.push_back(record(auditkind::kBindingMoved, key.first, added.front(), removed.front(), added.front()));
            continue;
        }
        for (const QString &p : added)
            out.push_back(record(auditkind::kBindingCreated, key.first, p, {}, p));
        for (const QString &p : removed)
            out.push_back(record(auditkind::kBindingEnded, key.first, p, p, {}));
    }
    for (const auto &[key, pods] : was)
        if (!now.count(key))
            for (const QString &p : pods)
                out.push_back(record(auditkind::kBindingEnded, key.first, p, p, {}));
}

std::vector<AuditRecord> SnapshotDiff::between(const CloudSnapshot &before, const CloudSnapshot &after)
{
    std::vector<AuditRecord> out;
    diffPods(before, after, out);
    diffBindings(before, after, out);
    return out;
}

} // namespace model
