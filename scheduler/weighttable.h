// SPDX-License-Identifier: Apache-2.0
#pragma once

// Weighs a set of candidates as Nova does: per weigher, raw values normalised
// to 0..1 across the candidates ((w - min) / (max - min); all equal -> 0), then
// multiplied and summed. Every call starts from scratch (no min/max kept
// between calls) and every weigher counts (no early return, no sorting inside
// the loop) - the two bugs of the unmerged upstream attempt. The buffers are
// reused so a warm table does not allocate.

#include "weighers.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace sched {

// Every built-in raw value of each candidate in a row (WeigherKind order), with
// each column's minimum and maximum taken as WeightTable::compute() takes
// them (std::min/max from the first candidate on, in order). Filled by the
// engine's candidate loop; a row is either computed here from the pod (add())
// or one a BucketSummary keeps (addRow(), addBlock(): only its address is
// taken, so a candidate costs a pointer, not a copy). A small value object so
// the bounds can stay in registers there.
class RawRows
{
public:
    RawRows(double *storage, const double **rows) : m_storage(storage), m_rows(rows) {}

    void add(const PodRecord &pod)
    {
        double *row = m_storage + m_stored++ * kWeigherCount;
        fill(pod, row);
        addRow(row);
    }
    void addRow(const double *row)
    {
        m_rows[m_count] = row;
        if (m_count++ == 0) {
            for (std::size_t w = 0; w < kWeigherCount; ++w)
                m_lo[w] = m_hi[w] = row[w];
            return;
        }
        for (std::size_t w = 0; w < kWeigherCount; ++w) {
            m_lo[w] = std::min(m_lo[w], row[w]);
            m_hi[w] = std::max(m_hi[w], row[w]);
        }
    }
    // `count` consecutive rows at once, with their columns' bounds.
    void addBlock(const double *rows, std::size_t count, const std::array<double, kWeigherCount> &lo,
                  const std::array<double, kWeigherCount> &hi)
    {
        if (count == 0)
            return;
        for (std::size_t k = 0; k < count; ++k)
            m_rows[m_count + k] = rows + k * kWeigherCount;
        if (m_count == 0) {
            m_lo = lo;
            m_hi = hi;
        } else {
            for (std::size_t w = 0; w < kWeigherCount; ++w) {
                m_lo[w] = std::min(m_lo[w], lo[w]);
                m_hi[w] = std::max(m_hi[w], hi[w]);
            }
        }
        m_count += count;
    }

    // The pod's raw values, column by column straight into the row (no array
    // on the stack: a wide load of narrow stores would stall on store forwarding).
    static void fill(const PodRecord &pod, double *row)
    {
        row[std::size_t(WeigherKind::CreationOrder)] = builtinRaw<WeigherKind::CreationOrder>(pod);
        row[std::size_t(WeigherKind::FreeRam)] = builtinRaw<WeigherKind::FreeRam>(pod);
        row[std::size_t(WeigherKind::FreeVcpus)] = builtinRaw<WeigherKind::FreeVcpus>(pod);
        row[std::size_t(WeigherKind::FreeDisk)] = builtinRaw<WeigherKind::FreeDisk>(pod);
        row[std::size_t(WeigherKind::Workload)] = builtinRaw<WeigherKind::Workload>(pod);
        row[std::size_t(WeigherKind::Cost)] = builtinRaw<WeigherKind::Cost>(pod);
    }

    std::size_t size() const { return m_count; }
    const double *row(std::size_t c) const { return m_rows[c]; }
    double lo(std::size_t column) const { return m_lo[column]; }
    double hi(std::size_t column) const { return m_hi[column]; }

private:
    double *m_storage;
    const double **m_rows;
    std::size_t m_stored = 0;
    std::size_t m_count = 0;
    std::array<double, kWeigherCount> m_lo{};
    std::array<double, kWeigherCount> m_hi{};
};

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
    // margin far above that rounding error of the best cheap total. The
    // accessors below are not meaningful afterwards (only compute() fills them).
    std::size_t best(std::span<const Weigher *const> weighers, std::span<const double> multipliers,
                     std::span<const PodRecord *const> pods, const ResolvedRequest &request);

    // The same for built-in weighers given by kind (kinds[k] with
    // multipliers[k]), from rows() filled with `pods` in order.
    RawRows rows(std::size_t capacity); // room for `capacity` candidates; valid until the next call
    std::size_t best(std::span<const WeigherKind> kinds, std::span<const double> multipliers,
                     std::span<const PodRecord *const> pods, const RawRows &rows);

    std::size_t candidates() const { return m_candidates; }
    std::size_t weighers() const { return m_weighers; }
    double raw(std::size_t c, std::size_t w) const { return m_raw[w * m_candidates + c]; }
    double normalised(std::size_t c, std::size_t w) const { return m_norm[w * m_candidates + c]; }
    double weighted(std::size_t c, std::size_t w) const { return m_norm[w * m_candidates + c] * m_mult[w]; }
    double total(std::size_t c) const { return m_total[c]; }

private:
    // For best(): the weighers whose range across the candidates is above 0
    // (the others add nothing), in the order given.
    struct Spread {
        std::size_t count = 0;
        std::array<std::size_t, kWeigherCount> column{}; // in a RawRows row
        std::array<double, kWeigherCount> lo{};
        std::array<double, kWeigherCount> range{};
        std::array<double, kWeigherCount> mult{};
    };
    std::optional<double> cheapTotals(const Spread &spread, const RawRows &rows);
    static double exactTotal(const double *row, const Spread &spread);

    std::size_t m_candidates = 0;
    std::size_t m_weighers = 0;
    std::vector<double> m_raw;  // weigher-major after compute(); RawRows' storage after rows()
    std::vector<const double *> m_rowAddresses; // RawRows' rows after rows()
    std::vector<double> m_norm; // weigher-major
    std::vector<double> m_mult;
    std::vector<double> m_total;
};

} // namespace sched
