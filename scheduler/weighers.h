// SPDX-License-Identifier: Apache-2.0
#pragma once

// The weighers of the design and of Nova; one small class each.

#include "weigher.h"

namespace sched {

// The raw value of each built-in weigher, inline: the weigher classes below
// and WeightTable's per-kind loops (no virtual call per pod) share it.
template <WeigherKind K>
inline double builtinRaw(const PodRecord &pod)
{
    const auto freeOf = [&pod](Resource r) {
        const auto i = std::size_t(r);
        const std::int64_t used = pod.used[i] == kUnknownUsage ? 0 : pod.used[i];
        return double(pod.limit[i] - used);
    };
    if constexpr (K == WeigherKind::CreationOrder)
        return -double(pod.creationRank);
    else if constexpr (K == WeigherKind::FreeRam)
        return freeOf(Resource::RamMb);
    else if constexpr (K == WeigherKind::FreeVcpus)
        return freeOf(Resource::Vcpus);
    else if constexpr (K == WeigherKind::FreeDisk)
        return freeOf(Resource::DiskGb);
    else if constexpr (K == WeigherKind::Workload)
        return -double(pod.runningVms);
    else
        return -pod.cost;
}

// Older first: the pods of a group form a queue filled oldest-first.
class CreationOrderWeigher final : public Weigher
{
public:
    WeigherKind kind() const override { return WeigherKind::CreationOrder; }
    double raw(const PodRecord &pod, const ResolvedRequest &) const override;
};

// Free amount of one resource relative to the threshold: limit - used (unknown
// usage counts as all free). Most free first.
class FreeResourceWeigher final : public Weigher
{
public:
    explicit FreeResourceWeigher(Resource r) : m_resource(r) {}
    WeigherKind kind() const override;
    double raw(const PodRecord &pod, const ResolvedRequest &) const override;

private:
    Resource m_resource;
};

// Fewer running VMs first.
class WorkloadWeigher final : public Weigher
{
public:
    WeigherKind kind() const override { return WeigherKind::Workload; }
    double raw(const PodRecord &pod, const ResolvedRequest &) const override;
};

// Cheaper first.
class CostWeigher final : public Weigher
{
public:
    WeigherKind kind() const override { return WeigherKind::Cost; }
    double raw(const PodRecord &pod, const ResolvedRequest &) const override;
};

} // namespace sched
