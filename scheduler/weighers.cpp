// SPDX-License-Identifier: Apache-2.0
#include "weighers.h"

namespace sched {

double CreationOrderWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const
{
    return builtinRaw<WeigherKind::CreationOrder>(pod);
}

WeigherKind FreeResourceWeigher::kind() const
{
    switch (m_resource) {
    case Resource::Vcpus:
        return WeigherKind::FreeVcpus;
    case Resource::RamMb:
        return WeigherKind::FreeRam;
    case Resource::DiskGb:
        return WeigherKind::FreeDisk;
    }
    return WeigherKind::FreeRam;
}

double FreeResourceWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const
{
    switch (m_resource) {
    case Resource::Vcpus:
        return builtinRaw<WeigherKind::FreeVcpus>(pod);
    case Resource::RamMb:
        return builtinRaw<WeigherKind::FreeRam>(pod);
    case Resource::DiskGb:
        return builtinRaw<WeigherKind::FreeDisk>(pod);
    }
    return 0;
}

double WorkloadWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const
{
    return builtinRaw<WeigherKind::Workload>(pod);
}

double CostWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const { return builtinRaw<WeigherKind::Cost>(pod); }

std::unique_ptr<Weigher> makeWeigher(WeigherKind kind)
{
    switch (kind) {
    case WeigherKind::CreationOrder:
        return std::make_unique<CreationOrderWeigher>();
    case WeigherKind::FreeRam:
        return std::make_unique<FreeResourceWeigher>(Resource::RamMb);
    case WeigherKind::FreeVcpus:
        return std::make_unique<FreeResourceWeigher>(Resource::Vcpus);
    case WeigherKind::FreeDisk:
        return std::make_unique<FreeResourceWeigher>(Resource::DiskGb);
    case WeigherKind::Workload:
        return std::make_unique<WorkloadWeigher>();
    case WeigherKind::Cost:
        return std::make_unique<CostWeigher>();
    }
    return nullptr;
}

} // namespace sched
