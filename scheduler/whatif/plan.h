// SPDX-License-Identifier: Apache-2.0
#pragma once

// The report's binding changes as a plan: an ordered list of bind, unbind and
// rebind operations to apply later to a backend (model::PlanJson saves and
// reads it; the console applies it through Backend::applyChanges).
// end_binding_id names a binding of the base, or one an earlier operation of
// the same plan created (its new_binding_id).

#include "report.h"

#include <string>
#include <vector>

namespace whatif {

struct PlanOp {
    enum class Kind : std::uint8_t { Bind, Unbind, Rebind };
    Kind kind = Kind::Bind;
    std::uint32_t event = 0;
    ChangeReason reason = ChangeReason::NewBinding;
    std::string tenantId;
    std::string azName;
    std::string group;
    std::string fromPodId;    // Unbind, Rebind
    std::string fromPodName;
    std::string endBindingId; // Unbind, Rebind
    std::string toPodId;      // Bind, Rebind
    std::string toPodName;
    std::string newBindingId; // Bind, Rebind
};
std::string_view planKindKey(PlanOp::Kind k); // "bind" | "unbind" | "rebind"
std::optional<PlanOp::Kind> planKindFromKey(std::string_view key);

struct Plan {
    std::string policyName;
    std::vector<PlanOp> ops;
};

Plan makePlan(const Report &report);

} // namespace whatif
