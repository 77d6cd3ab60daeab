// SPDX-License-Identifier: Apache-2.0
#pragma once

// The hot, CPU-friendly copy of a pod the engine filters and weighs on: only
// integers and doubles, derived limits precomputed, no strings.

#include "cloud.h"

#include <array>
#include <cstdint>
#include <limits>

namespace sched {

inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
inline constexpr std::int64_t kUnknownUsage = std::numeric_limits<std::int64_t>::min();

struct PodRecord {
    std::array<std::int64_t, kResourceCount> used{};  // kUnknownUsage = never collected
    std::array<std::int64_t, kResourceCount> limit{}; // floor(threshold * total)
    std::int64_t runningVms = 0;                      // unknown counts as 0
    double cost = 1.0;
    std::uint32_t index = 0;        // position in the engine's pod table
    std::uint32_t az = kNone;       // interned AZ; kNone for the top region
    std::uint32_t group = 0;        // interned exact tag set of the pod
    std::uint32_t bucket = kNone;   // (AZ, group) bucket; kNone for top/removed
    std::uint32_t creationRank = 0; // 0 = oldest
    std::uint32_t nameRank = 0;     // position of the name in sorted order: ties
    PodState state = PodState::Enabled;
    bool top = false;
    bool removed = false;

    bool usageKnown(Resource r) const { return used[std::size_t(r)] != kUnknownUsage; }
};

} // namespace sched
