// SPDX-License-Identifier: Apache-2.0
#pragma once

// Interned pod groups (tag sets), pods' and requests' alike, with a
// precomputed match matrix so resource affinity is one byte load.

#include "cloud.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace sched {

class GroupTable
{
public:
    GroupTable();

    // Id of a normalised tag set (sorted, unique keys); 0 is the general group.
    std::uint32_t intern(const TagSet &tags);
    std::optional<std::uint32_t> find(const TagSet &tags) const;

    // Resource affinity: every tag of `request` is on the pod; an untagged
    // request matches only untagged pods.
    bool matches(std::uint32_t request, std::uint32_t pod) const { return m_match[request][pod] != 0; }
    static bool tagsMatch(const TagSet &request, const TagSet &pod);

    const std::string &key(std::uint32_t id) const { return m_keys[id]; }
    const TagSet &tags(std::uint32_t id) const { return m_tags[id]; }
    std::size_t size() const { return m_tags.size(); }

private:
    std::deque<TagSet> m_tags;      // deque: references stay valid
    std::deque<std::string> m_keys; // groupKey() of each
    std::vector<std::vector<std::uint8_t>> m_match; // [request][pod]
};

} // namespace sched
