// SPDX-License-Identifier: Apache-2.0
#include "capacityoutlook.h"

#include "groupfill.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace sched::outlook {

namespace {

double threshold(const Pod &pod, const OutlookOptions &o)
{
    return pod.threshold > 0 && pod.threshold <= 1 ? pod.threshold : o.defaultThreshold;
}

// One resource's series of the pod's history within the window, in days since now.
std::vector<Point> series(const UsageHistory *history, std::int64_t sinceUs, std::int64_t nowUs, Resource resource)
{
    std::vector<Point> points;
    if (!history)
        return points;
    points.reserve(history->size());
    for (const UsageSample &s : *history) {
        if (s.atUs < sinceUs)
            continue;
        if (const auto &v = s.used[std::size_t(resource)])
            points.push_back({double(s.atUs - nowUs) / kMicrosPerDay, double(*v)});
    }
    return points;
}

NoProjection reasonOf(NoFit f)
{
    switch (f) {
    case NoFit::TooLittleHistory:
        return NoProjection::TooLittleHistory;
    case NoFit::FlatOrFalling:
        return NoProjection::FlatOrFalling;
    case NoFit::PoorFit:
        break;
    }
    return NoProjection::PoorFit;
}

ResourceOutlook resourceOutlook(const Pod &pod, Resource r, const UsageHistory *history,
                                const OutlookOptions &o, std::int64_t sinceUs)
{
    const auto i = std::size_t(r);
    ResourceOutlook out;
    out.used = pod.used[i];
    out.total = pod.capacity[i];
    out.limit = double(out.total) * threshold(pod, o);
    const auto points = series(history, sinceUs, o.nowUs, r);
    out.fit = fitTrend(points, std::max(1.0, 0.005 * double(out.total)));
    if (out.used)
        out.capacityRemaining = std::max<std::int64_t>(0, std::int64_t(std::floor(out.limit)) - *out.used);
    Projection &p = out.daysRemaining;
    if (out.total <= 0)
        p.reason = NoProjection::NoCapacity;
    else if (!out.used && points.empty())
        p.reason = NoProjection::UsageUnknown;
    else if (out.used && double(*out.used) >= out.limit)
        p.trend = p.conservative = 0.0; // over its threshold already
    else if (out.fit.noFit)
        p.reason = reasonOf(*out.fit.noFit);
    else {
        const double now = out.fit.valueAt(0);
        p.trend = std::max(0.0, (out.limit - now) / out.fit.slopePerDay);
        p.conservative = std::max(0.0, (out.limit - now - out.fit.band) / out.fit.slopePerDay);
    }
    return out;
}

void countTypicalVms(PodOutlook &pod, const std::optional<Amounts> &vm)
{
    if (!vm)
        return;
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        ResourceOutlook &r = pod.resources[i];
        if (r.capacityRemaining && (*vm)[i] > 0)
            r.typicalVmsRemaining = *r.capacityRemaining / (*vm)[i];
    }
}

FillingPod fillingPod(const Pod &pod, const PodOutlook &out, bool conservative)
{
    FillingPod f;
    f.takesNew = pod.state == PodState::Enabled;
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        const ResourceOutlook &r = out.resources[i];
        const bool fitted = !r.fit.noFit;
        f.bounded[i] = r.total > 0 && (r.used || r.fit.samples > 0);
        f.limit[i] = r.limit;
        // The line's value now, never below what is in use; a pod without a
        // usable line stays where it is.
        double level = fitted ? r.fit.valueAt(0) : r.fit.valueAtLast;
        if (r.used)
            level = fitted ? std::max(level, double(*r.used)) : double(*r.used);
        f.level[i] = level + (conservative && fitted ? r.fit.band : 0.0);
        f.growth[i] = fitted ? std::max(0.0, r.fit.slopePerDay) : 0.0;
    }
    return f;
}

// Why a group has no date: the first pod reason that stops it, by weight.
std::optional<NoProjection> groupReason(const std::vector<const PodOutlook *> &pods, const CloudState &state)
{
    bool anyFit = false;
    for (const PodOutlook *p : pods) {
        const Pod &pod = state.pods[p->pod];
        for (const ResourceOutlook &r : p->resources) {
            if (r.fit.noFit == NoFit::PoorFit && pod.state == PodState::Enabled)
                return NoProjection::PoorFit;
            anyFit = anyFit || !r.fit.noFit;
        }
    }
    if (!anyFit) {
        for (const PodOutlook *p : pods) {
            for (const ResourceOutlook &r : p->resources) {
                if (r.fit.noFit == NoFit::TooLittleHistory && r.total > 0)
                    return NoProjection::TooLittleHistory;
            }
        }
        return NoProjection::FlatOrFalling;
    }
    return std::nullopt;
}

GroupOutlook groupOutlook(const std::string &az, const std::string &group, std::vector<const PodOutlook *> pods,
                          const CloudState &state, const OutlookOptions &o)
{
    // Filling order: oldest first, as the creation-order weigher and the trio2o policy fill.
    std::stable_sort(pods.begin(), pods.end(), [&](const PodOutlook *a, const PodOutlook *b) {
        return state.pods[a->pod].createdAtUs < state.pods[b->pod].createdAtUs;
    });
    GroupOutlook g{az, group, {}, {}, {}, {}};
    std::vector<FillingPod> trend;
    std::vector<FillingPod> conservative;
    for (const PodOutlook *p : pods) {
        g.pods.push_back(p->pod);
        trend.push_back(fillingPod(state.pods[p->pod], *p, false));
        conservative.push_back(fillingPod(state.pods[p->pod], *p, true));
        for (std::size_t i = 0; i < kResourceCount; ++i)
            g.growthPerDay[i] += trend.back().growth[i];
    }
    for (std::size_t i = 0; i < kResourceCount; ++i)
        g.newPodCapacity[i] = std::int64_t(std::ceil(g.growthPerDay[i] * o.horizonDays / o.defaultThreshold));
    g.noneTakesNew = std::none_of(trend.begin(), trend.end(), [](const FillingPod &f) { return f.takesNew; });
    if (g.noneTakesNew) {
        g.newPodNeeded.trend = g.newPodNeeded.conservative = 0.0;
        return g;
    }
    g.newPodNeeded.reason = groupReason(pods, state);
    if (g.newPodNeeded.reason)
        return g;
    g.newPodNeeded.trend = daysUntilGroupFull(trend);
    g.newPodNeeded.conservative = daysUntilGroupFull(conservative);
    if (!g.newPodNeeded.trend) {
        const bool unknown = std::any_of(trend.begin(), trend.end(), [](const FillingPod &f) {
            return f.takesNew && std::none_of(f.bounded.begin(), f.bounded.end(), [](bool b) { return b; });
        });
        g.newPodNeeded.reason = unknown ? NoProjection::UsageUnknown : NoProjection::FlatOrFalling;
        g.newPodNeeded.conservative.reset();
    }
    return g;
}

// "az2" < "az10": digit runs compare by value.
bool naturalLess(const std::string &a, const std::string &b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (std::isdigit((unsigned char)a[i]) && std::isdigit((unsigned char)b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit((unsigned char)a[ei])) ++ei;
            while (ej < b.size() && std::isdigit((unsigned char)b[ej])) ++ej;
            const auto na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
            const auto ta = na.substr(std::min(na.find_first_not_of('0'), na.size()));
            const auto tb = nb.substr(std::min(nb.find_first_not_of('0'), nb.size()));
            if (ta.size() != tb.size())
                return ta.size() < tb.size();
            if (ta != tb)
                return ta < tb;
            i = ei, j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i, ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace

std::optional<double> PodOutlook::soonest() const
{
    std::optional<double> best;
    for (const ResourceOutlook &r : resources) {
        if (r.daysRemaining.conservative && (!best || *r.daysRemaining.conservative < *best))
            best = r.daysRemaining.conservative;
    }
    return best;
}

bool PodOutlook::atRisk(double horizonDays) const
{
    const auto days = soonest();
    return days && *days <= horizonDays;
}

std::optional<Amounts> measureTypicalVm(const CloudState &state, std::int64_t sinceUs)
{
    std::array<std::vector<double>, kResourceCount> perVm;
    for (const auto &[podId, history] : state.usageHistory) {
        for (std::size_t k = 1; k < history.size(); ++k) {
            const UsageSample &a = history[k - 1], &b = history[k];
            if (b.atUs < sinceUs || !a.runningVms || !b.runningVms || *b.runningVms <= *a.runningVms)
                continue;
            const double vms = double(*b.runningVms - *a.runningVms);
            for (std::size_t i = 0; i < kResourceCount; ++i) {
                if (a.used[i] && b.used[i] && *b.used[i] > *a.used[i])
                    perVm[i].push_back(double(*b.used[i] - *a.used[i]) / vms);
            }
        }
    }
    // A resource that never rose with the VM count stays 0 (not measured).
    Amounts size{};
    bool measured = false;
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        auto &v = perVm[i];
        if (v.size() < 3)
            continue;
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        size[i] = std::max<std::int64_t>(1, std::llround(v[v.size() / 2]));
        measured = true;
    }
    return measured ? std::optional(size) : std::nullopt;
}

CapacityOutlook computeOutlook(const CloudState &state, const OutlookOptions &o)
{
    CapacityOutlook out;
    const auto sinceUs = o.nowUs - std::int64_t(o.windowDays * kMicrosPerDay);
    out.typicalVm = o.vmSize ? o.vmSize : measureTypicalVm(state, sinceUs);
    out.pods.reserve(state.pods.size());
    for (std::size_t k = 0; k < state.pods.size(); ++k) {
        const Pod &pod = state.pods[k];
        if (pod.isTop())
            continue;
        const auto it = state.usageHistory.find(pod.id);
        const UsageHistory *history = it == state.usageHistory.end() ? nullptr : &it->second;
        PodOutlook p;
        p.pod = k;
        for (Resource r : kAllResources)
            p.resources[std::size_t(r)] = resourceOutlook(pod, r, history, o, sinceUs);
        countTypicalVms(p, out.typicalVm);
        out.pods.push_back(std::move(p));
    }
    std::map<std::pair<std::string, std::string>, std::vector<const PodOutlook *>> groups;
    for (const PodOutlook &p : out.pods) {
        const Pod &pod = state.pods[p.pod];
        groups[{pod.azName, groupKey(pod.tags)}].push_back(&p);
    }
    for (auto &[key, pods] : groups)
        out.groups.push_back(groupOutlook(key.first, key.second, pods, state, o));
    std::stable_sort(out.groups.begin(), out.groups.end(), [](const GroupOutlook &a, const GroupOutlook &b) {
        if (a.az != b.az)
            return naturalLess(a.az, b.az);
        return naturalLess(a.group, b.group);
    });
    return out;
}

} // namespace sched::outlook
