// SPDX-License-Identifier: Apache-2.0
#include "bucketsummary.h"

#include <algorithm>
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

void BucketSummary::rebuild(const std::vector<std::uint32_t> &pods, const std::vector<PodRecord> &records)
{
    const std::size_t n = pods.size();
    std::vector<Slot> &byPosition = m_byPosition; // reused: a replay rebuilds after every VM it places
    byPosition.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const PodRecord &pod = records[pods[k]];
        Slot &s = byPosition[k];
        s.pod = pods[k];
        s.exact = !pod.removed;
        s.enabled = pod.state == PodState::Enabled;
        for (std::size_t i = 0; i < kResourceCount; ++i) {
            const auto room = headroomOf(pod, i);
            s.exact = s.exact && room.has_value();
            s.headroom[i] = room.value_or(0);
        }
    }
    m_slots.clear();
    m_slotOf.resize(n);
    m_rows.resize(n * kWeigherCount);
    m_readyHeadroom.fill(std::numeric_limits<std::int64_t>::max());
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
    for (std::size_t slot = 0; slot < m_ready; ++slot) {
        const double *r = row(slot);
        for (std::size_t w = 0; w < kWeigherCount; ++w) { // as RawRows takes them
            m_readyLo[w] = slot == 0 ? r[w] : std::min(m_readyLo[w], r[w]);
            m_readyHi[w] = slot == 0 ? r[w] : std::max(m_readyHi[w], r[w]);
        }
        for (std::size_t i = 0; i < kResourceCount; ++i)
            m_readyHeadroom[i] = std::min(m_readyHeadroom[i], m_slots[slot].headroom[i]);
    }
    m_stale = false;
}

} // namespace sched
