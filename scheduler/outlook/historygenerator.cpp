// SPDX-License-Identifier: Apache-2.0
#include "historygenerator.h"

#include "capacityoutlook.h"
#include "splitmix64.h"

#include <algorithm>
#include <cmath>

namespace sched::outlook {

namespace {

struct PodGrowth {
    double dailyShare;   // growth a day, as a share of today's usage
    double weekly;       // weekday/weekend swing, as a share
    double noise;        // day-to-day noise, as a share
    double stepDay = -1; // days before now of a step, or none
    double stepShare = 0;
};

PodGrowth drawGrowth(SplitMix64 &rng, std::uint32_t days)
{
    PodGrowth g;
    g.dailyShare = 0.0005 + 0.004 * rng.unit();
    g.weekly = 0.01 * rng.unit();
    g.noise = 0.005 * rng.unit();
    if (days > 14 && rng.chance(0.3)) {
        g.stepDay = double(7 + rng.below(days - 7));
        g.stepShare = 0.05 + 0.1 * rng.unit();
    }
    return g;
}

// Usage `daysAgo` days before now, for a pod using `now` today.
double valueAt(double now, double daysAgo, const PodGrowth &g, double noise)
{
    double v = now * (1.0 - g.dailyShare * daysAgo);
    if (g.stepDay >= 0 && daysAgo >= g.stepDay)
        v -= now * g.stepShare;
    const double dow = std::fmod(daysAgo, 7.0);
    v += now * g.weekly * (dow < 2 ? -1.0 : 0.4);
    v += now * g.noise * noise;
    return std::max(0.0, v);
}

} // namespace

void generateHistory(CloudState &state, const HistoryParams &params)
{
    state.usageHistory.clear();
    if (params.days == 0)
        return;
    SplitMix64 rng(params.seed ^ 0x5eedf00dULL);
    for (const Pod &pod : state.pods) {
        if (pod.isTop() || !pod.used[0])
            continue;
        const PodGrowth growth = drawGrowth(rng, params.days);
        UsageHistory &history = state.usageHistory[pod.id];
        history.reserve(params.days);
        for (std::uint32_t k = params.days; k-- > 0;) {
            UsageSample s;
            s.atUs = params.endUs - std::int64_t(double(k) * kMicrosPerDay);
            const double noise = k == 0 ? 0.0 : 2.0 * rng.unit() - 1.0;
            for (std::size_t i = 0; i < kResourceCount; ++i) {
                if (!pod.used[i])
                    continue;
                const double v = k == 0 ? double(*pod.used[i]) : valueAt(double(*pod.used[i]), k, growth, noise);
                s.used[i] = std::min<std::int64_t>(std::llround(v), std::max(pod.capacity[i], *pod.used[i]));
            }
            if (pod.runningVms) {
                const double v = k == 0 ? double(*pod.runningVms) : valueAt(double(*pod.runningVms), k, growth, noise);
                s.runningVms = std::llround(v);
            }
            history.push_back(s);
        }
    }
}

} // namespace sched::outlook
