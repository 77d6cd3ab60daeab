// SPDX-License-Identifier: Apache-2.0
#include "growth.h"

#include "capacityoutlook.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace whatif {

namespace {

using sched::outlook::NoFit;

// A pod's VMs over the days, or why it has none.
struct PodGrowth {
    std::uint64_t vms = 0;
    std::optional<GrowSkip> skip;
};

// More than any limit allows: keeps double -> integer conversions in range.
constexpr double kMaxVms = 1e15;

PodGrowth podGrowth(const sched::outlook::PodOutlook &p, const std::optional<sched::Amounts> &vm, std::uint32_t days)
{
    PodGrowth out;
    bool growing = false, poor = false, little = false;
    double vms = -1;
    for (std::size_t i = 0; i < sched::kResourceCount; ++i) {
        const sched::outlook::TrendFit &fit = p.resources[i].fit;
        poor = poor || fit.noFit == NoFit::PoorFit;
        little = little || fit.noFit == NoFit::TooLittleHistory;
        if (fit.noFit || fit.slopePerDay <= 0)
            continue;
        growing = true;
        if (vm && (*vm)[i] > 0)
            vms = std::max(vms, fit.slopePerDay * double(days) / double((*vm)[i]));
    }
    if (vms >= 0) {
        out.vms = std::uint64_t(std::llround(std::min(vms, kMaxVms)));
        if (out.vms == 0)
            out.skip = GrowSkip::LessThanOneVm;
    } else if (poor) {
        out.skip = GrowSkip::PoorFit;
    } else if (growing) {
        out.skip = GrowSkip::NoVmSize;
    } else {
        out.skip = little ? GrowSkip::TooLittleHistory : GrowSkip::FlatOrFalling;
    }
    return out;
}

// Tenants actively bound, per pod id, sorted and unique.
std::map<std::string_view, std::set<std::string_view>> boundTenants(const sched::CloudState &base)
{
    std::map<std::string_view, std::set<std::string_view>> out;
    for (const sched::Binding &b : base.bindings)
        if (b.active)
            out[b.podId].insert(b.tenantId);
    return out;
}

bool selected(const Scenario &s, const Grow &e, const sched::Pod &pod)
{
    if (e.az != kNoId && !s.name(e.az).empty() && s.name(e.az) != pod.azName)
        return false;
    return e.group == kNoId || s.name(e.group) == sched::groupKey(pod.tags);
}

Growth expand(Scenario &s, const Grow &e, const sched::CloudState &base,
              const std::map<std::string_view, std::set<std::string_view>> &tenants)
{
    sched::outlook::OutlookOptions options;
    options.nowUs = latestSampleUs(base);
    options.vmSize = e.vm;
    const sched::outlook::CapacityOutlook outlook = sched::outlook::computeOutlook(base, options);
    Growth g;
    g.days = e.days;
    g.nowUs = options.nowUs;
    g.vmSize = outlook.typicalVm;
    for (const sched::outlook::PodOutlook &p : outlook.pods) {
        const sched::Pod &pod = base.pods[p.pod];
        if (!selected(s, e, pod))
            continue;
        PodGrowth grown = podGrowth(p, g.vmSize, e.days);
        const auto bound = tenants.find(pod.id);
        if (!grown.skip && bound == tenants.end())
            grown.skip = GrowSkip::NoTenants;
        if (grown.skip) {
            ++g.skipped[std::size_t(*grown.skip)];
            continue;
        }
        std::vector<NameId> names;
        for (const std::string_view t : bound->second)
            names.push_back(s.intern(t));
        g.pods.push_back({pod.name, s.intern(pod.azName), s.intern(sched::groupKey(pod.tags)),
                          s.addTenantList(std::move(names)), grown.vms});
    }
    return g;
}

} // namespace

GrowthSequence::GrowthSequence(const Growth &growth) : m_growth(growth)
{
    for (std::uint32_t p = 0; p < growth.pods.size(); ++p)
        if (growth.pods[p].vms > 0)
            m_heap.push_back({0, p});
    std::make_heap(m_heap.begin(), m_heap.end(), [this](const Next &a, const Next &b) { return later(a, b); });
}

bool GrowthSequence::later(const Next &a, const Next &b) const
{
    // (2a + 1) / n_a against (2b + 1) / n_b, cross-multiplied.
    __extension__ typedef unsigned __int128 Wide; // GCC and Clang
    const Wide ta = Wide(2 * a.vm + 1) * m_growth.pods[b.pod].vms;
    const Wide tb = Wide(2 * b.vm + 1) * m_growth.pods[a.pod].vms;
    return ta != tb ? ta > tb : a.pod > b.pod;
}

bool GrowthSequence::next(std::uint32_t &pod, std::uint64_t &vm)
{
    if (m_heap.empty())
        return false;
    const auto cmp = [this](const Next &a, const Next &b) { return later(a, b); };
    std::pop_heap(m_heap.begin(), m_heap.end(), cmp);
    const Next n = m_heap.back();
    pod = n.pod;
    vm = n.vm;
    if (n.vm + 1 < m_growth.pods[n.pod].vms) {
        m_heap.back().vm = n.vm + 1;
        std::push_heap(m_heap.begin(), m_heap.end(), cmp);
    } else {
        m_heap.pop_back();
    }
    return true;
}

std::int64_t latestSampleUs(const sched::CloudState &base)
{
    std::int64_t latest = 0;
    for (const auto &[pod, history] : base.usageHistory)
        if (!history.empty())
            latest = std::max(latest, history.back().atUs);
    return latest;
}

void expandGrowth(Scenario &scenario, const sched::CloudState &base)
{
    std::optional<std::map<std::string_view, std::set<std::string_view>>> tenants;
    for (Event &event : scenario.events) {
        auto *grow = std::get_if<Grow>(&event);
        if (!grow)
            continue;
        if (!tenants)
            tenants = boundTenants(base);
        grow->growth = scenario.addGrowth(expand(scenario, *grow, base, *tenants));
    }
}

} // namespace whatif
