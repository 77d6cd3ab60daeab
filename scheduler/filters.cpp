// SPDX-License-Identifier: Apache-2.0
#include "filters.h"

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
    if (passes(pod))
        return std::nullopt;
    return reject(kind(), pod.state == PodState::Maintenance ? Reason::Maintenance : Reason::Disabled);
}

std::optional<Rejection> CapacityFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                               const GroupTable &) const
{
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        if (fits(pod, request, i))
            continue;
        Rejection r = reject(kind(), Reason::OverThreshold);
        r.resource = Resource(i);
        r.used = pod.used[i];
        r.requested = request.hasSize ? request.size[i] : 0;
        r.limit = pod.limit[i];
        return r;
    }
    return std::nullopt;
}

std::optional<Rejection> IgnorePodsFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                                 const GroupTable &) const
{
    if (passes(pod, request))
        return std::nullopt;
    return reject(kind(), Reason::Ignored);
}

std::optional<Rejection> DestinationPodFilter::check(const PodRecord &pod, const ResolvedRequest &request,
                                                     const GroupTable &) const
{
    if (passes(pod, request))
        return std::nullopt;
    return reject(kind(), Reason::NotDestination);
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
