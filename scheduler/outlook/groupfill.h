// SPDX-License-Identifier: Apache-2.0
#pragma once

// How one AZ's pod group fills: each pod grows at its own rate until one of
// its resources crosses its limit; then its growth moves to the first pod in
// filling order that still has room (the scheduler sends that pod's tenants
// there). The group is full when the last pod that takes new tenants is.

#include "cloud.h"

#include <array>
#include <optional>
#include <vector>

namespace sched::outlook {

struct FillingPod {
    std::array<double, kResourceCount> level{};   // usage now
    std::array<double, kResourceCount> limit{};   // over its threshold from here
    std::array<double, kResourceCount> growth{};  // own growth per day, at least 0
    std::array<bool, kResourceCount> bounded{};   // false: never fills (usage unknown, no capacity)
    bool takesNew = true;                          // false in maintenance or disabled
};

// Days until every pod that takes new tenants is over its limit, in filling
// order; 0 when none has room now; nullopt when that never happens at these
// rates (no growth, or a pod whose resources never fill).
std::optional<double> daysUntilGroupFull(std::vector<FillingPod> pods);

} // namespace sched::outlook
