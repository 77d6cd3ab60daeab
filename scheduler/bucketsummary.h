// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a decision needs to know about one (AZ, group) bucket at once. A
// request without an AZ meets ~40 buckets and 1,000 pods; checking each pod's
// record and computing its weights again was most of its time. The summary
// keeps, per pod, a compact copy of what the hot filters test and its raw
// weight row, and splits the pods into the *ready* ones (present, enabled,
// room left in every resource: what a request without a size needs) and the
// rest. When a request fits the ready pods' least headroom, they all pass and
// are taken as a block with their columns' precomputed bounds; only the rest
// (usually a few full or disabled pods) are looked at one by one.
//
// Slots: the ready pods first, then the rest, each part in bucket order.
// A pod's change updates its slot in place; a pod that becomes ready or stops
// being ready (or pods added or removed) marks the summary stale, and the
// next decision that reads the bucket rebuilds it.

#include "podrecord.h"
#include "request.h"
#include "weighttable.h"

#include <array>
#include <cstdint>
#include <vector>

namespace sched {

class BucketSummary
{
public:
    void markStale() { m_stale = true; }
    bool stale() const { return m_stale; }
    void rebuild(const std::vector<std::uint32_t> &pods, const std::vector<PodRecord> &records);
    // One pod's record changed (a replay's VM placed or deleted): its slot is
    // updated in place, and the bounds only where it held them; the summary
    // goes stale only when the pod became ready or stopped being ready.
    void refresh(const PodRecord &pod);

    std::size_t size() const { return m_slots.size(); }
    std::size_t readyCount() const { return m_ready; }
    std::size_t slotOf(std::size_t position) const { return m_slotOf[position]; } // bucket order -> slot
    std::uint32_t pod(std::size_t slot) const { return m_slots[slot].pod; }        // the engine's pod index
    const double *row(std::size_t slot) const { return m_rows.data() + slot * kWeigherCount; }
    const std::array<double, kWeigherCount> &readyLo() const { return m_readyLo; }
    const std::array<double, kWeigherCount> &readyHi() const { return m_readyHi; }

    // A weight that is not a number (only a pod's cost can be, and the model
    // refuses it) makes the columns' bounds depend on the candidates' order:
    // such a bucket is taken pod by pod in bucket order, as it always was.
    bool hasNan() const { return m_hasNan; }

    // Every ready pod passes the capacity filter for this request (they pass
    // the state filter by definition).
    bool readyFit(const ResolvedRequest &r) const { return !r.hasSize || fits(m_readyHeadroom, r); }

    // One pod's verdict from the compact copy, without a reason: never true
    // for a pod the state or capacity filter refuses; false may still be a
    // pass (ask the filters).
    bool admits(std::size_t slot, const ResolvedRequest &r, bool checkState, bool checkCapacity) const
    {
        const Slot &s = m_slots[slot];
        if (!s.exact || (checkState && !s.enabled))
            return false;
        return !checkCapacity || fits(s.headroom, r);
    }

    std::size_t memoryBytes() const
    {
        return sizeof(*this) + m_rows.capacity() * sizeof(double) +
               (m_slots.capacity() + m_byPosition.capacity()) * sizeof(Slot) + m_slotOf.capacity() * sizeof(std::uint32_t);
    }

private:
    struct Slot {
        std::array<std::int64_t, kResourceCount> headroom{}; // limit - used; unknown usage: int64 max
        std::uint32_t pod = kNone;
        bool exact = true; // present, and its headroom fits an int64 (else: ask the filters)
        bool enabled = true;
        bool ready() const;
    };
    static Slot slotFor(const PodRecord &pod);
    void recomputeReadyBounds();
    static bool fits(const std::array<std::int64_t, kResourceCount> &headroom, const ResolvedRequest &r)
    {
        for (std::size_t i = 0; i < kResourceCount; ++i)
            if (r.hasSize ? r.size[i] > headroom[i] : headroom[i] <= 0)
                return false;
        return true;
    }

    std::vector<Slot> m_slots;
    std::vector<Slot> m_byPosition; // rebuild()'s scratch
    std::vector<std::uint32_t> m_slotOf;
    std::vector<double> m_rows; // per slot
    std::size_t m_ready = 0;
    std::array<double, kWeigherCount> m_readyLo{};
    std::array<double, kWeigherCount> m_readyHi{};
    std::array<std::int64_t, kResourceCount> m_readyHeadroom{}; // least over the ready pods
    bool m_hasNan = false;
    bool m_stale = true;
};

} // namespace sched
