// SPDX-License-Identifier: Apache-2.0
#include "rebindbatchoperation.h"

#include "decisiontext.h"
#include "drainoperation.h"
#include "engine.h"

#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace model {

namespace {

QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// The change for one binding before its target is known.
TenantChange startChange(const RebindItem &item, const sched::Binding *binding, const sched::Pod *from)
{
    TenantChange c;
    c.kind = TenantChange::Kind::Rebind;
    c.tenantId = item.tenantId;
    if (binding && from) {
        c.fromPodId = from->id;
        c.fromPodName = str(from->name);
    }
    return c;
}

void stick(TenantChange &c, QString reason)
{
    c.status = TenantChange::Status::Stuck;
    c.reason = std::move(reason);
}

void target(TenantChange &c, const sched::Binding &binding, const sched::Pod &to, QString reason)
{
    c.toPodId = to.id;
    c.toPodName = str(to.name);
    c.change = {binding.tenantId, binding.id, to.id, {}, 0};
    c.reason = std::move(reason);
}

} // namespace

Result<ChangeList> RebindBatchOperation::preview(const sched::CloudState &state, sched::SchedulerConfig config,
                                                 const std::vector<RebindItem> &items, const std::string &toPodId)
{
    if (items.empty())
        return Error{tr("no binding to move was chosen")};
    const sched::Pod *named = toPodId.empty() ? nullptr : state.findPod(toPodId);
    if (!toPodId.empty() && !named)
        return Error{tr("pod %1 does not exist").arg(str(toPodId))};
    // Only the chosen bindings are indexed: a million-binding state is scanned once, not mapped.
    using TenantOnPod = std::pair<std::string_view, std::string_view>;
    std::unordered_map<std::string_view, const sched::Binding *> active;
    std::map<TenantOnPod, const sched::Binding *> activeOn;
    for (const RebindItem &item : items) {
        if (!item.bindingId.empty())
            active.emplace(item.bindingId, nullptr);
        else
            activeOn.emplace(TenantOnPod(item.tenantId, item.fromPodId), nullptr);
    }
    for (const sched::Binding &b : state.bindings) {
        if (!b.active)
            continue;
        if (const auto byId = active.find(b.id); byId != active.end() && !byId->second)
            byId->second = &b;
        if (activeOn.empty())
            continue;
        if (const auto byPod = activeOn.find(TenantOnPod(b.tenantId, b.podId)); byPod != activeOn.end() && !byPod->second)
            byPod->second = &b;
    }
    config.policy = sched::Policy::Weighted; // as a drain decides: the current pod ignored
    config.filters.insert(sched::FilterKind::IgnorePods);
    std::unique_ptr<sched::Engine> engine; // built when the scheduler is first asked
    ChangeList list;
    std::set<std::string> seen;
    for (const RebindItem &item : items) {
        const sched::Binding *binding = nullptr;
        if (!item.bindingId.empty()) {
            const sched::Binding *found = active.at(item.bindingId);
            binding = found && found->tenantId == item.tenantId ? found : nullptr;
        } else {
            binding = activeOn.at(TenantOnPod(item.tenantId, item.fromPodId));
        }
        if (binding && !seen.insert(binding->id).second)
            continue; // the same binding chosen twice (two rows of one tenant) moves once
        const sched::Pod *from = binding ? state.findPod(binding->podId) : nullptr;
        TenantChange c = startChange(item, binding, from);
        if (!binding || !from) {
            stick(c, tr("%1 has no such active binding any more; refresh to see the bindings now")
                         .arg(str(item.tenantId)));
        } else if (named) {
            if (named->id == from->id)
                stick(c, tr("already bound to %1").arg(str(named->name)));
            else if (const QString mismatch = DrainOperation::placeMismatch(*from, *named); !mismatch.isEmpty())
                stick(c, mismatch);
            else if (named->state != sched::PodState::Enabled)
                stick(c, tr("the target pod %1 is %2: it takes no tenants")
                             .arg(str(named->name), DecisionText::podStateName(named->state)));
            else
                target(c, *binding, *named, tr("moved to the pod chosen by hand"));
        } else {
            if (!engine)
                engine = std::make_unique<sched::Engine>(state, config);
            const sched::Request request{item.tenantId, from->azName, from->tags, std::nullopt, {from->id}, std::nullopt};
            const sched::ResolveResult resolved = engine->resolve(request);
            const sched::Decision d = resolved.ok() ? engine->select(resolved.request) : sched::Decision{};
            const sched::Pod *to = d.changesBindings() ? state.findPod(std::string(d.podId)) : nullptr;
            if (!resolved.ok())
                stick(c, tr("the request for %1 is not valid").arg(str(item.tenantId)));
            else if (!to || to->id == from->id)
                stick(c, tr("no other pod of AZ %1, group %2 takes it: %3")
                             .arg(str(from->azName),
                                  from->tags.empty() ? tr("general") : str(sched::groupKey(from->tags)),
                                  DecisionText::decision(d, *engine)));
            else
                target(c, *binding, *to, tr("chosen by the scheduler"));
        }
        list.changes.push_back(std::move(c));
    }
    ChangeWriter::countTargets(list, state);
    return list;
}

Status RebindBatchOperation::apply(Backend &backend, ChangeList &list) { return ChangeWriter::write(backend, list); }

} // namespace model
