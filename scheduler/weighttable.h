// SPDX-License-Identifier: Apache-2.0
#pragma once

// Weighs a set of candidates as Nova does: per weigher, raw values normalised
// to 0..1 across the candidates ((w - min) / (max - min); all equal -> 0), then
// multiplied and summed. Every call starts from scratch (no min/max kept
// between calls) and every weigher counts (no early return, no sorting inside
// the loop) - the two bugs of the unmerged upstream attempt. The buffers are
// reused so a warm table does not allocate.

#include "weigher.h"

#include <cstddef>
#include <span>
#include <vector>

namespace sched {

class WeightTable
{
public:
    // weighers[k] is applied with multipliers[k]; results are per candidate in
    // the order of `pods`, so permuting pods or weighers permutes nothing else.
    void compute(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                 std::span<const PodRecord *const> pods, const ResolvedRequest &request);

    // The candidate compute() and a scan of total() would pick - the highest
    // total, ties to the lower PodRecord::nameRank - with the same arithmetic,
    // but the exact total (a division per weigher) is computed only for
    // candidates whose cheap total (a multiplication per weigher, within
    // ~1e-15 of the exact one relative to the multipliers) comes within a
    // margin far above that rounding error of the best cheap total. Only raw
    // values are kept afterwards: normalised()/total() are not filled.
    std::size_t best(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                     std::span<const PodRecord *const> pods, const ResolvedRequest &request);

    std::size_t candidates() const { return m_candidates; }
    std::size_t weighers() const { return m_weighers; }
    double raw(std::size_t c, std::size_t w) const { return m_raw[w * m_candidates + c]; }
    double normalised(std::size_t c, std::size_t w) const { return m_norm[w * m_candidates + c]; }
    double weighted(std::size_t c, std::size_t w) const { return m_norm[w * m_candidates + c] * m_mult[w]; }
    double total(std::size_t c) const { return m_total[c]; }

private:
    void fillRanges(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                    std::span<const PodRecord *const> pods, const ResolvedRequest &request);
    bool cheapTotals();
    double exactTotal(std::size_t c) const;

    std::size_t m_candidates = 0;
    std::size_t m_weighers = 0;
    std::vector<double> m_raw;  // weigher-major
    std::vector<double> m_norm; // weigher-major
    std::vector<double> m_mult;
    std::vector<double> m_total;
    std::vector<double> m_lo;    // per weigher
    std::vector<double> m_range; // per weigher: hi - lo
};

} // namespace sched
