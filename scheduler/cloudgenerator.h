// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deterministic synthetic cloud for tests, benchmarks and `trio2o-sched
// generate`: a pure function of its parameters (own PRNG, no std
// distributions, so every platform produces the same cloud).

#include "cloud.h"

#include <cstdint>

namespace sched {

struct GeneratorParams {
    std::uint32_t azs = 20;
    std::uint32_t podsTotal = 1000;  // bottom pods, spread evenly over the AZs
    std::uint32_t tenants = 100000;
    std::uint64_t seed = 1;
    std::uint32_t groupsPerAz = 2;   // group 0 untagged, group 1 resource:gpu, then resource:g2...
    std::uint32_t maxBindingsPerTenant = 3; // each tenant gets 1..max active bindings
    double historyChance = 0.2;      // chance of an older, ended binding per active one
    double unknownUsageChance = 0.05; // pods whose usage was never collected
    std::uint32_t maintenancePods = 2;
    std::int64_t startUs = 1'500'000'000'000'000; // created_at of the top region
};

CloudState generateCloud(const GeneratorParams &params);

} // namespace sched
