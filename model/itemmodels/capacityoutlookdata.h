// SPDX-License-Identifier: Apache-2.0
#pragma once

// One computed capacity outlook with the state it was computed from (pods and
// usage history, no bindings), shared read-only by the Capacity view's models
// and chart. Computed off the GUI thread from a loaded snapshot.

#include "capacityoutlook.h"
#include "cloudsnapshot.h"

#include <memory>

namespace model {

struct CapacityOutlookData {
    sched::CloudState state; // pods and usage history
    sched::outlook::OutlookOptions options;
    sched::outlook::CapacityOutlook outlook;

    // The outlook of `state` (its bindings are not needed and dropped).
    static std::shared_ptr<const CapacityOutlookData> compute(sched::CloudState state,
                                                              const sched::outlook::OutlookOptions &options);
    // The outlook of a loaded snapshot, "now" being the time it was loaded.
    static std::shared_ptr<const CapacityOutlookData> compute(const CloudSnapshot &snapshot);

    // The days of the soonest conservative crossing of the pod's resources,
    // and that resource; nullopt when no resource has a projection.
    static std::optional<sched::Resource> soonestResource(const sched::outlook::PodOutlook &pod);
    // The resource a view shows for the pod: the soonest crossing, else vCPUs.
    static sched::Resource shownResource(const sched::outlook::PodOutlook &pod)
    {
        return soonestResource(pod).value_or(sched::Resource::Vcpus);
    }
};

using CapacityOutlookPtr = std::shared_ptr<const CapacityOutlookData>;

} // namespace model
