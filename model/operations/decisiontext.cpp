// SPDX-License-Identifier: Apache-2.0
#include "decisiontext.h"

#include <QStringList>

namespace model {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

QString DecisionText::filterName(sched::FilterKind filter)
{
    switch (filter) {
    case sched::FilterKind::BottomPod: return tr("bottom pod");
    case sched::FilterKind::AvailabilityZone: return tr("availability zone");
    case sched::FilterKind::ResourceAffinity: return tr("resource affinity");
    case sched::FilterKind::PodState: return tr("pod state");
    case sched::FilterKind::Capacity: return tr("capacity");
    case sched::FilterKind::IgnorePods: return tr("ignored pods");
    case sched::FilterKind::DestinationPod: return tr("destination pod");
    }
    return {};
}

QString DecisionText::weigherName(sched::WeigherKind weigher)
{
    switch (weigher) {
    case sched::WeigherKind::CreationOrder: return tr("creation order");
    case sched::WeigherKind::FreeRam: return tr("free RAM");
    case sched::WeigherKind::FreeVcpus: return tr("free vCPUs");
    case sched::WeigherKind::FreeDisk: return tr("free disk");
    case sched::WeigherKind::Workload: return tr("workload");
    case sched::WeigherKind::Cost: return tr("cost");
    }
    return {};
}

QString DecisionText::resourceName(sched::Resource resource)
{
    switch (resource) {
    case sched::Resource::Vcpus: return tr("vCPUs");
    case sched::Resource::RamMb: return tr("RAM (MB)");
    case sched::Resource::DiskGb: return tr("disk (GB)");
    }
    return {};
}

QString DecisionText::podStateName(sched::PodState state)
{
    switch (state) {
    case sched::PodState::Enabled: return tr("enabled", "pod state");
    case sched::PodState::Maintenance: return tr("maintenance", "pod state");
    case sched::PodState::Disabled: return tr("disabled", "pod state");
    }
    return {};
}

QString DecisionText::outcomeName(sched::Outcome outcome)
{
    switch (outcome) {
    case sched::Outcome::Keep: return tr("keep");
    case sched::Outcome::Bind: return tr("bind");
    case sched::Outcome::Rebind: return tr("rebind");
    case sched::Outcome::Fail: return tr("fail");
    }
    return {};
}

QString DecisionText::rejection(const sched::Rejection &r)
{
    switch (r.reason) {
    case sched::Reason::TopRegion: return tr("the top region (Trio2o itself) takes no tenants");
    case sched::Reason::OtherAz: return tr("in another availability zone");
    case sched::Reason::MissingTag: return tr("lacks a requested resource-affinity tag");
    case sched::Reason::TaggedPod: return tr("belongs to a special pod group; the request asks for general pods");
    case sched::Reason::Maintenance: return tr("in maintenance");
    case sched::Reason::Disabled: return tr("disabled");
    case sched::Reason::Removed: return tr("removed");
    case sched::Reason::OverThreshold:
        return tr("%1: %2 used + %3 requested exceeds the limit of %4")
            .arg(resourceName(r.resource))
            .arg(r.used)
            .arg(r.requested)
            .arg(r.limit);
    case sched::Reason::Ignored: return tr("excluded by the operator");
    case sched::Reason::NotDestination: return tr("not the pod the operator chose");
    }
    return {};
}

QString DecisionText::failure(const sched::Failure &f)
{
    QString head;
    switch (f.code) {
    case sched::FailCode::None: return {};
    case sched::FailCode::NoCandidates: head = tr("no pod serves this availability zone and pod group"); break;
    case sched::FailCode::AllRejected: head = tr("every candidate pod was rejected"); break;
    case sched::FailCode::OnlyCandidate:
        head = tr("the current pod is the only candidate, so it cannot be rotated (upstream trio2o behaviour)");
        break;
    case sched::FailCode::HistoryConflict:
        head = tr("the tenant was bound to the next pod before; upstream keeps one row per tenant and pod and refuses it");
        break;
    case sched::FailCode::UnknownPod: head = tr("the chosen destination pod does not exist"); break;
    }
    QStringList counts;
    for (std::size_t i = 0; i < sched::kFilterCount; ++i)
        if (f.rejectedBy[i] > 0)
            counts << tr("%1: %2").arg(filterName(sched::FilterKind(i))).arg(f.rejectedBy[i]);
    if (!counts.isEmpty())
        head = tr("%1 (%2)").arg(head, counts.join(QStringLiteral(", ")));
    if (f.example)
        head = tr("%1; for example: %2").arg(head, rejection(*f.example));
    return head;
}

QString DecisionText::decision(const sched::Decision &d, const sched::Engine &engine)
{
    switch (d.outcome) {
    case sched::Outcome::Keep: return tr("the current pod %1 still passes every filter").arg(str(d.podName));
    case sched::Outcome::Bind: return tr("no binding yet; %1 weighs most among the pods that pass").arg(str(d.podName));
    case sched::Outcome::Rebind: {
        const QString previous = d.previousPod < engine.podCount() ? str(engine.pod(d.previousPod).name) : QString();
        if (d.currentRejection)
            return tr("the current pod %1 is no longer acceptable (%2); %3 chosen")
                .arg(previous, rejection(*d.currentRejection), str(d.podName));
        const QString rotated =
            tr("rotated from %1 to %2 (upstream trio2o behaviour for a pod group)").arg(previous, str(d.podName));
        return d.departsFromUpstream() ? tr("%1; %2", "decision reason; upstream departure").arg(rotated, upstreamDeparture(d))
                                       : rotated;
    }
    case sched::Outcome::Fail: return failure(d.failure);
    }
    return {};
}

QString DecisionText::upstreamBoundTwice(const QString &tenant, const QString &podA, const QString &podB,
                                        const QString &az)
{
    return tr("upstream would leave %1 bound to %2 and %3 in %4").arg(tenant, podA, podB, az);
}

QString DecisionText::upstreamDeparture(const sched::Decision &d)
{
    if (!d.departsFromUpstream())
        return {};
    return tr("%1; the console keeps one active binding per availability zone and pod group, so the binding to %2 "
              "ends")
        .arg(upstreamBoundTwice(str(d.tenantId), str(d.upstreamAlsoBoundName), str(d.podName), str(d.azName)),
             str(d.upstreamAlsoBoundName));
}

} // namespace model
