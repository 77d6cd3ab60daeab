#include "weighers.h"

namespace sched {

double CreationOrderWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const
{
    return -double(pod.creationRank);
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
    const auto i = std::size_t(m_resource);
    const std::int64_t used = pod.used[i] == kUnknownUsage ? 0 : pod.used[i];
    return double(pod.limit[i] - used);
}

double WorkloadWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const
{
    return -double(pod.runningVms);
}

double CostWeigher::raw(const PodRecord &pod, const ResolvedRequest &) const { return -pod.cost; }

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
