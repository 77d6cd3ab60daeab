// SPDX-License-Identifier: Apache-2.0
#include "snapshotpatch.h"

#include <algorithm>

namespace model {

std::optional<SnapshotPatch::Scope> SnapshotPatch::scopeOf(const std::vector<AuditRecord> &records)
{
    Scope scope;
    for (const AuditRecord &r : records) {
        scope.atUs = std::max(scope.atUs, r.atUs);
        if ((r.kind == QLatin1String(auditkind::kPodEdited) || r.kind == QLatin1String(auditkind::kPodCreated))
            && !r.podId.isEmpty())
            scope.pods.insert(r.podId);
        else if (r.kind == QLatin1String(auditkind::kBindingCreated) || r.kind == QLatin1String(auditkind::kBindingEnded)
                 || r.kind == QLatin1String(auditkind::kBindingMoved))
            scope.tenants.insert(r.tenantId);
        else
            return std::nullopt; // a pod deleted, an import, a kind this console does not know
    }
    if (scope.tenants.size() > kMaxTenants)
        return std::nullopt;
    return scope;
}

SnapshotPtr SnapshotPatch::apply(const CloudSnapshot &before, const Rows &rows, std::int64_t loadedAtUs)
{
    // The pods in their places (the previous indices stay valid), new ones at the end.
    std::vector<sched::Pod> pods = before.pods();
    for (const sched::Pod &changed : rows.pods) {
        const auto it = std::find_if(pods.begin(), pods.end(), [&](const sched::Pod &p) { return p.id == changed.id; });
        if (it == pods.end())
            pods.push_back(changed);
        else
            *it = changed;
    }
    CloudSnapshot::Builder builder(std::move(pods), loadedAtUs, before.source());
    builder.reserve(before.bindings().size() + 16);
    builder.setUsageHistory(before.usageHistory());
    // Per changed tenant: the pods it is actively bound to now (a row still there is kept as it was).
    std::map<QString, QSet<QString>> activeNow;
    for (const auto &[tenant, bindings] : rows.activeBindings) {
        QSet<QString> &pods = activeNow[tenant];
        for (const sched::Binding &b : bindings)
            pods.insert(QString::fromStdString(b.podId));
    }
    const QStringList &tenants = before.tenantNames();
    for (const BindingRow &row : before.bindings()) {
        const int pod = row.pod;
        const QString &tenant = tenants[row.tenant];
        const auto changed = activeNow.find(tenant);
        if (!row.active || changed == activeNow.end()) {
            builder.addBinding(tenant, pod, row.active, row.createdAtUs, row.endedAtUs);
            continue;
        }
        const QString podId = QString::fromStdString(before.pods()[std::size_t(row.pod)].id);
        if (changed->second.remove(podId)) // still bound there
            builder.addBinding(tenant, pod, true, row.createdAtUs, 0);
        else // moved away or unbound: history from now on
            builder.addBinding(tenant, pod, false, row.createdAtUs, rows.endedAtUs);
    }
    // The active bindings the previous snapshot did not have.
    for (const auto &[tenant, bindings] : rows.activeBindings)
        for (const sched::Binding &b : bindings) {
            const QString podId = QString::fromStdString(b.podId);
            if (!activeNow[tenant].contains(podId))
                continue; // matched an existing row above
            const int pod = builder.podIndex(podId);
            if (pod < 0)
                return nullptr;
            builder.addBinding(tenant, pod, true, b.createdAtUs, 0);
        }
    return builder.finish();
}

} // namespace model
