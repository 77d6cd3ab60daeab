// SPDX-License-Identifier: Apache-2.0
// Engine: resolving requests, applying decisions and the what-if mutations.

#include "engine.h"

#include "checkedamounts.h"

#include <algorithm>

namespace sched {

ResolveResult Engine::resolve(const Request &request)
{
    ResolveResult out;
    if (request.tenantId.empty()) {
        out.error = ResolveError::EmptyTenant;
        return out;
    }
    TagSet tags = request.group;
    if (!normaliseTags(tags)) {
        out.error = ResolveError::BadGroup;
        return out;
    }
    ResolvedRequest &r = out.request;
    const std::size_t groupsBefore = m_groups.size();
    const std::size_t azsBefore = m_azs.size();
    r.tenant = m_tenants.intern(request.tenantId);
    r.az = request.az.empty() ? kNone : m_azs.intern(request.az);
    r.group = m_groups.intern(tags);
    if (m_groups.size() != groupsBefore || m_azs.size() != azsBefore) {
        m_azPods.resize(m_azs.size());
        rebuildCandidateBuckets(); // a new group or AZ: rare, off the hot path
    }
    r.hasSize = request.size.has_value();
    r.size = request.size.value_or(Amounts{});
    for (const std::string &p : request.ignorePods)
        if (auto index = findPod(p))
            r.ignore.push_back(*index);
    if (request.destinationPod) {
        const auto index = findPod(*request.destinationPod);
        if (!index)
            out.error = ResolveError::UnknownDestination;
        else
            r.destination = *index;
    }
    return out;
}

ResolveResult Engine::resolve(std::string_view tenantId, std::string_view az, std::string_view groupText,
                              std::optional<Amounts> size)
{
    const auto tags = parseGroup(groupText);
    if (!tags) {
        ResolveResult bad;
        bad.error = ResolveError::BadGroup;
        return bad;
    }
    return resolve(Request{std::string(tenantId), std::string(az), *tags, size, {}, std::nullopt});
}

Decision Engine::select(const ResolvedRequest &request)
{
    Decision d = preview(request);
    apply(d);
    return d;
}

Decision Engine::preview(const ResolvedRequest &request) const
{
    Decision d = m_config.policy == Policy::Trio2o ? decideTrio2o(request) : decideWeighted(request);
    finishDecision(d, request);
    return d;
}

Decision Engine::startDecision(const ResolvedRequest &r) const
{
    Decision d;
    d.tenant = r.tenant;
    d.az = r.az;
    return d;
}

// Fills the string views from the indices the policy decided on.
void Engine::finishDecision(Decision &d, const ResolvedRequest &r) const
{
    d.tenantId = m_tenants.name(d.tenant);
    if (d.bucket != kNone) {
        d.az = m_buckets[d.bucket].az;
        d.groupKey = m_groups.key(m_buckets[d.bucket].group);
    } else {
        d.groupKey = m_groups.key(r.group);
    }
    d.azName = azName(d.az);
    if (d.pod != kNone) {
        d.podId = m_pods[d.pod].id;
        d.podName = m_pods[d.pod].name;
    }
    if (d.previousPod != kNone)
        d.previousPodId = m_pods[d.previousPod].id;
    if (d.upstreamAlsoBound != kNone) {
        d.upstreamAlsoBoundId = m_pods[d.upstreamAlsoBound].id;
        d.upstreamAlsoBoundName = m_pods[d.upstreamAlsoBound].name;
    }
}

void Engine::apply(const Decision &d)
{
    if (!d.changesBindings())
        return;
    // One active binding per (tenant, bucket), always: a binding the new one
    // displaces (trio2o's cross-AZ rotation, see upstreamAlsoBound) ends first,
    // so the previous pod's end and the new start stay adjacent (one rebind).
    if (d.bucket != d.previousBucket)
        endBinding(d.tenant, d.bucket);
    if (d.previousPod != kNone)
        endBinding(d.tenant, d.previousBucket);
    setActive(d.tenant, d.bucket, d.pod);
    m_history.insertOrAssign(packKey(d.tenant, d.pod), 1);
    m_log.created(d.tenant, d.pod);
}

void Engine::endBinding(std::uint32_t tenant, std::uint32_t bucket)
{
    const std::uint64_t key = packKey(tenant, bucket);
    if (const Active *a = m_active.find(key)) {
        m_log.ended(tenant, a->pod);
        m_active.erase(key);
        --m_activePerTenant[tenant];
    }
}

void Engine::setActive(std::uint32_t tenant, std::uint32_t bucket, std::uint32_t pod)
{
    if (!m_active.insertOrAssign(packKey(tenant, bucket), Active{pod}))
        return;
    if (tenant >= m_activePerTenant.size())
        m_activePerTenant.resize(std::max<std::size_t>(tenant + 1, m_tenants.size()), 0);
    ++m_activePerTenant[tenant];
}

std::vector<Decision> Engine::drain(std::uint32_t pod)
{
    std::vector<std::uint64_t> keys;
    m_active.forEach([&](std::uint64_t key, const Active &a) {
        if (a.pod == pod)
            keys.push_back(key);
    });
    std::sort(keys.begin(), keys.end()); // deterministic order
    std::vector<Decision> out;
    for (const std::uint64_t key : keys) {
        const Bucket &b = m_buckets[std::uint32_t(key)];
        ResolvedRequest r;
        r.tenant = std::uint32_t(key >> 32);
        r.az = b.az;
        r.group = b.group;
        r.ignore.push_back(pod);
        Decision d = decideWeighted(r);
        finishDecision(d, r);
        apply(d);
        out.push_back(d);
    }
    return out;
}

std::vector<BindingChange> BindingChangeLog::take(const Engine &engine)
{
    std::vector<BindingChange> out;
    out.reserve(m_records.size());
    for (const Record &r : m_records)
        out.push_back({r.kind, r.tenant, r.pod, engine.tenantId(r.tenant), engine.pod(r.pod).id});
    m_records.clear();
    return out;
}

void Engine::addUsage(std::uint32_t pod, const Amounts &size, std::int64_t vms)
{
    Pod &p = m_pods[pod];
    for (std::size_t i = 0; i < kResourceCount; ++i)
        if (p.used[i])
            *p.used[i] = saturatingAdd(*p.used[i], size[i]);
    p.runningVms = saturatingAdd(p.runningVms.value_or(0), vms);
    refreshRecord(pod);
}

bool Engine::subtractUsage(std::uint32_t pod, const Amounts &size, std::int64_t vms)
{
    Pod &p = m_pods[pod];
    bool clamped = false;
    const auto minus = [&clamped](std::int64_t have, std::int64_t take) {
        if (take > have) {
            clamped = true;
            return std::int64_t(0);
        }
        return have - take;
    };
    for (std::size_t i = 0; i < kResourceCount; ++i)
        if (p.used[i])
            *p.used[i] = minus(*p.used[i], size[i]);
    p.runningVms = minus(p.runningVms.value_or(0), vms);
    refreshRecord(pod);
    return clamped;
}

std::optional<std::uint32_t> Engine::boundPod(std::uint32_t tenant, std::uint32_t az, std::uint32_t group) const
{
    const auto boundIn = [&](std::uint32_t azId) -> std::optional<std::uint32_t> {
        const auto it = m_bucketIndex.find(packKey(azId, group));
        return it == m_bucketIndex.end() ? std::nullopt : activePod(tenant, it->second);
    };
    if (az != kNone)
        return boundIn(az);
    for (std::uint32_t a = 0; a < m_azs.size(); ++a)
        if (const auto pod = boundIn(a))
            return pod;
    return std::nullopt;
}

void Engine::setUsage(std::uint32_t pod, const KnownAmounts &used, std::optional<std::int64_t> runningVms)
{
    m_pods[pod].used = used;
    m_pods[pod].runningVms = runningVms;
    refreshRecord(pod);
}

void Engine::setCapacity(std::uint32_t pod, const Amounts &capacity, std::optional<double> threshold)
{
    m_pods[pod].capacity = capacity;
    if (threshold)
        m_pods[pod].threshold = *threshold;
    refreshRecord(pod);
}

void Engine::setState(std::uint32_t pod, PodState state)
{
    m_pods[pod].state = state;
    refreshRecord(pod);
}

std::uint32_t Engine::addPod(const Pod &pod)
{
    appendPod(pod);
    rebuildIndexes(); // new bucket, AZ or group possible; ranks shift
    return std::uint32_t(m_records.size() - 1);
}

void Engine::removePod(std::uint32_t pod)
{
    m_records[pod].removed = true;
    rebuildIndexes();
}

} // namespace sched
