// SPDX-License-Identifier: Apache-2.0
#include "checkoperation.h"

#include "engine.h"
#include "futurewait.h"
#include "importrepair.h"
#include "statevalidator.h"
#include "tenantid.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

#include <map>
#include <memory>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

using Anomaly = ImportRepair::Anomaly;

QString podName(const sched::CloudState &state, const std::string &podId)
{
    const sched::Pod *pod = state.findPod(podId);
    return pod ? str(pod->name) : str(podId);
}

TenantChange unbind(const sched::CloudState &state, const sched::Binding &b, const QString &reason)
{
    TenantChange c;
    c.kind = TenantChange::Kind::Unbind;
    c.tenantId = b.tenantId;
    c.fromPodId = b.podId;
    c.fromPodName = podName(state, b.podId);
    c.change = {b.tenantId, b.id, {}, {}, 0};
    c.reason = reason;
    return c;
}

// Builds the findings and their repairs from ImportRepair's anomalies.
class CheckPlanner
{
public:
    // `repairs` false: the findings only (no scheduler run, no changes).
    CheckPlanner(const sched::CloudState &state, const sched::SchedulerConfig &config, CheckReport &report, bool repairs,
                 const PodPlacements *seen)
        : m_state(state), m_config(config), m_found(state, ImportRepair::Labels::Live), m_report(report),
          m_repairs(repairs), m_seen(seen)
    {
    }

    void run()
    {
        for (const Anomaly &a : m_found.found()) {
            switch (a.kind) {
            case Anomaly::Kind::SecondTopRegion: secondTop(a); break;
            case Anomaly::Kind::MissingPod:
            case Anomaly::Kind::SecondTopBinding:
            case Anomaly::Kind::TopRegionBinding: placesNowhere(a); break;
            case Anomaly::Kind::BoundTwice: boundTwice(a); break;
            }
        }
        if (m_seen)
            for (std::size_t i = 0; i < m_state.pods.size(); ++i)
                podChanged(i);
        ChangeWriter::countTargets(m_report.changes, m_state);
    }

private:
    void secondTop(const Anomaly &a)
    {
        const sched::Pod &pod = m_state.pods[a.pods.front()];
        CheckFinding f{CheckFinding::Kind::SecondTopRegion, a.text, {}, {}, {}, {pod.id}};
        f.repairs << CheckOperation::tr("delete %1 (after its bindings ended); the first top region in creation order stays")
                         .arg(m_found.podLabel(a.pods.front()));
        m_report.podsToDelete.push_back(pod.id);
        m_report.findings.push_back(std::move(f));
    }

    // A binding to a missing pod or a top region: history rows are left
    // alone; an active one ends, and a tenant left without any binding gets
    // the scheduler's pod in its place.
    void placesNowhere(const Anomaly &a)
    {
        const sched::Binding &b = m_state.bindings[a.bindings.front()];
        if (!b.active)
            return;
        CheckFinding f{a.kind == Anomaly::Kind::MissingPod ? CheckFinding::Kind::MissingPod
                                                           : CheckFinding::Kind::TopRegionBinding,
                       a.text, {}, b.tenantId, {b.id}, {b.podId}};
        const QString label = m_found.bindingLabel(a.bindings.front());
        if (!m_repairs) {
            m_report.findings.push_back(std::move(f));
            return;
        }
        if (const sched::Binding *other = validBindingOf(b.tenantId)) {
            const QString why = CheckOperation::tr("the tenant keeps its binding to pod %1").arg(podName(m_state, other->podId));
            f.repairs << CheckOperation::tr("end %1: %2").arg(label, why);
            m_report.changes.changes.push_back(unbind(m_state, b, why));
            m_report.findings.push_back(std::move(f));
            return;
        }
        const sched::Decision d = decideFor(b.tenantId);
        if (d.outcome == sched::Outcome::Bind) {
            TenantChange c = unbind(m_state, b, {});
            c.kind = TenantChange::Kind::Rebind;
            c.toPodId = std::string(d.podId);
            c.toPodName = QString::fromUtf8(d.podName.data(), qsizetype(d.podName.size()));
            c.change.newPodId = c.toPodId;
            c.reason = CheckOperation::tr("its pod cannot hold it; the scheduler's choice for the tenant (any AZ, "
                                          "general group)");
            f.repairs << CheckOperation::tr("rebind %1 to pod %2, the scheduler's choice (any AZ, general group): the "
                                            "tenant has no other binding")
                             .arg(label, c.toPodName);
            m_report.changes.changes.push_back(std::move(c));
        } else {
            // Keep: an earlier repair of this check gave the tenant its pod already.
            const QString why = d.outcome == sched::Outcome::Keep
                                    ? CheckOperation::tr("the tenant keeps its binding to pod %1")
                                          .arg(QString::fromUtf8(d.podName.data(), qsizetype(d.podName.size())))
                                    : CheckOperation::tr("no pod can take the tenant now; it is bound again at its next request");
            f.repairs << CheckOperation::tr("end %1: %2").arg(label, why);
            m_report.changes.changes.push_back(unbind(m_state, b, why));
        }
        m_report.findings.push_back(std::move(f));
    }

    void boundTwice(const Anomaly &a)
    {
        const sched::Binding &kept = m_state.bindings[a.bindings.front()];
        CheckFinding f{CheckFinding::Kind::BoundTwice, a.text, {}, trimmedTenantId(kept.tenantId), {}, {}};
        for (const std::size_t i : a.bindings) {
            f.bindingIds.push_back(m_state.bindings[i].id);
            f.podIds.push_back(m_state.bindings[i].podId);
        }
        const QString keptLabel = m_found.bindingLabel(a.bindings.front());
        for (std::size_t k = 1; k < a.bindings.size(); ++k) {
            const QString why = CheckOperation::tr("%1 stays: it has the lowest pod_id, the binding upstream Trio2o "
                                                   "treats as current")
                                    .arg(keptLabel);
            f.repairs << CheckOperation::tr("end %1: %2").arg(m_found.bindingLabel(a.bindings[k]), why);
            m_report.changes.changes.push_back(unbind(m_state, m_state.bindings[a.bindings[k]], why));
        }
        m_report.findings.push_back(std::move(f));
    }

    // A bottom pod whose AZ or group is not the one last seen, with tenants
    // bound to it since before then: they are bound in another AZ or group
    // than the one they were bound in. Nothing is written; the repair accepts it.
    void podChanged(std::size_t index)
    {
        const sched::Pod &pod = m_state.pods[index];
        const PodPlacements::Placement *was = pod.isTop() ? nullptr : m_seen->find(pod.id);
        const std::string group = sched::groupKey(pod.tags);
        if (!was || (was->azName == pod.azName && was->groupKey == group))
            return;
        CheckFinding f{CheckFinding::Kind::PodChanged, {}, {}, {}, {}, {pod.id}};
        QStringList tenants;
        for (const sched::Binding &b : m_state.bindings) {
            if (!b.active || b.podId != pod.id || b.createdAtUs > m_seen->seenAtUs)
                continue;
            f.bindingIds.push_back(b.id);
            tenants << str(trimmedTenantId(b.tenantId));
        }
        if (tenants.isEmpty())
            return; // bound since: those tenants were bound where the pod is now
        const int n = int(tenants.size());
        const QString before = CheckOperation::tr("AZ %1, group %2").arg(str(was->azName), StateValidator::groupLabel(was->groupKey));
        const QString now = CheckOperation::tr("AZ %1, group %2").arg(str(pod.azName), StateValidator::groupLabel(group));
        const QString shown = n > 5 ? tenants.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                    : tenants.join(QStringLiteral(", "));
        if (n == 1)
            f.tenantId = tenants.constFirst().toStdString();
        f.text = CheckOperation::tr("pod %1 moved from %2 to %3 under %n bound tenant(s) (%4): they are bound in %3 now",
                                    nullptr, n)
                     .arg(str(pod.name), before, now, shown);
        f.repairs << CheckOperation::tr("accept the move: the tenants stay with pod %1 in %2, and their next request "
                                        "in %3 is scheduled afresh (to keep a tenant in %3, rebind it there first)")
                         .arg(str(pod.name), now, before);
        m_report.findings.push_back(std::move(f));
    }

    // An active binding of the tenant that places it somewhere: to an existing bottom pod.
    const sched::Binding *validBindingOf(const std::string &tenantId) const
    {
        const std::string tenant = trimmedTenantId(tenantId);
        for (const sched::Binding &b : m_state.bindings) {
            const sched::Pod *pod = b.active && sameTenant(b.tenantId, tenant) ? m_state.findPod(b.podId) : nullptr;
            if (pod && !pod->isTop())
                return &b;
        }
        return nullptr;
    }

    sched::Decision decideFor(const std::string &tenantId)
    {
        if (!m_engine)
            m_engine = std::make_unique<sched::Engine>(m_state, m_config);
        const sched::ResolveResult resolved = m_engine->resolve({trimmedTenantId(tenantId), {}, {}, {}, {}, {}});
        if (!resolved.ok())
            return {};
        return m_engine->select(resolved.request); // in memory: the next tenant sees this one placed
    }

    const sched::CloudState &m_state;
    const sched::SchedulerConfig &m_config;
    const ImportRepair m_found;
    CheckReport &m_report;
    const bool m_repairs;
    const PodPlacements *m_seen;
    std::unique_ptr<sched::Engine> m_engine;
};

} // namespace

bool CheckReport::podsChanged() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const CheckFinding &f) { return f.kind == CheckFinding::Kind::PodChanged; });
}

CheckReport CheckOperation::preview(const sched::CloudState &state, const sched::SchedulerConfig &config,
                                    const PodPlacements *seen)
{
    CheckReport report;
    CheckPlanner(state, config, report, true, seen).run();
    return report;
}

std::vector<CheckFinding> CheckOperation::find(const sched::CloudState &state, const PodPlacements *seen)
{
    CheckReport report;
    CheckPlanner(state, {}, report, false, seen).run();
    return std::move(report.findings);
}

Status CheckOperation::remember(const QString &path, const sched::CloudState &state, const CheckReport &report,
                                bool accepted)
{
    if (path.isEmpty() || (report.podsChanged() && !accepted))
        return {};
    if (Status s = PodPlacements::of(state, QDateTime::currentMSecsSinceEpoch() * 1000).save(path); !s)
        return Error{tr("the pods' AZs and groups could not be recorded for the next check: %1").arg(s.error())};
    return {};
}

Status CheckOperation::apply(Backend &backend, CheckReport &report, const ChangeWriter::Progress &progress)
{
    if (Status s = ChangeWriter::write(backend, report.changes, nullptr, progress); !s)
        return s;
    for (const std::string &podId : report.podsToDelete) {
        if (Status s = waitForResult(backend.deletePod(podId)); !s)
            return Error{tr("the bindings were repaired, but the second top region %1 could not be deleted: %2")
                             .arg(str(podId), s.error())};
        report.podsDeleted.push_back(podId);
    }
    return {};
}

Status CheckOperation::refuseWhileBoundTwice(const sched::CloudState &state, const std::string &tenantId,
                                             const std::string &az, const std::string &group)
{
    const std::string tenant = trimmedTenantId(tenantId);
    std::map<std::string, std::vector<const sched::Binding *>> byAz;
    for (const sched::Binding &b : state.bindings) {
        if (!b.active || !sameTenant(b.tenantId, tenant))
            continue;
        const sched::Pod *pod = state.findPod(b.podId);
        if (pod && !pod->isTop() && (az.empty() || pod->azName == az) && sched::groupKey(pod->tags) == group)
            byAz[pod->azName].push_back(&b);
    }
    for (const auto &[where, list] : byAz) {
        if (list.size() < 2)
            continue;
        QStringList named;
        for (const sched::Binding *b : list)
            named << tr("binding %1 to pod %2").arg(str(b->id), podName(state, b->podId));
        return Error{tr("tenant %1 is bound %n time(s) in AZ %2, group %3 (%4); which binding is current cannot be "
                        "told, so nothing was decided. Run trio2o-sched check --repair (it keeps the lowest pod_id), "
                        "or end the extra binding, first.",
                        nullptr, int(list.size()))
                         .arg(str(tenant), str(where), StateValidator::groupLabel(group),
                              named.join(QStringLiteral(", ")))};
    }
    return {};
}

QString CheckOperation::kindKey(CheckFinding::Kind kind)
{
    switch (kind) {
    case CheckFinding::Kind::BoundTwice: return QStringLiteral("bound_twice");
    case CheckFinding::Kind::MissingPod: return QStringLiteral("missing_pod");
    case CheckFinding::Kind::SecondTopRegion: return QStringLiteral("second_top_region");
    case CheckFinding::Kind::TopRegionBinding: return QStringLiteral("top_region_binding");
    case CheckFinding::Kind::PodChanged: return QStringLiteral("pod_changed");
    }
    return {};
}

QString CheckOperation::kindName(CheckFinding::Kind kind)
{
    switch (kind) {
    case CheckFinding::Kind::BoundTwice: return tr("bound twice");
    case CheckFinding::Kind::MissingPod: return tr("pod missing");
    case CheckFinding::Kind::SecondTopRegion: return tr("second top region");
    case CheckFinding::Kind::TopRegionBinding: return tr("bound to a top region");
    case CheckFinding::Kind::PodChanged: return tr("pod moved under its tenants");
    }
    return {};
}

QJsonObject CheckOperation::toJson(const CheckFinding &finding)
{
    QJsonArray bindings, pods;
    for (const std::string &id : finding.bindingIds)
        bindings.append(str(id));
    for (const std::string &id : finding.podIds)
        pods.append(str(id));
    return {{QStringLiteral("kind"), kindKey(finding.kind)},
            {QStringLiteral("message"), finding.text},
            {QStringLiteral("tenant_id"), finding.tenantId.empty() ? QJsonValue() : QJsonValue(str(finding.tenantId))},
            {QStringLiteral("binding_ids"), bindings},
            {QStringLiteral("pod_ids"), pods},
            {QStringLiteral("repair"), QJsonArray::fromStringList(finding.repairs)}};
}

} // namespace model
