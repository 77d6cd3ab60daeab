// SPDX-License-Identifier: Apache-2.0
#include "cloudgenerator.h"

#include "splitmix64.h"

#include <algorithm>
#include <cstdio>

namespace sched {

namespace {

std::string hex(std::uint64_t v, int digits)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(std::size_t(digits), '0');
    for (int i = digits - 1; i >= 0; --i, v >>= 4)
        out[std::size_t(i)] = kDigits[v & 15];
    return out;
}

std::string uuid(SplitMix64 &rng)
{
    const std::uint64_t a = rng.next();
    const std::uint64_t b = rng.next();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx", (unsigned long long)(a >> 32),
                  (unsigned long long)((a >> 16) & 0xffff), (unsigned long long)(0x4000 | (a & 0x0fff)),
                  (unsigned long long)(0x8000 | ((b >> 48) & 0x3fff)), (unsigned long long)(b & 0xffffffffffffULL));
    return buf;
}

std::string podName(std::uint32_t az, std::uint32_t n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "az%u-pod%02u", az + 1, n + 1);
    return buf;
}

TagSet groupTags(std::uint32_t group)
{
    if (group == 0)
        return {};
    std::string value = "g";
    value += std::to_string(group); // (not "g" + ...: GCC 12 warns falsely on it)
    return {Tag{"resource", group == 1 ? std::string("gpu") : value}};
}

void fillCapacity(Pod &p, SplitMix64 &rng, double unknownChance)
{
    static constexpr std::int64_t kVcpus[] = {512, 1024, 2048};
    static constexpr std::int64_t kDisk[] = {20000, 50000, 100000};
    const std::int64_t vcpus = kVcpus[rng.below(3)];
    p.capacity = {vcpus, vcpus * 4096, kDisk[rng.below(3)]};
    p.cost = 0.5 + 0.1 * double(rng.below(16));
    p.threshold = rng.chance(0.2) ? 0.85 : 0.9;
    if (rng.chance(unknownChance))
        return; // never collected: used stays nullopt
    const double fill = 0.95 * rng.unit();
    for (std::size_t i = 0; i < kResourceCount; ++i)
        p.used[i] = std::int64_t(double(p.capacity[i]) * fill * (0.8 + 0.2 * rng.unit()));
    if (rng.chance(0.05))
        p.used[std::size_t(Resource::DiskGb)].reset(); // one resource not reported
    p.runningVms = *p.used[0] / 4;
}

std::vector<Pod> makePods(const GeneratorParams &params, SplitMix64 &rng)
{
    std::vector<Pod> pods;
    Pod top;
    top.id = uuid(rng);
    top.name = "RegionOne";
    top.createdAtUs = params.startUs;
    pods.push_back(top);
    const std::uint32_t azs = std::max(1u, params.azs);
    const std::uint32_t groups = std::max(1u, params.groupsPerAz);
    std::int64_t t = params.startUs;
    for (std::uint32_t n = 0; n * azs < params.podsTotal; ++n) { // round-robin: clouds grow in all AZs
        for (std::uint32_t az = 0; az < azs && n * azs + az < params.podsTotal; ++az) {
            const std::uint32_t perAz = params.podsTotal / azs + (az < params.podsTotal % azs ? 1 : 0);
            Pod p;
            p.id = uuid(rng);
            p.name = podName(az, n);
            p.azName = "az" + std::to_string(az + 1);
            p.podAzName = rng.chance(0.5) ? p.azName : "nova";
            p.dcName = "dc" + std::to_string(az % 3 + 1);
            p.tags = groupTags(n * groups / std::max(1u, perAz));
            t += 3'600'000'000LL * std::int64_t(1 + rng.below(72));
            p.createdAtUs = t;
            fillCapacity(p, rng, params.unknownUsageChance);
            pods.push_back(std::move(p));
        }
    }
    for (std::uint32_t i = 0; i < params.maintenancePods && pods.size() > 1; ++i)
        pods[1 + rng.below(pods.size() - 1)].state = PodState::Maintenance;
    return pods;
}

} // namespace

CloudState generateCloud(const GeneratorParams &params)
{
    SplitMix64 rng(params.seed);
    CloudState cloud;
    cloud.pods = makePods(params, rng);
    // Bucket the bottom pods by (AZ, group) for the bindings.
    std::vector<std::vector<std::uint32_t>> buckets;
    std::vector<std::pair<std::string, std::string>> keys;
    for (std::uint32_t i = 1; i < cloud.pods.size(); ++i) {
        const auto key = std::pair(cloud.pods[i].azName, groupKey(cloud.pods[i].tags));
        auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end()) {
            keys.push_back(key);
            buckets.emplace_back();
            it = keys.end() - 1;
        }
        buckets[std::size_t(it - keys.begin())].push_back(i);
    }
    if (buckets.empty())
        return cloud;
    std::int64_t t = cloud.pods.back().createdAtUs;
    cloud.bindings.reserve(std::size_t(params.tenants) * 2);
    for (std::uint32_t n = 0; n < params.tenants; ++n) {
        const std::string tenant = hex(rng.next(), 16) + hex(rng.next(), 16);
        const std::uint32_t count = 1 + std::uint32_t(rng.below(std::max(1u, params.maxBindingsPerTenant)));
        const std::uint64_t first = rng.below(buckets.size());
        for (std::uint32_t k = 0; k < count && k < buckets.size(); ++k) {
            const auto &bucket = buckets[(first + k * 7) % buckets.size()];
            // Older pods hold most tenants: the square skews towards the front.
            const double u = rng.unit();
            const std::uint32_t active = bucket[std::size_t(u * u * double(bucket.size()))];
            if (bucket.size() > 1 && rng.chance(params.historyChance)) {
                const std::uint32_t old = bucket[rng.below(bucket.size())];
                if (old != active) {
                    t += 1'000'000;
                    cloud.bindings.push_back({uuid(rng), tenant, cloud.pods[old].id, false, t, t + 1000, t + 1000});
                }
            }
            t += 1'000'000;
            cloud.bindings.push_back({uuid(rng), tenant, cloud.pods[active].id, true, t, std::nullopt, std::nullopt});
        }
    }
    return cloud;
}

} // namespace sched
