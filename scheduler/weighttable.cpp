// SPDX-License-Identifier: Apache-2.0
#include "weighttable.h"

#include "weighers.h"

#include <algorithm>
#include <cmath>

namespace sched {

namespace {

// One weigher's raw values, its minimum and maximum: a loop per built-in kind
// (the formula inlined), the virtual call only for another weigher.
template <WeigherKind K>
void fillBuiltin(double *raw, std::span<const PodRecord *const> pods, double &lo, double &hi)
{
    for (std::size_t c = 0; c < pods.size(); ++c) {
        const double v = builtinRaw<K>(*pods[c]);
        raw[c] = v;
        lo = c == 0 ? v : std::min(lo, v);
        hi = c == 0 ? v : std::max(hi, v);
    }
}

void fillRaw(const Weigher &weigher, double *raw, std::span<const PodRecord *const> pods,
             const ResolvedRequest &request, double &lo, double &hi)
{
    if (dynamic_cast<const CreationOrderWeigher *>(&weigher))
        return fillBuiltin<WeigherKind::CreationOrder>(raw, pods, lo, hi);
    if (dynamic_cast<const FreeResourceWeigher *>(&weigher)) {
        switch (weigher.kind()) {
        case WeigherKind::FreeRam: return fillBuiltin<WeigherKind::FreeRam>(raw, pods, lo, hi);
        case WeigherKind::FreeVcpus: return fillBuiltin<WeigherKind::FreeVcpus>(raw, pods, lo, hi);
        case WeigherKind::FreeDisk: return fillBuiltin<WeigherKind::FreeDisk>(raw, pods, lo, hi);
        default: break;
        }
    }
    if (dynamic_cast<const WorkloadWeigher *>(&weigher))
        return fillBuiltin<WeigherKind::Workload>(raw, pods, lo, hi);
    if (dynamic_cast<const CostWeigher *>(&weigher))
        return fillBuiltin<WeigherKind::Cost>(raw, pods, lo, hi);
    for (std::size_t c = 0; c < pods.size(); ++c) {
        raw[c] = weigher.raw(*pods[c], request);
        lo = c == 0 ? raw[c] : std::min(lo, raw[c]);
        hi = c == 0 ? raw[c] : std::max(hi, raw[c]);
    }
}

} // namespace

void WeightTable::compute(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                          std::span<const PodRecord *const> pods, const ResolvedRequest &request)
{
    m_candidates = pods.size();
    m_weighers = weighers.size();
    m_raw.resize(m_candidates * m_weighers);
    m_norm.resize(m_candidates * m_weighers);
    m_mult.assign(multipliers.begin(), multipliers.begin() + std::ptrdiff_t(m_weighers));
    m_total.assign(m_candidates, 0.0);
    for (std::size_t w = 0; w < m_weighers; ++w) {
        double *raw = m_raw.data() + w * m_candidates;
        double *norm = m_norm.data() + w * m_candidates;
        double lo = 0.0;
        double hi = 0.0;
        fillRaw(*weighers[w], raw, pods, request, lo, hi);
        const double range = hi - lo;
        const double mult = m_mult[w];
        if (!(range > 0.0)) {
            std::fill(norm, norm + m_candidates, 0.0); // all equal: 0 for everyone
            continue;
        }
        for (std::size_t c = 0; c < m_candidates; ++c) {
            norm[c] = (raw[c] - lo) / range;
            m_total[c] += norm[c] * mult;
        }
    }
}

void WeightTable::fillRanges(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                             std::span<const PodRecord *const> pods, const ResolvedRequest &request)
{
    m_candidates = pods.size();
    m_weighers = weighers.size();
    m_raw.resize(m_candidates * m_weighers);
    m_mult.assign(multipliers.begin(), multipliers.begin() + std::ptrdiff_t(m_weighers));
    m_lo.resize(m_weighers);
    m_range.resize(m_weighers);
    for (std::size_t w = 0; w < m_weighers; ++w) {
        double lo = 0.0;
        double hi = 0.0;
        fillRaw(*weighers[w], m_raw.data() + w * m_candidates, pods, request, lo, hi);
        m_lo[w] = lo;
        m_range[w] = hi - lo;
    }
}

// m_total = sum over weighers of (raw - lo) * (mult / range): each term within
// a few ulps of compute()'s ((raw - lo) / range) * mult. False when a value is
// not finite or the multipliers so small that rounding is no longer relative.
bool WeightTable::cheapTotals()
{
    m_total.assign(m_candidates, 0.0);
    for (std::size_t w = 0; w < m_weighers; ++w) {
        if (!(m_range[w] > 0.0))
            continue;
        const double k = m_mult[w] / m_range[w];
        const double lo = m_lo[w];
        if (!std::isfinite(k) || !std::isfinite(lo) || (k != 0.0 && std::fabs(k) < 1e-280))
            return false;
        const double *raw = m_raw.data() + w * m_candidates;
        for (std::size_t c = 0; c < m_candidates; ++c)
            m_total[c] += (raw[c] - lo) * k;
    }
    return true;
}

// compute()'s total for candidate c, operation for operation.
double WeightTable::exactTotal(std::size_t c) const
{
    double total = 0.0;
    for (std::size_t w = 0; w < m_weighers; ++w) {
        const double range = m_range[w];
        if (!(range > 0.0))
            continue;
        const double norm = (m_raw[w * m_candidates + c] - m_lo[w]) / range;
        total += norm * m_mult[w];
    }
    return total;
}

std::size_t WeightTable::best(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                              std::span<const PodRecord *const> pods, const ResolvedRequest &request)
{
    fillRanges(weighers, multipliers, pods, request);
    double scale = 0.0; // every term lies within +-|multiplier|
    for (std::size_t w = 0; w < m_weighers; ++w)
        scale += std::fabs(m_mult[w]);
    const bool cheap = cheapTotals() && std::isfinite(scale) && (scale == 0.0 || scale > 1e-200);
    double top = 0.0;
    bool prune = cheap; // not with a NaN or infinite total: compute()'s order decides those
    for (std::size_t c = 0; prune && c < m_candidates; ++c) {
        prune = std::isfinite(m_total[c]);
        top = c == 0 ? m_total[c] : std::max(top, m_total[c]);
    }
    // The winner's cheap total is at least top - 2 x (the cheap totals' error),
    // and that error is below 1e-14 x scale; 1e-9 x scale leaves a wide berth.
    const double floor = top - 1e-9 * scale;
    std::size_t bestIndex = 0;
    double bestTotal = 0.0;
    bool found = false;
    for (std::size_t c = 0; c < m_candidates; ++c) {
        if (prune && !(m_total[c] >= floor))
            continue;
        const double t = exactTotal(c);
        if (!found || t > bestTotal || (t == bestTotal && pods[c]->nameRank < pods[bestIndex]->nameRank)) {
            bestIndex = c;
            bestTotal = t;
            found = true;
        }
    }
    return bestIndex;
}

} // namespace sched
