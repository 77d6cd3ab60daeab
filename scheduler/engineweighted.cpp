// SPDX-License-Identifier: Apache-2.0
// Engine: the design's `weighted` policy - sticky bindings, filters, weighers.

#include "engine.h"
#include "filters.h"

#include <algorithm>

namespace sched {

std::optional<Rejection> Engine::hotCheck(const PodRecord &pod, const ResolvedRequest &r) const
{
    if (pod.removed)
        return Rejection{FilterKind::PodState, Reason::Removed, Resource::Vcpus, 0, 0, 0};
    for (const Filter *f : m_hotFilters)
        if (auto rejection = f->check(pod, r, m_groups))
            return rejection;
    return std::nullopt;
}

// Every enabled filter in order. The top region and removed pods are never
// bindable whatever the configuration says (DOMAIN: the top is Trio2o itself).
std::optional<Rejection> Engine::fullCheck(const PodRecord &pod, const ResolvedRequest &r) const
{
    if (pod.top)
        return Rejection{FilterKind::BottomPod, Reason::TopRegion, Resource::Vcpus, 0, 0, 0};
    if (pod.removed)
        return Rejection{FilterKind::PodState, Reason::Removed, Resource::Vcpus, 0, 0, 0};
    for (const auto &f : m_filters)
        if (auto rejection = f->check(pod, r, m_groups))
            return rejection;
    return std::nullopt;
}

// Bindings are sticky: the first active binding in the request's scope whose
// pod still passes every filter is kept, even if another pod weighs more.
std::optional<Engine::Slot> Engine::findKeepable(const ResolvedRequest &r, Decision &d) const
{
    if (!hasActive(r.tenant))
        return std::nullopt; // a new tenant: no lookup in each of up to 40 buckets
    for (const std::uint32_t b : candidateBuckets(r.group, r.az)) {
        const Active *a = m_active.find(packKey(r.tenant, b));
        if (!a)
            continue;
        auto rejection = hotCheck(m_records[a->pod], r);
        if (!rejection)
            return Slot{a->pod, b};
        if (!d.currentRejection)
            d.currentRejection = rejection;
    }
    return std::nullopt;
}

namespace {

// Bit per hot filter kind (FilterKind order).
std::uint32_t hotMask(const std::vector<const Filter *> &filters)
{
    std::uint32_t mask = 0;
    for (const Filter *f : filters)
        mask |= 1u << unsigned(f->kind());
    return mask;
}

bool has(std::uint32_t mask, FilterKind k) { return mask & (1u << unsigned(k)); }

// The hot filters that look at the request's own pod list (a drain's ignored
// pod, a forced destination): the rest is in the bucket summaries.
bool passesPodLists(std::uint32_t mask, const PodRecord &pod, const ResolvedRequest &r)
{
    return (!has(mask, FilterKind::IgnorePods) || IgnorePodsFilter::passes(pod, r)) &&
           (!has(mask, FilterKind::DestinationPod) || DestinationPodFilter::passes(pod, r));
}

} // namespace

const BucketSummary &Engine::summary(std::uint32_t bucket) const
{
    BucketSummary &s = m_summaries[bucket];
    if (s.stale())
        s.rebuild(m_buckets[bucket].pods, m_records);
    return s;
}

// With `rows`, each passing pod's raw weight row (kept by its bucket's
// summary) goes into it (a local copy of the rows so their bounds stay in
// registers). Where the summary vouches for its ready pods they are taken as
// a block; the others are checked one by one. The candidates' order is then
// not the buckets' - nothing depends on it: the choice is the highest total,
// ties to the pod name - but the rejected pods are met in bucket order, so
// the failure's example is the same.
void Engine::gatherCandidates(const ResolvedRequest &r, Failure &failure, RawRows *rows) const
{
    m_scratch.clear();
    const std::uint32_t mask = hotMask(m_hotFilters);
    const bool podLists = (has(mask, FilterKind::IgnorePods) && !r.ignore.empty()) ||
                          (has(mask, FilterKind::DestinationPod) && r.destination != kNone);
    const bool checkState = has(mask, FilterKind::PodState);
    const bool checkCapacity = has(mask, FilterKind::Capacity);
    RawRows local = rows ? *rows : RawRows(nullptr, nullptr);
    for (const std::uint32_t b : candidateBuckets(r.group, r.az)) {
        const BucketSummary &s = summary(b);
        const auto consider = [&](std::size_t slot) {
            const PodRecord &pod = m_records[s.pod(slot)];
            const auto take = [&] {
                m_scratch.push_back(&pod);
                if (rows)
                    local.addRow(s.row(slot));
            };
            if (s.admits(slot, r, checkState, checkCapacity) && passesPodLists(mask, pod, r))
                return take();
            // Why - or a pass the summary could not vouch for. (Initialised
            // here, not assigned: a copied optional stalled on store forwarding.)
            const auto rejection = hotCheck(pod, r);
            if (!rejection)
                return take();
            ++failure.rejectedBy[std::size_t(rejection->filter)];
            if (!failure.example)
                failure.example = rejection;
        };
        if (podLists || s.hasNan() || (checkCapacity && !s.readyFit(r))) {
            for (std::size_t k = 0; k < s.size(); ++k)
                consider(s.slotOf(k));
            continue;
        }
        for (std::size_t slot = 0; slot < s.readyCount(); ++slot)
            m_scratch.push_back(&m_records[s.pod(slot)]);
        if (rows)
            local.addBlock(s.row(0), s.readyCount(), s.readyLo(), s.readyHi());
        for (std::size_t slot = s.readyCount(); slot < s.size(); ++slot)
            consider(slot);
    }
    if (rows)
        *rows = local;
}

// Highest total wins, ties by pod name (from the rows gatherCandidates()
// filled); with a subset size N, one of the best N picked by a hash of (seed,
// tenant, scope) so the same input always gives the same pod.
std::uint32_t Engine::choose(const ResolvedRequest &r, const RawRows &rows) const
{
    if (m_config.subsetSize <= 1) {
        std::array<WeigherKind, kWeigherCount> kinds{};
        for (std::size_t w = 0; w < m_activeWeighers.size(); ++w)
            kinds[w] = m_activeWeighers[w]->kind(); // the engine's weighers are the built-in ones
        const auto best = m_table.best(std::span(kinds).first(m_activeWeighers.size()), m_activeMultipliers, m_scratch, rows);
        return m_scratch[best]->index;
    }
    m_table.compute(m_activeWeighers, m_activeMultipliers, m_scratch, r);
    const auto better = [this](std::uint32_t a, std::uint32_t b) {
        const double ta = m_table.total(a);
        const double tb = m_table.total(b);
        if (ta != tb)
            return ta > tb;
        return m_scratch[a]->nameRank < m_scratch[b]->nameRank;
    };
    const auto n = std::uint32_t(m_scratch.size());
    m_order.resize(n);
    for (std::uint32_t c = 0; c < n; ++c)
        m_order[c] = c;
    const std::uint32_t k = std::min(n, m_config.subsetSize);
    std::partial_sort(m_order.begin(), m_order.begin() + k, m_order.end(), better);
    const std::uint64_t h = mix64(m_config.seed ^ m_tenants.hash(r.tenant) ^ mix64(packKey(r.az, r.group)));
    return m_scratch[m_order[h % k]]->index;
}

Decision Engine::decideWeighted(const ResolvedRequest &r) const
{
    Decision d = startDecision(r);
    if (const auto kept = findKeepable(r, d)) {
        d.outcome = Outcome::Keep;
        d.pod = kept->pod;
        d.bucket = kept->bucket;
        return d;
    }
    RawRows rows = m_table.rows(m_config.subsetSize <= 1 ? m_records.size() : 0);
    gatherCandidates(r, d.failure, m_config.subsetSize <= 1 ? &rows : nullptr);
    if (m_scratch.empty()) {
        const bool none = std::all_of(d.failure.rejectedBy.begin(), d.failure.rejectedBy.end(),
                                      [](std::uint32_t n) { return n == 0; });
        d.failure.code = none ? FailCode::NoCandidates : FailCode::AllRejected;
        return d;
    }
    d.pod = choose(r, rows);
    d.bucket = m_records[d.pod].bucket;
    d.outcome = Outcome::Bind;
    if (const Active *prev = m_active.find(packKey(r.tenant, d.bucket))) {
        d.outcome = prev->pod == d.pod ? Outcome::Keep : Outcome::Rebind;
        if (prev->pod != d.pod) {
            d.previousPod = prev->pod;
            d.previousBucket = d.bucket;
        }
    }
    return d;
}

Explanation Engine::explain(const ResolvedRequest &r) const
{
    Explanation e;
    e.decision = preview(r);
    for (const PodRecord &pod : m_records) {
        if (pod.removed)
            continue;
        CandidateReport c;
        c.pod = pod.index;
        c.podId = m_pods[pod.index].id;
        c.podName = m_pods[pod.index].name;
        c.rejection = fullCheck(pod, r);
        if (m_config.policy == Policy::Trio2o && !pod.top) { // upstream filtered on the AZ only
            c.rejection.reset();
            if (r.az != kNone && pod.az != r.az)
                c.rejection = Rejection{FilterKind::AvailabilityZone, Reason::OtherAz, {}, 0, 0, 0};
        }
        c.passed = !c.rejection;
        c.current = pod.bucket != kNone && activePod(r.tenant, pod.bucket) == pod.index;
        c.chosen = e.decision.outcome != Outcome::Fail && e.decision.pod == pod.index;
        e.candidates.push_back(c);
    }
    if (m_config.policy == Policy::Weighted)
        weighForExplain(r, e);
    return e;
}

// Weighs the passing pods with every weigher (zero multipliers included, so
// the dialog can show them); totals equal the hot path's.
void Engine::weighForExplain(const ResolvedRequest &r, Explanation &e) const
{
    std::vector<const PodRecord *> pods;
    std::vector<CandidateReport *> rows;
    for (CandidateReport &c : e.candidates)
        if (c.passed) {
            pods.push_back(&m_records[c.pod]);
            rows.push_back(&c);
        }
    std::vector<const Weigher *> weighers;
    for (const auto &w : m_weighers)
        weighers.push_back(w.get());
    WeightTable table;
    table.compute(weighers, m_config.multipliers, pods, r);
    for (std::size_t c = 0; c < rows.size(); ++c) {
        for (std::size_t w = 0; w < kWeigherCount; ++w)
            rows[c]->weights[w] = {table.raw(c, w), table.normalised(c, w), table.weighted(c, w)};
        rows[c]->total = table.total(c);
    }
}

} // namespace sched
