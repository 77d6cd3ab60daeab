// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain value types for the state of a Trio2o cloud: pods, their capacity and
// usage, and tenant -> pod bindings. No Qt, no I/O: every layer above hands
// these around, and the scheduler decides on them.

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sched {

enum class Resource : std::uint8_t { Vcpus, RamMb, DiskGb };
inline constexpr std::size_t kResourceCount = 3;
inline constexpr std::array<Resource, kResourceCount> kAllResources{Resource::Vcpus, Resource::RamMb,
                                                                    Resource::DiskGb};
// JSON / SQL spelling of each resource: "vcpus", "ram_mb", "disk_gb".
std::string_view resourceKey(Resource r);
std::optional<Resource> resourceFromKey(std::string_view key);

using Amounts = std::array<std::int64_t, kResourceCount>;
// Usage per resource; nullopt = never collected, which schedules as "plenty left".
using KnownAmounts = std::array<std::optional<std::int64_t>, kResourceCount>;

enum class PodState : std::uint8_t { Enabled, Maintenance, Disabled };
std::string_view podStateKey(PodState s); // "enabled" | "maintenance" | "disabled"
std::optional<PodState> podStateFromKey(std::string_view key);

// Where a pod's capacity and usage came from: entered by hand (or imported),
// Nova's Placement API, or Nova's hypervisor statistics times the pod's
// overcommit ratios. Shown to the operator; the scheduler never reads it.
enum class UsageSource : std::uint8_t { Manual, Placement, HypervisorStatistics };

// One resource-affinity tag, e.g. resource:CAD Modeling.
struct Tag {
    std::string key;
    std::string value;
    auto operator<=>(const Tag &) const = default;
};
// Sorted by key, at most one value per key. Empty = the general pod group.
using TagSet = std::vector<Tag>;

// Canonical text of a pod group: "k1:v1,k2:v2" sorted by key, "" for general.
std::string groupKey(const TagSet &tags);
// Parses "k:v[,k:v...]" (whitespace around parts trimmed); nullopt when a part
// has no ':' or an empty key, or a key repeats. "" parses to the general group.
std::optional<TagSet> parseGroup(std::string_view text);
// Sorts and checks a tag list; false when a key repeats or is empty.
bool normaliseTags(TagSet &tags);

struct Pod {
    std::string id;        // uuid
    std::string name;      // unique; the Keystone region name
    std::string azName;    // empty = the top region (Trio2o itself)
    std::string podAzName; // AZ name inside the pod; may be empty
    std::string dcName;
    TagSet tags;
    PodState state = PodState::Enabled;
    std::int64_t createdAtUs = 0; // microseconds since the epoch, UTC
    double cost = 1.0;
    double threshold = 0.9; // fraction of the total that counts as full
    Amounts capacity{};
    KnownAmounts used{};
    std::optional<std::int64_t> runningVms;
    // Nova's overcommit, for usage collected from hypervisor statistics (whose
    // totals are physical): the capacity counted is the total times the ratio.
    // 1.0 counts the statistics as they are. Placement carries its own ratios.
    double vcpuRatio = 1.0;
    double ramRatio = 1.0;
    UsageSource usageSource = UsageSource::Manual;

    bool isTop() const { return azName.empty(); }
    bool usageKnown(Resource r) const { return used[std::size_t(r)].has_value(); }
};

struct Binding {
    std::string id; // Trio2o uses uuids; ours are uuids too
    std::string tenantId;
    std::string podId;
    bool active = true;
    std::int64_t createdAtUs = 0;
    std::optional<std::int64_t> updatedAtUs;
    std::optional<std::int64_t> endedAtUs; // set when the binding became history
};

// What a pod had in use at one time (the capacity outlook's history).
struct UsageSample {
    std::int64_t atUs = 0; // microseconds since the epoch, UTC
    KnownAmounts used{};   // nullopt: that resource was not collected then
    std::optional<std::int64_t> runningVms;
    bool operator==(const UsageSample &) const = default;
};
// One pod's samples, oldest first, at most one per time.
using UsageHistory = std::vector<UsageSample>;

struct CloudState {
    std::vector<Pod> pods; // in creation order
    std::vector<Binding> bindings;
    // By pod id; pods without history have no entry. The scheduler never reads it.
    std::map<std::string, UsageHistory, std::less<>> usageHistory;

    const Pod *findPod(std::string_view id) const;
    const Pod *findPodByName(std::string_view name) const;
};

} // namespace sched
