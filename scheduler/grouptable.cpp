// SPDX-License-Identifier: Apache-2.0
#include "grouptable.h"

#include <algorithm>

namespace sched {

GroupTable::GroupTable() { intern(TagSet{}); }

std::optional<std::uint32_t> GroupTable::find(const TagSet &tags) const
{
    for (std::size_t i = 0; i < m_tags.size(); ++i)
        if (m_tags[i] == tags)
            return std::uint32_t(i);
    return std::nullopt;
}

std::uint32_t GroupTable::intern(const TagSet &tags)
{
    if (auto id = find(tags))
        return *id;
    const auto id = std::uint32_t(m_tags.size());
    m_tags.push_back(tags);
    m_keys.push_back(groupKey(tags));
    for (std::size_t r = 0; r < id; ++r)
        m_match[r].push_back(tagsMatch(m_tags[r], tags));
    std::vector<std::uint8_t> row(id + 1);
    for (std::size_t p = 0; p <= id; ++p)
        row[p] = tagsMatch(tags, m_tags[p]);
    m_match.push_back(std::move(row));
    return id;
}

bool GroupTable::tagsMatch(const TagSet &request, const TagSet &pod)
{
    if (request.empty())
        return pod.empty();
    // Both sorted by key: `request` must be a subset of `pod`.
    return std::includes(pod.begin(), pod.end(), request.begin(), request.end());
}

} // namespace sched
