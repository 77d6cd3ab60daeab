// SPDX-License-Identifier: Apache-2.0
#pragma once

// The filter set of the design and of the unmerged upstream attempt; one small
// class each. Their order of evaluation is FilterKind's order.

#include "checkedamounts.h"
#include "filter.h"

#include <algorithm>

namespace sched {

class BottomPodFilter final : public Filter
{
public:
    FilterKind kind() const override { return FilterKind::BottomPod; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &,
                                   const GroupTable &) const override;
};

class AvailabilityZoneFilter final : public Filter
{
public:
    FilterKind kind() const override { return FilterKind::AvailabilityZone; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

class ResourceAffinityFilter final : public Filter
{
public:
    FilterKind kind() const override { return FilterKind::ResourceAffinity; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &groups) const override;
};

// Each hot filter's pass/fail test is inline (passes()): check() uses it, and
// the engine's candidate loop calls it directly, without a virtual call or a
// Rejection per pod; check() then says why for the pods that fail.
class PodStateFilter final : public Filter
{
public:
    static bool passes(const PodRecord &pod) { return pod.state == PodState::Enabled; }
    FilterKind kind() const override { return FilterKind::PodState; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &,
                                   const GroupTable &) const override;
};

// used + requested <= floor(threshold * total) for every resource whose usage is
// known; unknown usage passes (the design: never collected = plenty left). A
// request without a size still needs the pod below its threshold (used < limit).
class CapacityFilter final : public Filter
{
public:
    static bool fits(const PodRecord &pod, const ResolvedRequest &request, std::size_t i)
    {
        const std::int64_t used = pod.used[i];
        if (used == kUnknownUsage)
            return true;
        return request.hasSize ? fitsUnder(used, request.size[i], pod.limit[i]) : used < pod.limit[i];
    }
    static bool passes(const PodRecord &pod, const ResolvedRequest &request)
    {
        for (std::size_t i = 0; i < kResourceCount; ++i)
            if (!fits(pod, request, i))
                return false;
        return true;
    }
    FilterKind kind() const override { return FilterKind::Capacity; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

class IgnorePodsFilter final : public Filter
{
public:
    static bool passes(const PodRecord &pod, const ResolvedRequest &request)
    {
        return request.ignore.empty() ||
               std::find(request.ignore.begin(), request.ignore.end(), pod.index) == request.ignore.end();
    }
    FilterKind kind() const override { return FilterKind::IgnorePods; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

class DestinationPodFilter final : public Filter
{
public:
    static bool passes(const PodRecord &pod, const ResolvedRequest &request)
    {
        return request.destination == kNone || pod.index == request.destination;
    }
    FilterKind kind() const override { return FilterKind::DestinationPod; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

} // namespace sched
