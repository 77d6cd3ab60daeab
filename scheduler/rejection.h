// SPDX-License-Identifier: Apache-2.0
#pragma once

// Why a pod was not chosen, as codes with parameters: the model layer turns
// them into translated text; describe() is plain English for tests and logs.

#include "cloud.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sched {

// Fixed evaluation order; also the bit position in FilterSet.
enum class FilterKind : std::uint8_t {
    BottomPod,
    AvailabilityZone,
    ResourceAffinity,
    PodState,
    Capacity,
    IgnorePods,
    DestinationPod,
};
inline constexpr std::size_t kFilterCount = 7;

// JSON spelling: "bottom_pod", "availability_zone", ...
std::string_view filterKey(FilterKind f);
std::optional<FilterKind> filterFromKey(std::string_view key);

enum class Reason : std::uint8_t {
    TopRegion,       // BottomPod: the pod is Trio2o itself
    OtherAz,         // AvailabilityZone: pod is in another AZ
    MissingTag,      // ResourceAffinity: a requested tag is absent or differs
    TaggedPod,       // ResourceAffinity: untagged request, tagged pod
    Maintenance,     // PodState
    Disabled,        // PodState
    Removed,         // PodState (always enforced): the pod no longer exists
    OverThreshold,   // Capacity: used + requested > limit for `resource`
    Ignored,         // IgnorePods: the operator excluded the pod
    NotDestination,  // DestinationPod: another pod was forced
};
std::string_view reasonKey(Reason r);

struct Rejection {
    FilterKind filter = FilterKind::BottomPod;
    Reason reason = Reason::TopRegion;
    Resource resource = Resource::Vcpus; // Capacity only
    std::int64_t used = 0;               // Capacity only
    std::int64_t requested = 0;          // Capacity only
    std::int64_t limit = 0;              // Capacity only: floor(threshold * total)
    friend bool operator==(const Rejection &, const Rejection &) = default;
};

std::string describe(const Rejection &r);

// Why a whole decision failed.
enum class FailCode : std::uint8_t {
    None,
    NoCandidates,    // no pod in the requested AZ / group at all
    AllRejected,     // candidates exist but every one was filtered out
    OnlyCandidate,   // trio2o: the current pod is the only candidate
    HistoryConflict, // trio2o: a (tenant, pod) row exists already (upstream unique key)
    UnknownPod,      // the destination pod does not exist
};
std::string_view failCodeKey(FailCode c);

struct Failure {
    FailCode code = FailCode::None;
    std::array<std::uint32_t, kFilterCount> rejectedBy{}; // candidates rejected per filter
    std::optional<Rejection> example; // first rejection seen, for a one-line message
};

std::string describe(const Failure &f);

} // namespace sched
