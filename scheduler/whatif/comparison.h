#pragma once

// Tenants whose outcome differs between two replays of the same scenario. A
// tenant's outcome is where it ends up - the pods of its active bindings
// after the last event (sorted by name) - and how many of its requests
// failed. Only tenants whose outcome differs are listed, sorted by id.

#include "replay.h"

#include <string>
#include <vector>

namespace whatif {

struct TenantOutcome {
    std::vector<std::string> pods; // pod names
    std::uint32_t failures = 0;
    friend bool operator==(const TenantOutcome &, const TenantOutcome &) = default;
};

struct TenantDifference {
    std::string tenantId;
    TenantOutcome primary;
    TenantOutcome other;
};

std::vector<TenantDifference> compareOutcomes(const Replay &primary, const Replay &other);

} // namespace whatif
