// SPDX-License-Identifier: Apache-2.0
#include "rejection.h"

namespace sched {

namespace {
constexpr std::array<std::string_view, kFilterCount> kFilterKeys{
    "bottom_pod", "availability_zone", "resource_affinity", "pod_state",
    "capacity",   "ignore_pods",       "destination_pod"};
constexpr std::array<std::string_view, 10> kReasonKeys{
    "top_region",  "other_az", "missing_tag",    "tagged_pod", "maintenance",
    "disabled",    "removed",  "over_threshold", "ignored",    "not_destination"};
constexpr std::array<std::string_view, 6> kFailKeys{
    "none", "no_candidates", "all_rejected", "only_candidate", "history_conflict", "unknown_pod"};
} // namespace

std::string_view filterKey(FilterKind f) { return kFilterKeys[std::size_t(f)]; }

std::optional<FilterKind> filterFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kFilterKeys.size(); ++i)
        if (kFilterKeys[i] == key)
            return FilterKind(i);
    return std::nullopt;
}

std::string_view reasonKey(Reason r) { return kReasonKeys[std::size_t(r)]; }
std::string_view failCodeKey(FailCode c) { return kFailKeys[std::size_t(c)]; }

std::string describe(const Rejection &r)
{
    std::string out(filterKey(r.filter));
    out += ": ";
    out += reasonKey(r.reason);
    if (r.reason == Reason::OverThreshold) {
        out += " (";
        out += resourceKey(r.resource);
        out += " used " + std::to_string(r.used) + " + requested " + std::to_string(r.requested) +
               " > limit " + std::to_string(r.limit) + ")";
    }
    return out;
}

std::string describe(const Failure &f)
{
    std::string out(failCodeKey(f.code));
    for (std::size_t i = 0; i < kFilterCount; ++i) {
        if (f.rejectedBy[i] == 0)
            continue;
        out += ", ";
        out += filterKey(FilterKind(i));
        out += ": " + std::to_string(f.rejectedBy[i]);
    }
    if (f.example)
        out += " [e.g. " + describe(*f.example) + "]";
    return out;
}

} // namespace sched
