#include "filters.h"

#include "checkedamounts.h"

#include <algorithm>

namespace sched {

namespace {
Rejection reject(FilterKind f, Reason r)
{
    Rejection out;
    out.filter = f;
    out.reason = r;
    return out;
}
} // namespace

std::optional<Rejection> BottomPodFilter::check(const PodRecord &pod, const ResolvedRequest &,
                                                const GroupTable &) const
{
    if (pod.top)
        return reject(kind(), Reason::TopRegion);
    return std::nullopt;
}

std::optional<Rejection> AvailabilityZoneFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                                       const GroupTable &) const
{
    if (request.az != kNone && pod.az != request.az)
        return reject(kind(), Reason::OtherAz);
    return std::nullopt;
}

std::optional<Rejection> ResourceAffinityFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                                       const GroupTable &groups) const
{
    if (groups.matches(request.group, pod.group))
        return std::nullopt;
    return reject(kind(), groups.tags(request.group).empty() ? Reason::TaggedPod : Reason::MissingTag);
}

std::optional<Rejection> PodStateFilter::check(const PodRecord &pod, const ResolvedRequest &,
                                               const GroupTable &) const
{
    switch (pod.state) {
    case PodState::Enabled:
        return std::nullopt;
    case PodState::Maintenance:
        return reject(kind(), Reason::Maintenance);
    case PodState::Disabled:
        return reject(kind(), Reason::Disabled);
    }
    return std::nullopt;
}

std::optional<Rejection> CapacityFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                               const GroupTable &) const
{
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        const std::int64_t used = pod.used[i];
        if (used == kUnknownUsage)
            continue;
        const std::int64_t want = request.hasSize ? request.size[i] : 0;
        const bool fits = request.hasSize ? fitsUnder(used, want, pod.limit[i]) : used < pod.limit[i];
        if (!fits) {
            Rejection r = reject(kind(), Reason::OverThreshold);
            r.resource = Resource(i);
            r.used = used;
            r.requested = want;
            r.limit = pod.limit[i];
            return r;
        }
    }
    return std::nullopt;
}

std::optional<Rejection> IgnorePodsFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                                 const GroupTable &) const
{
    const auto &ignore = request.ignore;
    if (std::find(ignore.begin(), ignore.end(), pod.index) != ignore.end())
        return reject(kind(), Reason::Ignored);
    return std::nullopt;
}

std::optional<Rejection> DestinationPodFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                                     const GroupTable &) const
{
    if (request.destination != kNone && pod.index != request.destination)
        return reject(kind(), Reason::NotDestination);
    return std::nullopt;
}

std::unique_ptr<Filter> makeFilter(FilterKind kind)
{
    switch (kind) {
    case FilterKind::BottomPod:
        return std::make_unique<BottomPodFilter>();
    case FilterKind::AvailabilityZone:
        return std::make_unique<AvailabilityZoneFilter>();
    case FilterKind::ResourceAffinity:
        return std::make_unique<ResourceAffinityFilter>();
    case FilterKind::PodState:
        return std::make_unique<PodStateFilter>();
    case FilterKind::Capacity:
        return std::make_unique<CapacityFilter>();
    case FilterKind::IgnorePods:
        return std::make_unique<IgnorePodsFilter>();
    case FilterKind::DestinationPod:
        return std::make_unique<DestinationPodFilter>();
    }
    return nullptr;
}

} // namespace sched
