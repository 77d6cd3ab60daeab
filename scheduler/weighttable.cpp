// SPDX-License-Identifier: Apache-2.0
#include "weighttable.h"

#include "weighers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

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

// The built-in kind a weigher computes, or none for another weigher.
std::optional<WeigherKind> builtinKind(const Weigher &weigher)
{
    if (dynamic_cast<const CreationOrderWeigher *>(&weigher) || dynamic_cast<const FreeResourceWeigher *>(&weigher) ||
        dynamic_cast<const WorkloadWeigher *>(&weigher) || dynamic_cast<const CostWeigher *>(&weigher))
        return weigher.kind();
    return std::nullopt;
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

std::size_t WeightTable::best(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                              std::span<const PodRecord *const> pods, const ResolvedRequest &request)
{
    std::array<WeigherKind, kWeigherCount> kinds{};
    bool builtin = weighers.size() <= kWeigherCount;
    for (std::size_t w = 0; builtin && w < weighers.size(); ++w) {
        const auto kind = builtinKind(*weighers[w]);
        builtin = kind.has_value();
        kinds[w] = kind.value_or(WeigherKind::CreationOrder);
    }
    if (!builtin) { // compute() and a scan
        compute(weighers, multipliers, pods, request);
        std::size_t top = 0;
        for (std::size_t c = 1; c < m_candidates; ++c)
            if (m_total[c] != m_total[top] ? m_total[c] > m_total[top] : pods[c]->nameRank < pods[top]->nameRank)
                top = c;
        return top;
    }
    RawRows table = rows(pods.size());
    for (const PodRecord *pod : pods)
        table.add(*pod);
    return best(std::span(kinds).first(weighers.size()), multipliers, pods, table);
}

RawRows WeightTable::rows(std::size_t capacity)
{
    if (m_raw.size() < capacity * kWeigherCount)
        m_raw.resize(capacity * kWeigherCount);
    if (m_rowAddresses.size() < capacity)
        m_rowAddresses.resize(capacity);
    return RawRows(m_raw.data(), m_rowAddresses.data());
}

// m_total = sum over the spread weighers of (raw - lo) * (mult / range): each
// term within a few ulps of compute()'s ((raw - lo) / range) * mult; returns
// the highest. None when a value is not finite or the multipliers so small
// that rounding is no longer relative (then nothing may be pruned).
std::optional<double> WeightTable::cheapTotals(const Spread &spread, const RawRows &rows)
{
    std::array<double, kWeigherCount> k{}; // per column of a row; 0 for the others
    std::array<double, kWeigherCount> lo{};
    for (std::size_t u = 0; u < spread.count; ++u) {
        const double ku = spread.mult[u] / spread.range[u];
        if (!std::isfinite(ku) || !std::isfinite(spread.lo[u]) || (ku != 0.0 && std::fabs(ku) < 1e-280))
            return std::nullopt;
        k[spread.column[u]] += ku; // a kind given twice weighs twice
        lo[spread.column[u]] = spread.lo[u];
    }
    m_total.resize(m_candidates);
    double top = -std::numeric_limits<double>::infinity();
    bool finite = true;
    for (std::size_t c = 0; c < m_candidates; ++c) {
        const double *row = rows.row(c);
        double t = 0.0;
        for (std::size_t w = 0; w < kWeigherCount; ++w)
            t += (row[w] - lo[w]) * k[w];
        m_total[c] = t;
        finite = finite && std::isfinite(t);
        top = std::max(top, t);
    }
    if (!finite) // a NaN or an infinite total: compute()'s order decides those
        return std::nullopt;
    return top;
}

// compute()'s total for candidate c, operation for operation (the weighers
// whose range is not above 0 add nothing there either).
double WeightTable::exactTotal(const double *row, const Spread &spread)
{
    double total = 0.0;
    for (std::size_t u = 0; u < spread.count; ++u) {
        const double norm = (row[spread.column[u]] - spread.lo[u]) / spread.range[u];
        total += norm * spread.mult[u];
    }
    return total;
}

std::size_t WeightTable::best(std::span<const WeigherKind> kinds, std::span<const double> multipliers,
                              std::span<const PodRecord *const> pods, const RawRows &rows)
{
    m_candidates = rows.size();
    m_weighers = kinds.size();
    m_mult.assign(multipliers.begin(), multipliers.begin() + std::ptrdiff_t(m_weighers));
    Spread spread;
    double scale = 0.0; // every term lies within +-|multiplier|
    for (std::size_t w = 0; w < m_weighers; ++w) {
        scale += std::fabs(m_mult[w]);
        const auto column = std::size_t(kinds[w]);
        const double range = rows.hi(column) - rows.lo(column);
        if (!(range > 0.0))
            continue;
        spread.column[spread.count] = column;
        spread.lo[spread.count] = rows.lo(column);
        spread.range[spread.count] = range;
        spread.mult[spread.count] = m_mult[w];
        ++spread.count;
    }
    const std::optional<double> top = cheapTotals(spread, rows);
    const bool prune = top && std::isfinite(scale) && (scale == 0.0 || scale > 1e-200);
    // The winner's cheap total is at least top - 2 x (the cheap totals' error),
    // and that error is below 1e-14 x scale; 1e-9 x scale leaves a wide berth.
    const double floor = prune ? *top - 1e-9 * scale : 0.0;
    std::size_t bestIndex = 0;
    double bestTotal = 0.0;
    bool found = false;
    for (std::size_t c = 0; c < m_candidates; ++c) {
        if (prune && !(m_total[c] >= floor))
            continue;
        const double t = exactTotal(rows.row(c), spread);
        if (!found || t > bestTotal || (t == bestTotal && pods[c]->nameRank < pods[bestIndex]->nameRank)) {
            bestIndex = c;
            bestTotal = t;
            found = true;
        }
    }
    return bestIndex;
}

} // namespace sched
