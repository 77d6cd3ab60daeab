// SPDX-License-Identifier: Apache-2.0
#include "weighttable.h"

#include "weighers.h"

#include <algorithm>

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

} // namespace sched
