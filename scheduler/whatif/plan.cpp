// SPDX-License-Identifier: Apache-2.0
#include "plan.h"

#include <array>

namespace whatif {

namespace {
constexpr std::array<std::string_view, 3> kKindKeys{"bind", "unbind", "rebind"};
} // namespace

std::string_view planKindKey(PlanOp::Kind k) { return kKindKeys[std::size_t(k)]; }

std::optional<PlanOp::Kind> planKindFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kKindKeys.size(); ++i)
        if (kKindKeys[i] == key)
            return PlanOp::Kind(i);
    return std::nullopt;
}

Plan makePlan(const Report &report)
{
    Plan plan;
    plan.policyName = report.policyName;
    plan.ops.reserve(report.changes.size());
    for (const ChangeRecord &c : report.changes) {
        PlanOp op;
        op.kind = c.fromPod == kNoId ? PlanOp::Kind::Bind : c.toPod == kNoId ? PlanOp::Kind::Unbind : PlanOp::Kind::Rebind;
        op.event = c.event;
        op.reason = c.reason;
        op.tenantId = report.tenants[c.tenant];
        op.azName = report.azs[c.az];
        op.group = report.groups[c.group];
        if (c.fromPod != kNoId) {
            op.fromPodId = report.pods[c.fromPod].id;
            op.fromPodName = report.pods[c.fromPod].name;
            op.endBindingId = report.bindingId(c.endBinding);
        }
        if (c.toPod != kNoId) {
            op.toPodId = report.pods[c.toPod].id;
            op.toPodName = report.pods[c.toPod].name;
            op.newBindingId = report.bindingId(c.newBinding);
        }
        plan.ops.push_back(std::move(op));
    }
    return plan;
}

} // namespace whatif
