// SPDX-License-Identifier: Apache-2.0
#include "capacityoutlookdata.h"

namespace model {

CapacityOutlookPtr CapacityOutlookData::compute(sched::CloudState state, const sched::outlook::OutlookOptions &options)
{
    auto data = std::make_shared<CapacityOutlookData>();
    state.bindings.clear();
    data->state = std::move(state);
    data->options = options;
    data->outlook = sched::outlook::computeOutlook(data->state, options);
    return data;
}

CapacityOutlookPtr CapacityOutlookData::compute(const CloudSnapshot &snapshot)
{
    sched::CloudState state;
    state.pods = snapshot.pods();
    state.usageHistory = snapshot.usageHistory();
    sched::outlook::OutlookOptions options;
    options.nowUs = snapshot.loadedAtUs();
    return compute(std::move(state), options);
}

std::optional<sched::Resource> CapacityOutlookData::soonestResource(const sched::outlook::PodOutlook &pod)
{
    std::optional<sched::Resource> best;
    double bestDays = 0;
    for (std::size_t i = 0; i < pod.resources.size(); ++i) {
        const auto &days = pod.resources[i].daysRemaining.conservative;
        if (days && (!best || *days < bestDays)) {
            best = sched::Resource(i);
            bestDays = *days;
        }
    }
    return best;
}

} // namespace model
