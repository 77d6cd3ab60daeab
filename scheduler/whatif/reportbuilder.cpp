// SPDX-License-Identifier: Apache-2.0
#include "reportbuilder.h"

#include "checkedamounts.h"

#include <algorithm>
#include <tuple>
#include <random>

namespace whatif {

namespace {
constexpr std::uint32_t kFullBefore = kNoId - 1;
} // namespace

ReportBuilder::ReportBuilder(sched::Engine &engine, const sched::CloudState &base, const PolicyRun &policy,
                             std::uint64_t eventCount, std::uint32_t maxSamples)
    : m_engine(engine)
{
    m_report.policyName = policy.name;
    m_report.config = policy.config;
    std::random_device random;
    for (std::uint64_t &word : m_report.newIdSeed)
        word = (std::uint64_t(random()) << 32) ^ random();
    m_boundTenants.assign(engine.podCount(), 0);
    m_activeRefs.reserve(engine.activeBindingCount());
    for (const sched::Binding &b : base.bindings) {
        const auto tenant = b.active ? engine.findTenant(b.tenantId) : std::nullopt;
        const auto pod = tenant ? engine.findPod(b.podId) : std::nullopt;
        const std::uint32_t bucket = pod ? engine.podRecord(*pod).bucket : sched::kNone;
        if (bucket == sched::kNone || engine.activePod(*tenant, bucket) != pod)
            continue; // not what the engine holds active (the store refuses such states)
        ++m_boundTenants[*pod];
        m_activeRefs.insertOrAssign(sched::packKey(*tenant, *pod), BindingRef(m_baseIds.size()));
        m_baseIds.push_back(b.id);
    }
    m_baseIdSlot.assign(m_baseIds.size(), kNoId);
    for (std::uint32_t p = 0; p < engine.podCount(); ++p) {
        m_podSlot.push_back(kNoId);
        podAdded(p);
        if (m_podSlot[p] == kNoId)
            continue;
        PodReport &r = m_report.pods.back();
        r.before = figures(p);
        r.fullBefore = resourceAtThreshold(p).has_value();
        m_crossedAt[p] = r.fullBefore ? kFullBefore : kNoId;
    }
    const std::uint64_t samples = std::max<std::uint32_t>(1, maxSamples);
    m_report.series.every = std::uint32_t(std::max<std::uint64_t>(1, (eventCount + samples - 1) / samples));
    sample(0);
    m_nextSample = m_report.series.every;
}

void ReportBuilder::growth(std::uint32_t event, const Growth &g)
{
    GrowthRecord r{event, g.days, g.nowUs, g.vmSize, {}, g.skipped};
    r.pods.reserve(g.pods.size());
    for (const GrowPod &p : g.pods)
        r.pods.emplace_back(p.podName, p.vms);
    m_report.growth.push_back(std::move(r));
}

void ReportBuilder::podAdded(std::uint32_t pod)
{
    m_boundTenants.resize(m_engine.podCount(), 0);
    m_podSlot.resize(m_engine.podCount(), kNoId);
    m_crossedAt.resize(m_engine.podCount(), kNoId);
    const sched::Pod &p = m_engine.pod(pod);
    if (p.isTop()) {
        m_crossedAt[pod] = kFullBefore; // never reported
        return;
    }
    m_podSlot[pod] = std::uint32_t(m_report.pods.size());
    PodReport r;
    r.id = p.id;
    r.name = p.name;
    r.az = p.azName;
    r.group = m_engine.groups().key(m_engine.podRecord(pod).group);
    r.capacityBefore = p.capacity;
    r.limitBefore = m_engine.podRecord(pod).limit;
    m_report.pods.push_back(std::move(r));
}

// At its limit, or - after a VM of `size` landed - with less room left than
// that VM took: the next one like it goes elsewhere.
std::optional<sched::Resource> ReportBuilder::resourceAtThreshold(std::uint32_t pod, const sched::Amounts *size) const
{
    const sched::PodRecord &rec = m_engine.podRecord(pod);
    for (std::size_t i = 0; i < sched::kResourceCount; ++i) {
        if (rec.used[i] == sched::kUnknownUsage || rec.limit[i] <= 0)
            continue;
        if (rec.used[i] >= rec.limit[i] || (size && (*size)[i] > 0 && rec.limit[i] - rec.used[i] < (*size)[i]))
            return sched::Resource(i);
    }
    return std::nullopt;
}

void ReportBuilder::noteThreshold(std::uint32_t event, std::uint32_t pod, const sched::Amounts *size)
{
    const auto resource = resourceAtThreshold(pod, size);
    if (!resource || m_podSlot[pod] == kNoId)
        return;
    m_crossedAt[pod] = event;
    PodReport &r = m_report.pods[m_podSlot[pod]];
    r.crossedAt = event;
    r.crossedResource = *resource;
}

void ReportBuilder::podChanged(std::uint32_t event, std::uint32_t pod)
{
    if (pod < m_crossedAt.size() && m_crossedAt[pod] == kNoId)
        noteThreshold(event, pod);
}

PodFigures ReportBuilder::figures(std::uint32_t pod) const
{
    const sched::Pod &p = m_engine.pod(pod);
    return PodFigures{p.used, p.runningVms.value_or(0), m_boundTenants[pod], p.state};
}

void ReportBuilder::sample(std::uint64_t eventsDone)
{
    std::vector<PodFigures> values;
    values.reserve(m_report.pods.size());
    for (std::uint32_t p = 0; p < m_podSlot.size(); ++p)
        if (m_podSlot[p] != kNoId)
            values.push_back(figures(p));
    m_report.series.afterEvent.push_back(eventsDone);
    m_report.series.values.push_back(std::move(values));
    sampleHeadroom(eventsDone);
}

std::uint32_t ReportBuilder::headroomSlot(const PodReport &pod)
{
    const auto [it, added] = m_headroomIndex.emplace(std::pair(pod.az, pod.group), std::uint32_t(m_report.headroom.size()));
    if (added) {
        GroupHeadroom h;
        h.az = pod.az;
        h.group = pod.group;
        // A group that appears later (an added pod) had no room before.
        h.start = h.lowest = {std::int64_t(0), std::int64_t(0), std::int64_t(0)};
        m_report.headroom.push_back(std::move(h));
    }
    return it->second;
}

// Sums each group's room at this sample and keeps the lowest point per resource.
void ReportBuilder::sampleHeadroom(std::uint64_t eventsDone)
{
    const bool first = m_report.series.afterEvent.size() == 1;
    std::vector<sched::KnownAmounts> room(m_report.headroom.size(), {std::int64_t(0), std::int64_t(0), std::int64_t(0)});
    std::vector<std::uint32_t> enabled(room.size(), 0);
    for (std::uint32_t p = 0; p < m_podSlot.size(); ++p) {
        if (m_podSlot[p] == kNoId)
            continue;
        if (m_headroomSlot.size() <= m_podSlot[p])
            m_headroomSlot.resize(m_podSlot[p] + 1, kNoId);
        std::uint32_t &slot = m_headroomSlot[m_podSlot[p]];
        if (slot == kNoId)
            slot = headroomSlot(m_report.pods[m_podSlot[p]]);
        if (room.size() <= slot) {
            room.resize(slot + 1, {std::int64_t(0), std::int64_t(0), std::int64_t(0)});
            enabled.resize(slot + 1, 0);
        }
        const sched::PodRecord &rec = m_engine.podRecord(p);
        if (!m_engine.podExists(p) || rec.state != sched::PodState::Enabled)
            continue;
        ++enabled[slot];
        for (std::size_t i = 0; i < sched::kResourceCount; ++i) {
            auto &sum = room[slot][i];
            if (rec.used[i] == sched::kUnknownUsage)
                sum.reset();
            else if (sum)
                sum = sched::saturatingAdd(*sum, std::max<std::int64_t>(0, rec.limit[i] - rec.used[i]));
        }
    }
    for (std::size_t g = 0; g < room.size(); ++g) {
        GroupHeadroom &h = m_report.headroom[g];
        if (first)
            h.start = h.lowest = room[g];
        for (std::size_t i = 0; i < sched::kResourceCount; ++i) {
            const auto &now = room[g][i];
            if (!h.lowest[i] || (now && *now < *h.lowest[i])) {
                h.lowest[i] = now;
                h.lowestAfterEvent[i] = eventsDone;
            }
        }
        h.end = room[g];
        h.pods = enabled[g];
    }
}

void ReportBuilder::eventDone(std::uint64_t eventsDone)
{
    m_report.summary.events = eventsDone;
    if (eventsDone < m_nextSample)
        return;
    sample(eventsDone);
    m_nextSample += m_report.series.every;
}

void ReportBuilder::decision(std::uint32_t event, const sched::Decision &d, bool drain)
{
    Summary &s = m_report.summary;
    switch (d.outcome) {
    case sched::Outcome::Keep:
        ++s.keep;
        return;
    case sched::Outcome::Fail: {
        ++s.fail;
        FailureRecord f{event, tenantIndex(d.tenant), azIndex(d.azName), groupIndex(d.groupKey),
                        FailureKind::Scheduling, d.failure, kNoId};
        if (d.pod != sched::kNone)
            f.pod = reportPod(d.pod);
        m_report.failures.push_back(std::move(f));
        return;
    }
    case sched::Outcome::Bind:
        ++s.bind;
        break;
    case sched::Outcome::Rebind:
        ++s.rebind;
        break;
    }
    takeChanges(event, d, drain);
}

void ReportBuilder::deleteSkipped(std::uint32_t event, std::uint32_t engineTenant, std::string_view az,
                                  std::string_view group)
{
    ++m_report.summary.skipped;
    FailureRecord f;
    f.event = event;
    f.tenant = tenantIndex(engineTenant);
    f.az = azIndex(az);
    f.group = groupIndex(group);
    f.kind = FailureKind::NoBinding;
    m_report.failures.push_back(std::move(f));
}

void ReportBuilder::takeChanges(std::uint32_t event, const sched::Decision &d, bool drain)
{
    BindingRef ended = kNoId;
    std::uint32_t endedPod = sched::kNone;
    // A drain applies all its decisions first: buffer the log and consume one
    // decision's share (its Ended changes, then its Created one) at a time.
    if (m_pendingAt == m_pending.size()) {
        m_pending = m_engine.takeChanges();
        m_pendingAt = 0;
    }
    while (m_pendingAt < m_pending.size()) {
        const sched::BindingChange c = m_pending[m_pendingAt++];
        const std::uint64_t key = sched::packKey(c.tenant, c.pod);
        if (c.kind == sched::BindingChange::Kind::Ended) {
            --m_boundTenants[c.pod];
            const BindingRef *found = m_activeRefs.find(key);
            const BindingRef ref = exportRef(found ? *found : kNoId);
            m_activeRefs.erase(key);
            if (c.pod == d.previousPod && endedPod == sched::kNone) {
                ended = ref;
                endedPod = c.pod;
            } else {
                record(event, d, reportPod(c.pod), kNoId, ref, kNoId, ChangeReason::Replaced);
                if (c.pod == d.upstreamAlsoBound) // upstream leaves both active
                    m_report.changes.back().alongside = reportPod(d.pod);
            }
            continue;
        }
        ++m_boundTenants[c.pod];
        const BindingRef created = kNewBinding | m_nextNew++;
        m_activeRefs.insertOrAssign(key, created);
        ChangeReason reason = ChangeReason::NewBinding;
        if (endedPod != sched::kNone)
            reason = drain ? ChangeReason::Drain : d.currentRejection ? ChangeReason::CurrentRejected
                                                                      : ChangeReason::Rotation;
        record(event, d, endedPod == sched::kNone ? kNoId : reportPod(endedPod), reportPod(c.pod), ended, created,
               reason);
        return;
    }
}

void ReportBuilder::record(std::uint32_t event, const sched::Decision &d, std::uint32_t from, std::uint32_t to,
                           BindingRef end, BindingRef created, ChangeReason reason)
{
    ChangeRecord c{event, tenantIndex(d.tenant), azIndex(d.azName), groupIndex(d.groupKey), from, to, reason,
                   std::nullopt, end, created};
    if (reason == ChangeReason::CurrentRejected)
        c.rejection = d.currentRejection;
    m_report.changes.push_back(std::move(c));
}

BindingRef ReportBuilder::exportRef(BindingRef ref)
{
    if (ref == kNoId || (ref & kNewBinding))
        return ref;
    if (m_baseIdSlot[ref] == kNoId) {
        m_baseIdSlot[ref] = BindingRef(m_report.bindingIds.size());
        m_report.bindingIds.emplace_back(m_baseIds[ref]);
    }
    return m_baseIdSlot[ref];
}

std::uint32_t ReportBuilder::tenantIndex(std::uint32_t engineTenant)
{
    if (engineTenant >= m_tenantSlot.size())
        m_tenantSlot.resize(m_engine.tenantCount(), kNoId);
    std::uint32_t &slot = m_tenantSlot[engineTenant];
    if (slot == kNoId) {
        slot = std::uint32_t(m_report.tenants.size());
        m_report.tenants.emplace_back(m_engine.tenantId(engineTenant));
    }
    return slot;
}

// AZ names and group keys come as views into the engine's stable tables: a
// short scan by address answers almost every lookup without comparing text.
std::uint32_t ReportBuilder::cachedIndex(std::vector<std::pair<const char *, std::uint32_t>> &seen,
                                         std::map<std::string, std::uint32_t, std::less<>> &index,
                                         std::vector<std::string> &names, std::string_view name)
{
    for (const auto &[data, id] : seen)
        if (data == name.data() && names[id].size() == name.size())
            return id;
    const std::uint32_t id = nameIndex(index, names, name);
    if (seen.size() < 64)
        seen.push_back({name.data(), id});
    return id;
}

std::uint32_t ReportBuilder::azIndex(std::string_view az) { return cachedIndex(m_azSeen, m_azIndex, m_report.azs, az); }
std::uint32_t ReportBuilder::groupIndex(std::string_view group)
{
    return cachedIndex(m_groupSeen, m_groupIndex, m_report.groups, group);
}

std::uint32_t ReportBuilder::nameIndex(std::map<std::string, std::uint32_t, std::less<>> &index,
                                       std::vector<std::string> &names, std::string_view name)
{
    const auto it = index.find(name);
    if (it != index.end())
        return it->second;
    const auto id = std::uint32_t(names.size());
    names.emplace_back(name);
    index.emplace(std::string(name), id);
    return id;
}

Report ReportBuilder::finish(bool cancelled)
{
    for (std::uint32_t p = 0; p < m_podSlot.size(); ++p) {
        if (m_podSlot[p] == kNoId)
            continue;
        PodReport &r = m_report.pods[m_podSlot[p]];
        r.after = figures(p);
        r.capacity = m_engine.pod(p).capacity;
        r.removed = !m_engine.podExists(p);
    }
    for (std::uint32_t p = 0; p < m_podSlot.size(); ++p) {
        if (m_podSlot[p] != kNoId)
            m_report.pods[m_podSlot[p]].limit = m_engine.podRecord(p).limit;
    }
    if (m_report.series.afterEvent.back() != m_report.summary.events)
        sample(m_report.summary.events);
    std::sort(m_report.headroom.begin(), m_report.headroom.end(),
              [](const GroupHeadroom &a, const GroupHeadroom &b) { return std::tie(a.az, a.group) < std::tie(b.az, b.group); });
    m_report.cancelled = cancelled;
    return std::move(m_report);
}

} // namespace whatif
