// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a replay of one policy produced: counts, every binding change (which
// together form the plan), every failure, per-pod figures before and after,
// and a sampled time series per pod. Reasons are codes (sched::Rejection,
// sched::Failure); words come from the layer above. Self-contained: names are
// copied into the report's own tables, so it outlives the engine.

#include "decision.h"
#include "scenario.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace whatif {

struct Summary {
    std::uint64_t keep = 0;
    std::uint64_t bind = 0;
    std::uint64_t rebind = 0;
    std::uint64_t fail = 0;
    std::uint64_t events = 0;     // events replayed
    std::uint64_t vmsCreated = 0; // create_vm VMs that landed on a pod
    std::uint64_t vmsDeleted = 0;
    std::uint64_t skipped = 0;    // delete_vm VMs without a binding to delete from
    // delete_vm requests (per tenant) that removed more than the pod held:
    // its usage stopped at 0 - the scenario and the base disagree.
    std::uint64_t clampedDeletes = 0;
    friend bool operator==(const Summary &, const Summary &) = default;
};

enum class ChangeReason : std::uint8_t {
    NewBinding,      // the tenant had no binding in that AZ and group
    CurrentRejected, // its pod failed a filter (see `rejection`): maintenance, full, removed...
    Rotation,        // trio2o: a group request rotates to the next pod
    Drain,           // drain_pod moved it
    Replaced,        // trio2o: ended because the new binding took its (AZ, group);
                     // upstream would leave both active (see `alongside`)
};
std::string_view changeReasonKey(ChangeReason r); // "new_binding", "current_rejected", ...

// A binding, for the plan: one of the base's (index into Report::bindingIds)
// or one this replay created (its number, with kNewBinding set).
using BindingRef = std::uint32_t;
inline constexpr BindingRef kNewBinding = 0x8000'0000u;

struct ChangeRecord {
    std::uint32_t event = 0;    // index of the scenario event
    std::uint32_t tenant = 0;   // Report::tenants
    std::uint32_t az = 0;       // Report::azs
    std::uint32_t group = 0;    // Report::groups
    std::uint32_t fromPod = kNoId; // Report::pods; kNoId for a fresh bind
    std::uint32_t toPod = kNoId;   // kNoId for a pure unbind (Replaced)
    ChangeReason reason = ChangeReason::NewBinding;
    std::optional<sched::Rejection> rejection; // CurrentRejected: why
    BindingRef endBinding = kNoId; // the binding that ends (fromPod's)
    BindingRef newBinding = kNoId; // the binding that starts (toPod's)
    // Replaced: the pod of the new binding that took this one's (AZ, group).
    // Upstream Trio2o would leave the tenant bound to fromPod and this pod.
    std::uint32_t alongside = kNoId;
};

enum class FailureKind : std::uint8_t {
    Scheduling,   // no pod for a create_vm or a drained tenant (`failure` says why)
    NoBinding,    // delete_vm: no active binding in that AZ and group
};

struct FailureRecord {
    std::uint32_t event = 0;
    std::uint32_t tenant = 0;
    std::uint32_t az = 0;
    std::uint32_t group = 0;
    FailureKind kind = FailureKind::Scheduling;
    sched::Failure failure;
    std::uint32_t pod = kNoId; // trio2o: the pod it tried
};

struct PodFigures {
    sched::KnownAmounts used{};
    std::int64_t vms = 0;
    std::uint32_t tenants = 0; // tenants actively bound
    sched::PodState state = sched::PodState::Enabled;
    friend bool operator==(const PodFigures &, const PodFigures &) = default;
};

struct PodReport {
    std::string id;
    std::string name;
    std::string az;
    std::string group;
    sched::Amounts capacity{}; // after
    sched::Amounts limit{};    // after: floor(threshold x capacity), the policy's default threshold applied
    sched::Amounts capacityBefore{}; // when the replay started (an added pod: as added)
    sched::Amounts limitBefore{};
    std::optional<PodFigures> before; // nullopt: added by the scenario
    PodFigures after;
    bool removed = false;
    // At or over its threshold (used >= limit, for a resource with a known
    // usage and a capacity above 0: the scheduler places nothing more there)
    // before the first event.
    bool fullBefore = false;
    // The event during which it first reached its threshold, and in which
    // resource: used >= limit, or a VM that landed left less room than its
    // own size (the next VM like it goes elsewhere). Pods full before the
    // first event are not counted again.
    std::optional<std::uint32_t> crossedAt;
    sched::Resource crossedResource = sched::Resource::Vcpus;
};

// Per (AZ, group): the room left below the thresholds, summed over the
// group's enabled pods (max(0, limit - used) each): what can still be placed
// before every pod of the group is full. nullopt: some enabled pod's usage of
// that resource is unknown (never collected counts as plenty left).
struct GroupHeadroom {
    std::string az;
    std::string group;
    std::uint32_t pods = 0; // enabled pods at the end
    sched::KnownAmounts start{};
    sched::KnownAmounts lowest{}; // over the series' samples
    std::array<std::uint64_t, sched::kResourceCount> lowestAfterEvent{};
    sched::KnownAmounts end{};
};

// Samples every `every` events (every = ceil(events / maxSamples), at least
// 1), plus one after the last event; `afterEvent[k]` is how many events had
// run when sample k was taken; values[k][pod] per Report::pods (pods added
// later are missing from earlier samples).
struct Series {
    std::uint32_t every = 1;
    std::vector<std::uint64_t> afterEvent;
    std::vector<std::vector<PodFigures>> values;
};

// What a grow event asked for (the same under every policy): per projected
// pod its VMs, and how many pods of its AZ and group were skipped, and why.
struct GrowthRecord {
    std::uint32_t event = 0;
    std::uint32_t days = 0;
    std::int64_t nowUs = 0;
    std::optional<sched::Amounts> vmSize;
    std::vector<std::pair<std::string, std::uint64_t>> pods; // pod name, VMs
    std::array<std::uint32_t, kGrowSkipCount> skipped{};
};

struct Report {
    std::string policyName;
    sched::SchedulerConfig config;
    bool cancelled = false; // stopped between events: figures are partial
    Summary summary;
    std::vector<ChangeRecord> changes;
    std::vector<FailureRecord> failures;
    std::vector<GrowthRecord> growth; // one per grow event replayed
    std::vector<PodReport> pods; // bottom pods in table order, added ones last
    Series series;
    std::vector<GroupHeadroom> headroom; // by AZ, then group, in name order
    std::vector<std::string> tenants;
    std::vector<std::string> azs;
    std::vector<std::string> groups;
    std::vector<std::string> bindingIds; // base bindings the changes end
    // Random per report (ReportBuilder); the ids of the bindings it creates derive from it.
    std::array<std::uint64_t, 2> newIdSeed{};

    // The plan's id of a binding: a base id, or for one the replay created a
    // version-4 uuid, as Trio2o's own: random bits from newIdSeed, so it
    // cannot collide with the base's or the store's ids (no counter that a
    // base might use too), and distinct within the plan by construction (the
    // last 62 bits are the seed plus the binding's number).
    std::string bindingId(BindingRef ref) const;
};

} // namespace whatif
