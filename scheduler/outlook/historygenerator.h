// SPDX-License-Identifier: Apache-2.0
#pragma once

// A plausible usage history for a synthetic cloud (`trio2o-sched generate
// --history DAYS`, the demo cloud, tests): one sample a day per pod whose
// usage is known, ending at its current usage; steady growth, a weekly
// rhythm, a little noise, and now and then a step (a big tenant arriving).
// A pure function of its parameters (own PRNG), like the cloud generator.

#include "cloud.h"

#include <cstdint>

namespace sched::outlook {

struct HistoryParams {
    std::uint32_t days = 0;  // samples per pod (one a day); 0 = none
    std::int64_t endUs = 0;  // the time of the last sample (now)
    std::uint64_t seed = 1;
};

// Replaces state.usageHistory.
void generateHistory(CloudState &state, const HistoryParams &params);

} // namespace sched::outlook
