// SPDX-License-Identifier: Apache-2.0
#include "democloud.h"

#include <algorithm>
#include <random>

namespace model {

namespace {

constexpr std::int64_t kDayUs = 24LL * 3600 * 1000000;

struct PodSpec {
    const char *name;
    const char *az;
    const char *podAz;
    const char *dc;
    const char *tagKey; // nullptr: general group
    const char *tagValue;
    sched::PodState state;
    int ageDays;
    int vcpus;
    int ramGb;
    int diskTb;
    double load; // fraction used; < 0: usage never collected
    double cost;
};

// Names follow the Keystone regions an operator would see.
constexpr PodSpec kPods[] = {
    {"Pod-North-1", "az-north", "nova", "dc-frankfurt", nullptr, nullptr, sched::PodState::Enabled, 900, 2048, 8192, 400, 0.93, 1.0},
    {"Pod-North-2", "az-north", "nova", "dc-frankfurt", nullptr, nullptr, sched::PodState::Enabled, 420, 3072, 12288, 600, 0.61, 1.0},
    {"Pod-North-3", "az-north", "nova", "dc-frankfurt", nullptr, nullptr, sched::PodState::Enabled, 60, 4096, 16384, 800, 0.12, 1.1},
    {"Pod-North-CAD", "az-north", "cad", "dc-frankfurt", "resource", "CAD Modeling", sched::PodState::Enabled, 300, 1024, 8192, 200, 0.74, 3.5},
    {"Pod-Central-1", "az-central", "nova", "dc-amsterdam", nullptr, nullptr, sched::PodState::Maintenance, 1100, 2048, 8192, 400, 0.55, 0.9},
    {"Pod-Central-2", "az-central", "nova", "dc-amsterdam", nullptr, nullptr, sched::PodState::Enabled, 700, 3072, 12288, 500, 0.82, 0.9},
    {"Pod-Central-3", "az-central", "", "dc-amsterdam", nullptr, nullptr, sched::PodState::Enabled, 30, 4096, 16384, 800, -1, 1.0},
    {"Pod-Central-GPU", "az-central", "gpu", "dc-amsterdam", "resource", "CAD Modeling", sched::PodState::Enabled, 200, 768, 6144, 150, 0.48, 4.0},
    {"Pod-South-1", "az-south", "nova", "dc-milan", nullptr, nullptr, sched::PodState::Enabled, 500, 2048, 8192, 300, 0.88, 0.8},
    {"Pod-South-2", "az-south", "nova", "dc-milan", nullptr, nullptr, sched::PodState::Enabled, 150, 2048, 8192, 300, 0.27, 0.8},
    {"Pod-South-3", "az-south", "nova", "dc-milan", nullptr, nullptr, sched::PodState::Disabled, 10, 1024, 4096, 200, 0.0, 0.8},
};

std::string hexId(std::mt19937_64 &rng, int digits)
{
    static const char *const hex = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < digits; ++i)
        s += hex[rng() & 15];
    return s;
}

std::string uuid(std::mt19937_64 &rng)
{
    return hexId(rng, 8) + '-' + hexId(rng, 4) + '-' + hexId(rng, 4) + '-' + hexId(rng, 4) + '-' + hexId(rng, 12);
}

sched::Pod makePod(const PodSpec &s, std::int64_t nowUs, std::mt19937_64 &rng)
{
    sched::Pod p;
    p.id = uuid(rng);
    p.name = s.name;
    p.azName = s.az;
    p.podAzName = s.podAz;
    p.dcName = s.dc;
    if (s.tagKey)
        p.tags.push_back({s.tagKey, s.tagValue});
    p.state = s.state;
    p.createdAtUs = nowUs - s.ageDays * kDayUs;
    p.cost = s.cost;
    p.threshold = s.tagKey ? 0.8 : 0.9;
    p.capacity = {s.vcpus, s.ramGb * 1024LL, s.diskTb * 1024LL};
    if (s.load >= 0) {
        // Resources are not used evenly: RAM runs ahead of vCPUs, disk behind.
        const double factors[] = {1.0, 1.05, 0.7};
        for (std::size_t r = 0; r < sched::kResourceCount; ++r)
            p.used[r] = std::min<std::int64_t>(p.capacity[r], std::int64_t(p.capacity[r] * s.load * factors[r]));
        p.runningVms = std::int64_t(s.vcpus * s.load / 3);
    }
    return p;
}

} // namespace

sched::CloudState buildDemoCloud(std::int64_t nowUs)
{
    std::mt19937_64 rng(20170412); // fixed: the same demo on every machine
    sched::CloudState state;
    sched::Pod top;
    top.id = uuid(rng);
    top.name = "RegionOne";
    top.dcName = "dc-frankfurt";
    top.createdAtUs = nowUs - 1200 * kDayUs;
    state.pods.push_back(top);
    for (const PodSpec &s : kPods)
        state.pods.push_back(makePod(s, nowUs, rng));

    // Bottom pods per (AZ, group) in creation order, for spreading tenants.
    std::vector<std::vector<const sched::Pod *>> buckets;
    for (const char *az : {"az-north", "az-central", "az-south"}) {
        for (bool tagged : {false, true}) {
            std::vector<const sched::Pod *> pods;
            for (const sched::Pod &p : state.pods)
                if (p.azName == az && p.tags.empty() != tagged)
                    pods.push_back(&p);
            if (!pods.empty())
                buckets.push_back(pods);
        }
    }
    for (int t = 0; t < 60; ++t) {
        const std::string tenant = hexId(rng, 32);
        for (std::size_t b = 0; b < buckets.size(); ++b) {
            const auto &pods = buckets[b];
            // Every tenant uses its home AZ's general pods (buckets 0, 2, 4); some use more.
            const bool uses = b == std::size_t(t % 3) * 2 || rng() % 5 == 0;
            if (!uses)
                continue;
            const std::int64_t start = nowUs - std::int64_t(20 + rng() % 600) * kDayUs;
            const auto *first = pods[rng() % pods.size()];
            const bool moved = pods.size() > 1 && rng() % 4 == 0;
            const auto *current = moved ? pods[(std::find(pods.begin(), pods.end(), first) - pods.begin() + 1) % pods.size()] : first;
            if (current->state == sched::PodState::Disabled)
                current = pods.front();
            if (moved && current != first) {
                const std::int64_t switched = start + std::int64_t(1 + rng() % 15) * kDayUs;
                state.bindings.push_back({uuid(rng), tenant, first->id, false, start, switched, switched});
                state.bindings.push_back({uuid(rng), tenant, current->id, true, switched, std::nullopt, std::nullopt});
            } else {
                state.bindings.push_back({uuid(rng), tenant, current->id, true, start, std::nullopt, std::nullopt});
            }
        }
    }
    return state;
}

} // namespace model
