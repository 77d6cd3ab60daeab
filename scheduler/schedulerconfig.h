// SPDX-License-Identifier: Apache-2.0
#pragma once

// The scheduler's one configuration value: policy, enabled filters, weigher
// multipliers, subset size, seed and default threshold. model/ loads and saves
// it as JSON (see model/schedulerconfigjson.h for the shape).

#include "rejection.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sched {

enum class Policy : std::uint8_t {
    Weighted, // the design: filters + weighers (default)
    Trio2o,   // exactly what upstream's FilterScheduler shipped
};
std::string_view policyKey(Policy p); // "weighted" | "trio2o"
std::optional<Policy> policyFromKey(std::string_view key);

enum class WeigherKind : std::uint8_t { CreationOrder, FreeRam, FreeVcpus, FreeDisk, Workload, Cost };
inline constexpr std::size_t kWeigherCount = 6;
std::string_view weigherKey(WeigherKind w); // "creation_order", "free_ram", ...
std::optional<WeigherKind> weigherFromKey(std::string_view key);

// A set of filters as bits, indexed by FilterKind.
class FilterSet
{
public:
    static FilterSet all() { return FilterSet((1u << kFilterCount) - 1); }
    static FilterSet none() { return FilterSet(0); }
    bool contains(FilterKind f) const { return m_bits & bit(f); }
    void insert(FilterKind f) { m_bits |= bit(f); }
    void erase(FilterKind f) { m_bits &= ~bit(f); }
    friend bool operator==(FilterSet, FilterSet) = default;

private:
    explicit FilterSet(std::uint32_t bits) : m_bits(bits) {}
    static std::uint32_t bit(FilterKind f) { return 1u << unsigned(f); }
    std::uint32_t m_bits;
};

// Defaults: creation order dominates (pods fill oldest-first, as the design
// says; 1000 outweighs the five others together for groups up to ~200 pods),
// the capacity/workload/cost weighers break near-ties at 1.0 each.
inline constexpr std::array<double, kWeigherCount> kDefaultMultipliers{1000.0, 1.0, 1.0, 1.0, 1.0, 1.0};

struct SchedulerConfig {
    Policy policy = Policy::Weighted;
    FilterSet filters = FilterSet::all();
    std::array<double, kWeigherCount> multipliers = kDefaultMultipliers;
    std::uint32_t subsetSize = 1; // pick among the best N (Nova's host_subset_size)
    std::uint64_t seed = 0;       // for the subset pick
    // Used for pods whose own threshold is not in (0, 1].
    double defaultThreshold = 0.9;

    double multiplier(WeigherKind w) const { return multipliers[std::size_t(w)]; }
    friend bool operator==(const SchedulerConfig &, const SchedulerConfig &) = default;
};

} // namespace sched
