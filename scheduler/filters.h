#pragma once

// The filter set of the design and of the unmerged upstream attempt; one small
// class each. Their order of evaluation is FilterKind's order.

#include "filter.h"

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

class PodStateFilter final : public Filter
{
public:
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
    FilterKind kind() const override { return FilterKind::Capacity; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

class IgnorePodsFilter final : public Filter
{
public:
    FilterKind kind() const override { return FilterKind::IgnorePods; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

class DestinationPodFilter final : public Filter
{
public:
    FilterKind kind() const override { return FilterKind::DestinationPod; }
    std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                   const GroupTable &) const override;
};

} // namespace sched
