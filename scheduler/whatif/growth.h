// SPDX-License-Identifier: Apache-2.0
#pragma once

// Expands a scenario's grow events against its base, before the replay:
// the capacity outlook of the base (sched::outlook) gives each pod's trend per
// resource; over `days` a pod grows by slopePerDay x days of each resource,
// which is round(growth / VM size) new VMs of the VM size (the event's, or the
// base's typical VM); the resource asking for the most VMs counts. They are
// the create-VM requests of the tenants actively bound to the pod (by tenant
// id, round robin) in its AZ and group. Pods without a projection add nothing
// and are counted per GrowSkip.
//
// No clock: the outlook's "now" is the base's latest usage-history sample, so
// the same base and scenario always expand alike. Every grow event projects
// from the base (not from the state earlier events left).

#include "scenario.h"

#include <vector>

namespace whatif {

// The order a grow event's requests are made in: every pod's VMs spread
// evenly over the period (VM j of a pod with n VMs at (j + 1/2) / n of it)
// and merged in time, ties in pod order - the pods' growths interleave as
// they would over the days. Exact (integer) comparisons; memory per pod.
class GrowthSequence
{
public:
    explicit GrowthSequence(const Growth &growth);
    // The next request: its pod (index into Growth::pods) and VM number; false at the end.
    bool next(std::uint32_t &pod, std::uint64_t &vm);

private:
    struct Next {
        std::uint64_t vm;
        std::uint32_t pod;
    };
    bool later(const Next &a, const Next &b) const;

    const Growth &m_growth;
    std::vector<Next> m_heap; // earliest on top
};

// Sets every Grow event's `growth`. Call once, after checkReferences().
void expandGrowth(Scenario &scenario, const sched::CloudState &base);

// The latest usage-history sample of the base (0 when it has none).
std::int64_t latestSampleUs(const sched::CloudState &base);

} // namespace whatif
