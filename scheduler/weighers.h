#pragma once

// The weighers of the design and of Nova; one small class each.

#include "weigher.h"

namespace sched {

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
