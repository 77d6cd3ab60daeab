// SPDX-License-Identifier: Apache-2.0
#include "rebindoperation.h"

#include "checkoperation.h"
#include "decisionchanges.h"
#include "drainoperation.h"
#include "futurewait.h"
#include "tenantid.h"

namespace model {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

Result<ChangeList> RebindOperation::preview(const sched::CloudState &state, const std::string &untrimmedTenantId,
                                            const std::string &bindingId, const std::string &toPodId)
{
    const std::string tenantId = trimmedTenantId(untrimmedTenantId); // as the server compares it
    const sched::Pod *to = state.findPod(toPodId);
    if (!to)
        return Error{tr("pod %1 does not exist").arg(str(toPodId))};
    // Bound twice in the target's AZ and group: which binding moves would be a guess.
    if (Status twice = CheckOperation::refuseWhileBoundTwice(state, tenantId, to->azName, sched::groupKey(to->tags)); !twice)
        return Error{twice.error()};
    const sched::Binding *binding = nullptr;
    for (const sched::Binding &b : state.bindings) {
        if (!b.active || !sameTenant(b.tenantId, tenantId))
            continue;
        const sched::Pod *at = state.findPod(b.podId);
        const bool sameKey = at && at->azName == to->azName && sched::groupKey(at->tags) == sched::groupKey(to->tags);
        if (bindingId.empty() ? sameKey : b.id == bindingId)
            binding = &b;
    }
    if (!binding)
        return Error{bindingId.empty() ? tr("tenant %1 has no active binding in the AZ and group of pod %2")
                                             .arg(str(tenantId), str(to->name))
                                       : tr("binding %1 is not an active binding of tenant %2").arg(str(bindingId), str(tenantId))};
    const sched::Pod *from = state.findPod(binding->podId);
    if (!from)
        return Error{tr("pod %1 does not exist").arg(str(binding->podId))};
    if (from->id == to->id)
        return Error{tr("tenant %1 is already bound to pod %2").arg(str(tenantId), str(to->name))};
    if (const QString mismatch = DrainOperation::placeMismatch(*from, *to); !mismatch.isEmpty())
        return Error{mismatch};
    TenantChange c;
    c.kind = TenantChange::Kind::Rebind;
    c.tenantId = tenantId;
    c.fromPodId = from->id;
    c.fromPodName = str(from->name);
    c.toPodId = to->id;
    c.toPodName = str(to->name);
    c.change = {tenantId, binding->id, to->id, {}, 0};
    c.reason = tr("moved by hand");
    ChangeList list;
    list.changes.push_back(std::move(c));
    ChangeWriter::countTargets(list, state);
    return list;
}

Status RebindOperation::apply(Backend &backend, ChangeList &list)
{
    if (list.operation.empty())
        list.operation = "rebind";
    return ChangeWriter::write(backend, list);
}

QFuture<Result<RebindOutcome>> RebindOperation::start(Backend &backend, const BindingChange &move)
{
    if (move.endBindingId.empty() || move.newPodId.empty())
        return QtFuture::makeReadyFuture(Result<RebindOutcome>(Error{tr("a rebind needs the binding to end and the new pod")}));
    return backend.rebind(trimmedTenantId(move.tenantId), move.endBindingId, move.newPodId);
}

Result<ChangeList> ScheduleOperation::fromEngine(sched::Engine &engine, const sched::CloudState &state)
{
    const auto changes = DecisionChanges::fromEngine(engine.takeChanges(), state);
    if (!changes)
        return Error{changes.error()};
    ChangeList list;
    for (const BindingChange &bc : changes.value()) {
        TenantChange c;
        c.kind = bc.newPodId.empty() ? TenantChange::Kind::Unbind
                                     : bc.endBindingId.empty() ? TenantChange::Kind::Bind : TenantChange::Kind::Rebind;
        c.tenantId = bc.tenantId;
        c.toPodId = bc.newPodId;
        if (const sched::Pod *p = state.findPod(bc.newPodId))
            c.toPodName = str(p->name);
        c.change = bc;
        c.reason = tr("chosen by the scheduler");
        list.changes.push_back(std::move(c));
    }
    ChangeWriter::countTargets(list, state);
    return list;
}

Status ScheduleOperation::apply(Backend &backend, ChangeList &list)
{
    if (list.operation.empty())
        list.operation = "schedule";
    return ChangeWriter::write(backend, list);
}

Status DeletePodOperation::check(const sched::CloudState &state, const std::string &podId)
{
    const sched::Pod *pod = state.findPod(podId);
    if (!pod)
        return Error{tr("pod %1 does not exist").arg(str(podId))};
    int bound = 0;
    for (const sched::Binding &b : state.bindings)
        bound += b.active && b.podId == podId;
    if (bound > 0)
        return Error{tr("pod %1 still has %n tenant(s) bound; drain it first (trio2o-sched drain)", nullptr, bound).arg(str(pod->name))};
    return {};
}

Status DeletePodOperation::apply(Backend &backend, const sched::CloudState &state, const std::string &podId)
{
    if (Status s = check(state, podId); !s)
        return s;
    return waitForResult(backend.deletePod(podId));
}

} // namespace model
