// SPDX-License-Identifier: Apache-2.0
#pragma once

// Tenants whose outcome differs between two replays of the same scenario. A
// tenant's outcome is where it ends up - the pods of its active bindings
// after the last event (sorted by name) - and how many of its requests
// failed, and where upstream would have left it bound twice. Only tenants whose outcome differs are listed, sorted by id.

#include "replay.h"

#include <string>
#include <vector>

namespace whatif {

// A trio2o rotation after which upstream would leave the tenant bound twice
// in one AZ: to `endedPod` (which the replay ended) and to `newPod`.
struct UpstreamBoundTwice {
    std::uint32_t event = 0;
    std::string az;
    std::string endedPod;
    std::string newPod;
    friend bool operator==(const UpstreamBoundTwice &, const UpstreamBoundTwice &) = default;
};

struct TenantOutcome {
    std::vector<std::string> pods; // pod names
    std::uint32_t failures = 0;
    std::vector<UpstreamBoundTwice> upstreamBoundTwice; // in event order
    friend bool operator==(const TenantOutcome &, const TenantOutcome &) = default;
};

struct TenantDifference {
    std::string tenantId;
    TenantOutcome primary;
    TenantOutcome other;
};

std::vector<TenantDifference> compareOutcomes(const Replay &primary, const Replay &other);

} // namespace whatif
