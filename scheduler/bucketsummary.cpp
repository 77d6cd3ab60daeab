// SPDX-License-Identifier: Apache-2.0
#include "bucketsummary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace sched {

namespace {

// limit - used (both come from outside data); unknown usage leaves the whole
// int64 range. None when it does not fit an int64: such a pod is left to the
// filters' own check.
std::optional<std::int64_t> headroomOf(const PodRecord &pod, std::size_t i)
{
    if (pod.used[i] == kUnknownUsage)
        return std::numeric_limits<std::int64_t>::max();
    std::int64_t room = 0;
    if (__builtin_sub_overflow(pod.limit[i], pod.used[i], &room))
        return std::nullopt;
    return room;
}

} // namespace

bool BucketSummary::Slot::ready() const
{
    return exact && enabled && std::all_of(headroom.begin(), headroom.end(), [](std::int64_t h) { return h > 0; });
}

BucketSummary::Slot BucketSummary::slotFor(const PodRecord &pod)
{
    Slot s;
    s.pod = pod.index;
    s.exact = !pod.removed;
    s.enabled = pod.state == PodState::Enabled;
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        const auto room = headroomOf(pod, i);
        s.exact = s.exact && room.has_value();
        s.headroom[i] = room.value_or(0);
    }
    return s;
}

void BucketSummary::rebuild(const std::vector<std::uint32_t> &pods, const std::vector<PodRecord> &records)
{
    const std::size_t n = pods.size();
    std::vector<Slot> &byPosition = m_byPosition; // reused: no allocation once warm
    byPosition.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        byPosition[k] = slotFor(records[pods[k]]);
    m_slots.clear();
    m_slotOf.resize(n);
    m_rows.resize(n * kWeigherCount);
    for (const bool readyPart : {true, false}) {
        for (std::size_t k = 0; k < n; ++k) {
            const Slot &s = byPosition[k];
            if (s.ready() != readyPart)
                continue;
            m_slotOf[k] = std::uint32_t(m_slots.size());
            RawRows::fill(records[s.pod], m_rows.data() + m_slots.size() * kWeigherCount);
            m_slots.push_back(s);
        }
        if (readyPart)
            m_ready = m_slots.size();
    }
    m_hasNan = std::any_of(m_rows.begin(), m_rows.end(), [](double v) { return std::isnan(v); });
    recomputeReadyBounds();
    m_stale = false;
}

void BucketSummary::recomputeReadyBounds()
{
    m_readyHeadroom.fill(std::numeric_limits<std::int64_t>::max());
    for (std::size_t slot = 0; slot < m_ready; ++slot) {
        const double *r = row(slot);
        for (std::size_t w = 0; w < kWeigherCount; ++w) { // as RawRows takes them
            m_readyLo[w] = slot == 0 ? r[w] : std::min(m_readyLo[w], r[w]);
            m_readyHi[w] = slot == 0 ? r[w] : std::max(m_readyHi[w], r[w]);
        }
        for (std::size_t i = 0; i < kResourceCount; ++i)
            m_readyHeadroom[i] = std::min(m_readyHeadroom[i], m_slots[slot].headroom[i]);
    }
}

void BucketSummary::refresh(const PodRecord &pod)
{
    if (m_stale)
        return;
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot &s) { return s.pod == pod.index; });
    if (it == m_slots.end()) {
        m_stale = true;
        return;
    }
    const Slot next = slotFor(pod);
    if (next.ready() != it->ready()) {
        m_stale = true; // it changes part
        return;
    }
    const auto slot = std::size_t(it - m_slots.begin());
    double *r = m_rows.data() + slot * kWeigherCount;
    std::array<double, kWeigherCount> before{};
    std::copy(r, r + kWeigherCount, before.begin());
    const Slot old = *it;
    *it = next;
    RawRows::fill(pod, r);
    if (m_hasNan || std::any_of(r, r + kWeigherCount, [](double v) { return std::isnan(v); })) {
        m_stale = true; // (rebuild() decides hasNan())
        return;
    }
    if (slot >= m_ready)
        return; // the rest keep no bounds
    // A bound moves outward by itself; it must be searched for again only
    // when this pod held it and moved inward.
    bool again = false;
    for (std::size_t w = 0; w < kWeigherCount; ++w) {
        again = again || (before[w] == m_readyLo[w] && r[w] > before[w]) ||
                (before[w] == m_readyHi[w] && r[w] < before[w]);
        m_readyLo[w] = std::min(m_readyLo[w], r[w]);
        m_readyHi[w] = std::max(m_readyHi[w], r[w]);
    }
    for (std::size_t i = 0; i < kResourceCount; ++i) {
        again = again || (old.headroom[i] == m_readyHeadroom[i] && next.headroom[i] > old.headroom[i]);
        m_readyHeadroom[i] = std::min(m_readyHeadroom[i], next.headroom[i]);
    }
    if (again)
        recomputeReadyBounds();
}

} // namespace sched
