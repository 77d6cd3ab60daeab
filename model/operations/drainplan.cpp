// SPDX-License-Identifier: Apache-2.0
#include "drainplan.h"

#include "decisionchanges.h"
#include "decisiontext.h"
#include "engine.h"

#include <unordered_map>

namespace model {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

Result<DrainPlan> DrainPlanner::plan(const sched::CloudState &state, sched::SchedulerConfig config, const std::string &podId)
{
    config.policy = sched::Policy::Weighted;
    config.filters.insert(sched::FilterKind::IgnorePods);
    sched::Engine engine(state, config);
    const auto pod = engine.findPod(podId);
    if (!pod)
        return Error{tr("pod %1 does not exist").arg(str(podId))};
    DrainPlan plan;
    plan.podName = str(engine.pod(*pod).name);
    const std::vector<sched::Decision> decisions = engine.drain(*pod);
    for (const sched::Decision &d : decisions)
        if (d.outcome == sched::Outcome::Fail)
            plan.stuck.push_back({std::string(d.tenantId), DecisionText::decision(d, engine)});
    auto changes = DecisionChanges::fromEngine(engine.takeChanges(), state);
    if (!changes)
        return Error{changes.error()};
    std::unordered_map<std::string, std::string> names;
    for (const sched::Pod &p : state.pods)
        names.emplace(p.id, p.name);
    for (BindingChange &c : changes.value()) {
        if (c.endBindingId.empty() || c.newPodId.empty())
            continue; // a drain only moves
        plan.moves.push_back({c.tenantId, c.endBindingId, podId, c.newPodId, str(names[c.newPodId])});
    }
    return plan;
}

} // namespace model
