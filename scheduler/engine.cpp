// SPDX-License-Identifier: Apache-2.0
#include "engine.h"

#include "checkedamounts.h"

#include <algorithm>
#include <numeric>

namespace sched {

namespace {
// Structural filters: candidate buckets already guarantee them on the hot path.
bool structural(FilterKind f)
{
    return f == FilterKind::BottomPod || f == FilterKind::AvailabilityZone || f == FilterKind::ResourceAffinity;
}
} // namespace

Engine::Engine(const CloudState &cloud, const SchedulerConfig &config)
{
    for (std::size_t i = 0; i < kWeigherCount; ++i)
        m_weighers[i] = makeWeigher(WeigherKind(i));
    for (const Pod &p : cloud.pods)
        appendPod(p);
    m_config = config;
    setConfig(config); // also computes limits and indexes
    loadBindings(cloud.bindings);
}

Engine::~Engine() = default;

void Engine::setConfig(const SchedulerConfig &config)
{
    m_config = config;
    m_filters.clear();
    m_hotFilters.clear();
    for (std::size_t i = 0; i < kFilterCount; ++i) {
        if (!config.filters.contains(FilterKind(i)))
            continue;
        m_filters.push_back(makeFilter(FilterKind(i)));
        if (!structural(FilterKind(i)))
            m_hotFilters.push_back(m_filters.back().get());
    }
    m_activeWeighers.clear();
    m_activeMultipliers.clear();
    for (std::size_t i = 0; i < kWeigherCount; ++i) {
        if (config.multipliers[i] == 0.0)
            continue; // adds exactly 0 to every total: skip the work
        m_activeWeighers.push_back(m_weighers[i].get());
        m_activeMultipliers.push_back(config.multipliers[i]);
    }
    for (std::uint32_t i = 0; i < m_records.size(); ++i)
        refreshRecord(i);
    rebuildIndexes();
}

void Engine::appendPod(const Pod &pod)
{
    const auto index = std::uint32_t(m_pods.size());
    m_pods.push_back(pod);
    PodRecord rec;
    rec.index = index;
    rec.top = pod.isTop();
    rec.az = rec.top ? kNone : m_azs.intern(pod.azName);
    TagSet tags = pod.tags;
    normaliseTags(tags);
    rec.group = m_groups.intern(tags);
    m_records.push_back(rec);
    refreshRecord(index);
    const Pod &stored = m_pods.back();
    m_podByIdOrName.insert_or_assign(stored.id, index); // a re-added pod wins over a removed one
    m_podByIdOrName.insert_or_assign(stored.name, index);
}

// Copies the mutable numbers of m_pods[index] into its hot record.
void Engine::refreshRecord(std::uint32_t index)
{
    const Pod &p = m_pods[index];
    PodRecord &rec = m_records[index];
    const double threshold = p.threshold > 0.0 && p.threshold <= 1.0 ? p.threshold : m_config.defaultThreshold;
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        rec.used[i] = p.used[i] ? *p.used[i] : kUnknownUsage;
        rec.limit[i] = scaledLimit(threshold, p.capacity[i]);
    }
    rec.runningVms = p.runningVms.value_or(0);
    rec.cost = p.cost;
    rec.state = p.state;
    if (rec.bucket < m_summaries.size())
        m_summaries[rec.bucket].refresh(rec);
}

std::uint32_t Engine::bucketFor(std::uint32_t az, std::uint32_t group)
{
    const auto [it, inserted] = m_bucketIndex.emplace(packKey(az, group), std::uint32_t(m_buckets.size()));
    if (inserted)
        m_buckets.push_back(Bucket{az, group, {}});
    return it->second;
}

void Engine::rebuildIndexes()
{
    for (Bucket &b : m_buckets)
        b.pods.clear();
    m_bottomPods.clear();
    m_azPods.assign(m_azs.size(), {});
    for (PodRecord &rec : m_records) {
        rec.bucket = kNone;
        if (rec.removed || rec.top)
            continue;
        rec.bucket = bucketFor(rec.az, rec.group);
        m_buckets[rec.bucket].pods.push_back(rec.index);
        m_bottomPods.push_back(rec.index);
        m_azPods[rec.az].push_back(rec.index);
    }
    std::vector<std::uint32_t> order(m_records.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [this](auto a, auto b) { return m_pods[a].name < m_pods[b].name; });
    for (std::uint32_t rank = 0; rank < order.size(); ++rank)
        m_records[order[rank]].nameRank = rank;
    std::sort(order.begin(), order.end(), [this](auto a, auto b) {
        return std::pair(m_pods[a].createdAtUs, a) < std::pair(m_pods[b].createdAtUs, b);
    });
    for (std::uint32_t rank = 0; rank < order.size(); ++rank)
        m_records[order[rank]].creationRank = rank;
    m_summaries.assign(m_buckets.size(), BucketSummary{}); // members and ranks may have changed
    rebuildCandidateBuckets();
}

// For every (request group, AZ or any) the buckets whose pods pass the AZ and
// affinity filters (or all, when those filters are off). Recomputed when pods,
// AZs, groups or the config change - never per decision.
void Engine::rebuildCandidateBuckets()
{
    const bool byAz = m_config.filters.contains(FilterKind::AvailabilityZone);
    const bool byGroup = m_config.filters.contains(FilterKind::ResourceAffinity);
    m_azBuckets.assign(m_azs.size(), {});
    m_allBuckets.clear();
    for (std::uint32_t b = 0; b < m_buckets.size(); ++b) {
        m_azBuckets[m_buckets[b].az].push_back(b);
        m_allBuckets.push_back(b);
    }
    m_candidateBuckets.assign(m_groups.size(), std::vector<std::vector<std::uint32_t>>(m_azs.size() + 1));
    for (std::uint32_t g = 0; g < m_groups.size(); ++g) {
        for (std::uint32_t az = 0; az <= m_azs.size(); ++az) {
            auto &out = m_candidateBuckets[g][az];
            for (std::uint32_t b = 0; b < m_buckets.size(); ++b) {
                const Bucket &bk = m_buckets[b];
                const bool azOk = !byAz || az == m_azs.size() || bk.az == az;
                if (azOk && (!byGroup || m_groups.matches(g, bk.group)))
                    out.push_back(b);
            }
        }
    }
}

const std::vector<std::uint32_t> &Engine::candidateBuckets(std::uint32_t group, std::uint32_t az) const
{
    return m_candidateBuckets[group][az == kNone ? m_azs.size() : az];
}

void Engine::loadBindings(const std::vector<Binding> &bindings)
{
    m_tenants.reserve(bindings.size() / 2 + 16);
    m_active.reserve(bindings.size());
    m_history.reserve(bindings.size());
    for (const Binding &b : bindings) {
        const auto pod = findPod(b.podId);
        if (!pod || m_records[*pod].top || b.tenantId.empty())
            continue; // the store refuses these; nothing to schedule around
        const std::uint32_t tenant = m_tenants.intern(b.tenantId);
        m_history.insertOrAssign(packKey(tenant, *pod), 1);
        if (b.active && m_records[*pod].bucket != kNone)
            setActive(tenant, m_records[*pod].bucket, *pod);
    }
}

std::optional<std::uint32_t> Engine::findPod(std::string_view idOrName) const
{
    const auto it = m_podByIdOrName.find(idOrName);
    if (it == m_podByIdOrName.end() || m_records[it->second].removed)
        return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> Engine::activePod(std::uint32_t tenant, std::uint32_t bucket) const
{
    if (const Active *a = m_active.find(packKey(tenant, bucket)))
        return a->pod;
    return std::nullopt;
}

bool Engine::usedBefore(std::uint32_t tenant, std::uint32_t pod) const
{
    return m_history.contains(packKey(tenant, pod));
}

std::vector<ActiveBindingView> Engine::activeBindings() const
{
    std::vector<ActiveBindingView> out;
    out.reserve(m_active.size());
    m_active.forEach([&](std::uint64_t key, const Active &a) {
        const auto tenant = std::uint32_t(key >> 32);
        const Bucket &b = m_buckets[std::uint32_t(key)];
        out.push_back({tenant, a.pod, m_tenants.name(tenant), m_pods[a.pod].id, m_azs.name(b.az),
                       m_groups.key(b.group)});
    });
    std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        return std::tie(x.tenantId, x.podId) < std::tie(y.tenantId, y.podId);
    });
    return out;
}

std::size_t Engine::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_records.capacity() * sizeof(PodRecord) +
                        m_pods.size() * (sizeof(Pod) + 64) + m_podByIdOrName.size() * 48;
    for (const Bucket &b : m_buckets)
        bytes += sizeof(Bucket) + b.pods.capacity() * 4;
    for (const auto &perGroup : m_candidateBuckets)
        for (const auto &list : perGroup)
            bytes += sizeof(list) + list.capacity() * 4;
    bytes += (m_bottomPods.capacity() + m_allBuckets.capacity() + m_activePerTenant.capacity()) * 4;
    for (const BucketSummary &summary : m_summaries)
        bytes += summary.memoryBytes();
    return bytes + m_tenants.memoryBytes() + m_azs.memoryBytes() + m_active.memoryBytes() +
           m_history.memoryBytes() + m_log.memoryBytes() + m_scratch.capacity() * sizeof(void *) +
           m_order.capacity() * 4;
}

} // namespace sched
