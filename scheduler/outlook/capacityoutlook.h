// SPDX-License-Identifier: Apache-2.0
#pragma once

// The capacity outlook: when does each pod, and each AZ's pod group, run out,
// and when must the next pod be ready. Per pod and resource a robust trend
// (trendfit.h) through the usage history gives the days until usage crosses
// the pod's threshold: "trend" follows the line, "conservative" starts at the
// top of its band. Per (AZ, group) the pods fill in the policy's order (by
// creation, oldest first): each pod grows at its own rate until it is over its
// threshold, then its growth moves on to the next pod with room; the group is
// full when the last pod is. Plain value code over a CloudState.

#include "cloud.h"
#include "trendfit.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace sched::outlook {

struct OutlookOptions {
    std::int64_t nowUs = 0;      // days remaining count from here
    double windowDays = 90;      // the trend is fitted to the samples of this many last days
    double horizonDays = 90;     // "at risk" within it; a new pod's size lasts this long
    std::optional<Amounts> vmSize; // a typical VM; nullopt: measured from the history
    double defaultThreshold = 0.9; // for pods without a threshold of their own
};

enum class NoProjection : std::uint8_t {
    TooLittleHistory,
    FlatOrFalling,
    PoorFit,
    NoCapacity,   // the pod records no capacity of this resource
    UsageUnknown, // usage never collected
};

// Days from now, or why there is no number.
struct Projection {
    std::optional<double> conservative;
    std::optional<double> trend;
    std::optional<NoProjection> reason;
};

struct ResourceOutlook {
    std::optional<std::int64_t> used;
    std::int64_t total = 0;
    double limit = 0; // total * threshold
    TrendFit fit;
    Projection daysRemaining;
    std::optional<std::int64_t> capacityRemaining; // limit - used, at least 0
    std::optional<std::int64_t> typicalVmsRemaining;
};

struct PodOutlook {
    std::size_t pod = 0; // index into CloudState::pods
    std::array<ResourceOutlook, kResourceCount> resources;
    // The soonest conservative crossing of its resources (sorts the at-risk list).
    std::optional<double> soonest() const;
    // At risk: some resource crosses its threshold within the horizon (conservatively).
    // The one definition the CLI's report, the Capacity view and the dashboard share.
    bool atRisk(double horizonDays) const;
};

struct GroupOutlook {
    std::string az;
    std::string group; // groupKey()
    std::vector<std::size_t> pods; // indexes into CloudState::pods, in filling order
    Projection newPodNeeded;       // days from now until every pod is over its threshold
    std::array<double, kResourceCount> growthPerDay{}; // the group's demand
    Amounts newPodCapacity{};      // a new pod's total to last horizonDays under its threshold
    bool noneTakesNew = false;     // every pod in maintenance or disabled: a new pod is needed now
};

struct CapacityOutlook {
    std::vector<PodOutlook> pods;     // bottom pods, in state order
    std::vector<GroupOutlook> groups; // by AZ then group, in natural order
    std::optional<Amounts> typicalVm; // given or measured; nullopt when neither
};

CapacityOutlook computeOutlook(const CloudState &state, const OutlookOptions &options);

// Median per-VM growth of each resource over the samples where the running
// VM count rose; a resource with fewer than three such rises stays 0;
// nullopt when no resource has three.
std::optional<Amounts> measureTypicalVm(const CloudState &state, std::int64_t sinceUs);

inline constexpr double kMicrosPerDay = 86400.0 * 1e6;

} // namespace sched::outlook
