// SPDX-License-Identifier: Apache-2.0
#include "groupfill.h"

#include <limits>

namespace sched::outlook {

namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

bool isFull(const FillingPod &p)
{
    for (std::size_t r = 0; r < kResourceCount; ++r) {
        if (p.bounded[r] && p.level[r] >= p.limit[r])
            return true;
    }
    return false;
}

double daysToFull(const FillingPod &p)
{
    double best = kNever;
    for (std::size_t r = 0; r < kResourceCount; ++r) {
        if (p.bounded[r] && p.growth[r] > 0)
            best = std::min(best, (p.limit[r] - p.level[r]) / p.growth[r]);
    }
    return best;
}

} // namespace

std::optional<double> daysUntilGroupFull(std::vector<FillingPod> pods)
{
    std::vector<bool> full(pods.size());
    // Where the growth of a full pod goes: the first pod in order with room.
    const auto moveGrowth = [&](std::size_t from) {
        for (std::size_t to = 0; to < pods.size(); ++to) {
            if (!full[to]) {
                for (std::size_t r = 0; r < kResourceCount; ++r)
                    pods[to].growth[r] += pods[from].growth[r];
                break;
            }
        }
        pods[from].growth = {};
    };
    for (std::size_t i = 0; i < pods.size(); ++i)
        full[i] = !pods[i].takesNew || isFull(pods[i]);
    for (std::size_t i = 0; i < pods.size(); ++i) {
        if (full[i])
            moveGrowth(i);
    }
    double elapsed = 0;
    for (;;) {
        std::size_t next = pods.size();
        double step = kNever;
        for (std::size_t i = 0; i < pods.size(); ++i) {
            if (!full[i] && daysToFull(pods[i]) < step) {
                step = daysToFull(pods[i]);
                next = i;
            }
        }
        if (next == pods.size()) {
            bool anyOpen = false;
            for (std::size_t i = 0; i < pods.size(); ++i)
                anyOpen = anyOpen || !full[i];
            return anyOpen ? std::nullopt : std::optional<double>(elapsed);
        }
        step = std::max(step, 0.0);
        for (std::size_t i = 0; i < pods.size(); ++i) {
            if (!full[i]) {
                for (std::size_t r = 0; r < kResourceCount; ++r)
                    pods[i].level[r] += pods[i].growth[r] * step;
            }
        }
        elapsed += step;
        full[next] = true;
        moveGrowth(next);
    }
}

} // namespace sched::outlook
