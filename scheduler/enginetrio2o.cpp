// SPDX-License-Identifier: Apache-2.0
// Engine: the `trio2o` policy - upstream's FilterScheduler, decision for
// decision (DOMAIN.md, "What upstream Trio2o actually shipped").

#include "engine.h"

#include <algorithm>

namespace sched {

// Candidates: the requested AZ's pods (all pods for an empty AZ) in table
// order, then only bottom pods - upstream's single filter.
const std::vector<std::uint32_t> &Engine::trio2oCandidates(const ResolvedRequest &r) const
{
    static const std::vector<std::uint32_t> kEmpty;
    if (r.az == kNone)
        return m_bottomPods;
    return r.az < m_azPods.size() ? m_azPods[r.az] : kEmpty;
}

// The tenant's active binding whose pod is in the requested AZ (any bottom pod
// for an empty AZ) with the lowest pod_id: upstream reads the tenant's rows
// without an ORDER BY, so the database answers in its (tenant_id, pod_id)
// unique index's order. Pod ids compare byte by byte.
std::optional<Engine::Slot> Engine::trio2oCurrent(const ResolvedRequest &r) const
{
    static const std::vector<std::uint32_t> kEmpty;
    const auto &buckets = r.az == kNone ? m_allBuckets : r.az < m_azBuckets.size() ? m_azBuckets[r.az] : kEmpty;
    std::optional<Slot> best;
    for (const std::uint32_t b : buckets) {
        const Active *a = m_active.find(packKey(r.tenant, b));
        if (!a || m_records[a->pod].removed || (best && m_pods[a->pod].id >= m_pods[best->pod].id))
            continue;
        best = Slot{a->pod, b};
    }
    return best;
}

// A rotation into another (AZ, group) where the tenant is already bound:
// upstream ends only the current row, so that other binding stays active and
// the tenant is bound twice there. Our store cannot hold that; say so.
void Engine::noteUpstreamAlsoBound(Decision &d) const
{
    if (d.previousBucket == d.bucket)
        return;
    if (const Active *other = m_active.find(packKey(d.tenant, d.bucket)); other && other->pod != d.pod)
        d.upstreamAlsoBound = other->pod;
}

Decision Engine::decideTrio2o(const ResolvedRequest &r) const
{
    Decision d = startDecision(r);
    const auto current = trio2oCurrent(r);
    const bool grouped = !m_groups.tags(r.group).empty();
    if (current && !grouped) {
        d.outcome = Outcome::Keep;
        d.pod = current->pod;
        d.bucket = current->bucket;
        return d;
    }
    const auto &candidates = trio2oCandidates(r);
    if (candidates.empty()) {
        d.failure.code = FailCode::NoCandidates;
        return d;
    }
    std::uint32_t target = candidates.front(); // no binding, or current is last/absent
    if (current) {
        // A pod group stands in for "the current pod is exhausted": rotate.
        const auto it = std::find(candidates.begin(), candidates.end(), current->pod);
        if (it != candidates.end() && candidates.size() == 1) {
            d.failure.code = FailCode::OnlyCandidate;
            d.pod = current->pod;
            return d;
        }
        if (it != candidates.end() && std::next(it) != candidates.end())
            target = *std::next(it);
    }
    if (current && target == current->pod) {
        d.outcome = Outcome::Keep;
        d.pod = current->pod;
        d.bucket = current->bucket;
        return d;
    }
    if (usedBefore(r.tenant, target)) {
        // Upstream keeps one row per (tenant, pod): the insert hits the unique key.
        d.failure.code = FailCode::HistoryConflict;
        d.pod = target;
        return d;
    }
    d.pod = target;
    d.bucket = m_records[target].bucket;
    d.outcome = current ? Outcome::Rebind : Outcome::Bind;
    if (current) {
        d.previousPod = current->pod;
        d.previousBucket = current->bucket;
        noteUpstreamAlsoBound(d);
    }
    return d;
}

} // namespace sched
