#include "weighttable.h"

#include <algorithm>

namespace sched {

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
        for (std::size_t c = 0; c < m_candidates; ++c) {
            raw[c] = weighers[w]->raw(*pods[c], request);
            lo = c == 0 ? raw[c] : std::min(lo, raw[c]);
            hi = c == 0 ? raw[c] : std::max(hi, raw[c]);
        }
        const double range = hi - lo;
        for (std::size_t c = 0; c < m_candidates; ++c) {
            norm[c] = range > 0.0 ? (raw[c] - lo) / range : 0.0;
            m_total[c] += norm[c] * m_mult[w];
        }
    }
}

} // namespace sched
