// SPDX-License-Identifier: Apache-2.0
#include "replay.h"

#include "checkedamounts.h"
#include "growth.h"

#include <algorithm>

namespace whatif {

namespace {
constexpr std::uint32_t kUnresolved = sched::kNone - 1;
constexpr std::uint64_t kPublishEvery = 4096;
} // namespace

Replay::Replay(const Scenario &scenario, const sched::CloudState &base, const PolicyRun &policy)
    : Replay(scenario, base, policy, scenario.events.size())
{
}

Replay::Replay(const Scenario &scenario, const sched::CloudState &base, const PolicyRun &policy,
               std::uint64_t eventCount)
    : m_scenario(scenario)
    , m_engine(base, policy.config)
    , m_builder(m_engine, base, policy, eventCount, scenario.maxSamples)
{
}

bool Replay::run(const std::atomic<bool> *cancel, std::atomic<std::uint64_t> *done)
{
    watch(cancel, done);
    const auto &events = m_scenario.events;
    for (std::uint32_t i = 0; i < events.size(); ++i) {
        if (cancelled()) {
            m_stopped = true;
            break;
        }
        if (!step(i, events[i]))
            break;
    }
    publishProgress();
    return !m_stopped;
}

bool Replay::step(std::uint32_t index, const Event &event)
{
    if (m_tenantIds.size() < m_scenario.nameCount()) { // names interned since the last event
        m_tenantIds.resize(m_scenario.nameCount(), kUnresolved);
        m_azIds.resize(m_scenario.nameCount(), kUnresolved);
        m_groupIds.resize(m_scenario.nameCount(), kUnresolved);
    }
    if (!std::visit([&](const auto &e) { return apply(index, e); }, event)) {
        m_stopped = true;
        return false;
    }
    m_builder.eventDone(index + 1);
    return true;
}

void Replay::publishProgress()
{
    if (m_done)
        m_done->fetch_add(m_unpublished, std::memory_order_relaxed);
    m_unpublished = 0;
}

Report Replay::finish() { return m_builder.finish(m_stopped); }

void Replay::progress(std::uint64_t units)
{
    m_unpublished += units;
    if (m_done && m_unpublished >= kPublishEvery) {
        m_done->fetch_add(m_unpublished, std::memory_order_relaxed);
        m_unpublished = 0;
    }
}

NameId Replay::tenantAt(const TenantRef &who, std::uint64_t i) const
{
    if (who.list == kNoId)
        return who.tenant;
    const auto &list = m_scenario.tenantList(who.list);
    return list[i % list.size()];
}

// Interns once per scenario name; afterwards a request is built from cached ids.
bool Replay::resolve(NameId tenant, NameId az, NameId group, const sched::Amounts &size, sched::ResolvedRequest &out)
{
    if (m_tenantIds[tenant] == kUnresolved || m_azIds[az] == kUnresolved || m_groupIds[group] == kUnresolved) {
        const auto r = m_engine.resolve(m_scenario.name(tenant), m_scenario.name(az), m_scenario.name(group), size);
        if (!r.ok())
            return false;
        m_tenantIds[tenant] = r.request.tenant;
        m_azIds[az] = r.request.az;
        m_groupIds[group] = r.request.group;
    }
    out.tenant = m_tenantIds[tenant];
    out.az = m_azIds[az];
    out.group = m_groupIds[group];
    out.hasSize = true;
    out.size = size;
    return true;
}

void Replay::countFailure(const sched::Decision &d)
{
    if (d.outcome != sched::Outcome::Fail)
        return;
    if (d.tenant >= m_failures.size())
        m_failures.resize(m_engine.tenantCount(), 0);
    ++m_failures[d.tenant];
}

bool Replay::apply(std::uint32_t index, const CreateVm &e)
{
    for (std::uint64_t i = 0; i < e.count; ++i) {
        if ((i & (kPublishEvery - 1)) == kPublishEvery - 1 && cancelled())
            return false;
        progress(1);
        createOne(index, tenantAt(e.who, i), e.az, e.group, e.size);
    }
    return true;
}

void Replay::createOne(std::uint32_t index, NameId tenant, NameId az, NameId group, const sched::Amounts &size)
{
    sched::ResolvedRequest request;
    if (!resolve(tenant, az, group, size, request))
        return; // a bad group: ScenarioJson refuses those before running
    const sched::Decision d = m_engine.select(request);
    m_builder.decision(index, d, false);
    countFailure(d);
    if (d.departsFromUpstream())
        m_boundTwice.push_back({index, d.tenant, d.az, d.upstreamAlsoBound, d.pod});
    if (d.outcome != sched::Outcome::Fail) {
        m_engine.addUsage(d.pod, size, 1);
        m_builder.vmCreated(index, d.pod, size);
    }
}

std::optional<std::uint32_t> Replay::boundPod(std::uint32_t tenant, NameId az, NameId group) const
{
    const auto tags = sched::parseGroup(m_scenario.name(group));
    const auto groupId = tags ? m_engine.groups().find(*tags) : std::nullopt;
    const std::string_view azName = m_scenario.name(az);
    const auto azId = azName.empty() ? std::optional<std::uint32_t>(sched::kNone) : m_engine.findAz(azName);
    if (!groupId || !azId)
        return std::nullopt;
    return m_engine.boundPod(tenant, *azId, *groupId);
}

bool Replay::apply(std::uint32_t index, const DeleteVm &e)
{
    const std::uint64_t vms = e.who.list == kNoId ? 1 : m_scenario.tenantList(e.who.list).size();
    for (std::uint64_t i = 0; i < vms; ++i) {
        const std::uint64_t count = e.who.list == kNoId ? e.count : e.count / vms + (i < e.count % vms ? 1 : 0);
        if (count == 0)
            continue;
        const std::uint32_t tenant = m_engine.resolve(m_scenario.name(tenantAt(e.who, i)), {}, {}).request.tenant;
        const auto pod = boundPod(tenant, e.az, e.group);
        if (!pod) {
            m_builder.deleteSkipped(index, tenant, m_scenario.name(e.az), m_scenario.name(e.group));
            continue;
        }
        sched::Amounts total = e.size;
        for (auto &v : total)
            v = sched::saturatingMul(v, std::int64_t(count));
        const std::int64_t held = m_engine.pod(*pod).runningVms.value_or(0);
        const bool clamped = m_engine.subtractUsage(*pod, total, std::int64_t(count));
        m_builder.vmsDeleted(std::min<std::uint64_t>(count, std::uint64_t(std::max<std::int64_t>(0, held))), clamped);
    }
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t index, const SetUsage &e)
{
    if (const auto pod = m_engine.findPod(m_scenario.name(e.pod))) {
        sched::KnownAmounts used = m_engine.pod(*pod).used;
        used[std::size_t(e.resource)] = e.used;
        m_engine.setUsage(*pod, used, m_engine.pod(*pod).runningVms);
        m_builder.podChanged(index, *pod);
    }
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t index, const SetCapacity &e)
{
    if (const auto pod = m_engine.findPod(m_scenario.name(e.pod))) {
        sched::Amounts capacity = m_engine.pod(*pod).capacity;
        capacity[std::size_t(e.resource)] = e.total;
        m_engine.setCapacity(*pod, capacity, e.threshold);
        m_builder.podChanged(index, *pod);
    }
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t, const SetPodState &e)
{
    if (const auto pod = m_engine.findPod(m_scenario.name(e.pod)))
        m_engine.setState(*pod, e.state);
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t index, const AddPod &e)
{
    const std::uint32_t pod = m_engine.addPod(m_scenario.newPods()[e.pod]);
    m_builder.podAdded(pod);
    m_builder.podChanged(index, pod);
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t, const RemovePod &e)
{
    if (const auto pod = m_engine.findPod(m_scenario.name(e.pod)))
        m_engine.removePod(*pod);
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t index, const DrainPod &e)
{
    if (const auto pod = m_engine.findPod(m_scenario.name(e.pod))) {
        for (const sched::Decision &d : m_engine.drain(*pod)) {
            m_builder.decision(index, d, true);
            countFailure(d);
        }
    }
    progress(1);
    return true;
}

bool Replay::apply(std::uint32_t, const NewTenants &)
{
    progress(1);
    return true;
}


bool Replay::apply(std::uint32_t index, const Grow &e)
{
    if (e.growth == kNoId) { // not expanded: nothing known to grow
        progress(1);
        return true;
    }
    const Growth &g = m_scenario.growth(e.growth);
    m_builder.growth(index, g);
    GrowthSequence sequence(g);
    std::uint32_t pod = 0;
    std::uint64_t vm = 0;
    std::uint64_t made = 0;
    while (sequence.next(pod, vm)) {
        if ((++made & (kPublishEvery - 1)) == 0 && cancelled())
            return false;
        progress(1);
        const GrowPod &p = g.pods[pod];
        const auto &tenants = m_scenario.tenantList(p.tenants);
        createOne(index, tenants[vm % tenants.size()], p.az, p.group, *g.vmSize);
    }
    if (made == 0)
        progress(1);
    return true;
}

} // namespace whatif
