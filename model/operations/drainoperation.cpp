// SPDX-License-Identifier: Apache-2.0
#include "drainoperation.h"

#include "decisiontext.h"
#include "drainplan.h"

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QString groupName(const sched::Pod &p)
{
    return p.tags.empty() ? DrainOperation::tr("general") : str(sched::groupKey(p.tags));
}

TenantChange move(const sched::Binding &b, const sched::Pod &from, const sched::Pod &to)
{
    TenantChange c;
    c.kind = TenantChange::Kind::Rebind;
    c.tenantId = b.tenantId;
    c.fromPodId = from.id;
    c.fromPodName = str(from.name);
    c.toPodId = to.id;
    c.toPodName = str(to.name);
    c.change = {b.tenantId, b.id, to.id, {}, 0};
    return c;
}

} // namespace

QString DrainOperation::placeMismatch(const sched::Pod &from, const sched::Pod &to)
{
    if (from.azName == to.azName && sched::groupKey(from.tags) == sched::groupKey(to.tags))
        return {};
    return tr("pod %1 is in AZ %2, group %3; pod %4 is in AZ %5, group %6: tenants move only inside their own AZ and group")
        .arg(str(from.name), str(from.azName), groupName(from), str(to.name), str(to.azName), groupName(to));
}

Result<DrainPreview> DrainOperation::preview(const sched::CloudState &state, const sched::SchedulerConfig &config,
                                             const DrainRequest &request)
{
    const sched::Pod *pod = state.findPod(request.podId);
    if (!pod)
        return Error{tr("pod %1 does not exist").arg(str(request.podId))};
    if (pod->isTop())
        return Error{tr("pod %1 is the top region: no tenant is bound to it").arg(str(pod->name))};
    DrainPreview preview;
    preview.pod = *pod;
    preview.podAfter = *pod;
    if (request.maintenance && pod->state != sched::PodState::Maintenance) {
        preview.podAfter.state = sched::PodState::Maintenance;
        preview.changesPod = true;
    }
    Status planned;
    if (!request.toPodId.empty()) {
        const sched::Pod *to = state.findPod(request.toPodId);
        if (!to)
            return Error{tr("the target pod %1 does not exist").arg(str(request.toPodId))};
        planned = planToNamedPod(state, *pod, *to, preview.list);
    } else {
        planned = planByScheduler(state, config, *pod, preview.list);
    }
    if (!planned)
        return Error{planned.error()};
    ChangeWriter::countTargets(preview.list, state);
    return preview;
}

Status DrainOperation::planToNamedPod(const sched::CloudState &state, const sched::Pod &from, const sched::Pod &to,
                                      ChangeList &list)
{
    if (to.id == from.id)
        return Error{tr("pod %1 cannot be drained into itself").arg(str(from.name))};
    if (const QString mismatch = placeMismatch(from, to); !mismatch.isEmpty())
        return Error{mismatch};
    if (to.state != sched::PodState::Enabled)
        return Error{tr("the target pod %1 is %2: it takes no tenants").arg(str(to.name), DecisionText::podStateName(to.state))};
    for (const sched::Binding &b : state.bindings) {
        if (!b.active || b.podId != from.id)
            continue;
        TenantChange c = move(b, from, to);
        c.reason = tr("moved to the pod named for the drain");
        list.changes.push_back(std::move(c));
    }
    return {};
}

Status DrainOperation::planByScheduler(const sched::CloudState &state, const sched::SchedulerConfig &config,
                                       const sched::Pod &from, ChangeList &list)
{
    const auto plan = DrainPlanner::plan(state, config, from.id);
    if (!plan)
        return Error{plan.error()};
    for (const DrainMove &m : plan->moves) {
        const sched::Pod *to = state.findPod(m.toPodId);
        if (!to)
            return Error{tr("the scheduler chose pod %1, which does not exist").arg(str(m.toPodId))};
        sched::Binding b;
        b.id = m.bindingId;
        b.tenantId = m.tenantId;
        TenantChange c = move(b, from, *to);
        c.reason = tr("chosen by the scheduler");
        if (const QString mismatch = placeMismatch(from, *to); !mismatch.isEmpty()) {
            c.status = TenantChange::Status::Stuck; // the scheduler stays inside the AZ and group; never written
            c.reason = mismatch;
        }
        list.changes.push_back(std::move(c));
    }
    for (const DrainStuck &s : plan->stuck) {
        TenantChange c;
        c.kind = TenantChange::Kind::Rebind;
        c.status = TenantChange::Status::Stuck;
        c.tenantId = s.tenantId;
        c.fromPodId = from.id;
        c.fromPodName = str(from.name);
        c.reason = s.reason;
        list.changes.push_back(std::move(c));
    }
    return {};
}

Status DrainOperation::apply(Backend &backend, DrainPreview &preview, const ChangeWriter::Progress &progress)
{
    if (preview.list.operation.empty())
        preview.list.operation = "drain";
    return ChangeWriter::write(backend, preview.list, preview.changesPod ? &preview.podAfter : nullptr, progress);
}

} // namespace model
