// SPDX-License-Identifier: Apache-2.0
#pragma once

// Interns strings (tenant ids, AZ names) into dense uint32 ids, once, so the
// hot path compares integers. Views returned stay valid for the table's life.

#include "splitmix64.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sched {

class NameTable
{
public:
    std::uint32_t intern(std::string_view name)
    {
        if (auto id = find(name))
            return *id;
        const auto id = std::uint32_t(m_names.size());
        auto [it, inserted] = m_index.emplace(std::string(name), id);
        m_names.push_back(it->first); // node-based map: the key never moves
        m_hashes.push_back(stableHash(name.data(), name.size()));
        return id;
    }

    std::optional<std::uint32_t> find(std::string_view name) const
    {
        const auto it = m_index.find(name);
        if (it == m_index.end())
            return std::nullopt;
        return it->second;
    }

    // One load from a flat array: no pointer chase into the map's node.
    std::string_view name(std::uint32_t id) const { return m_names[id]; }
    std::uint64_t hash(std::uint32_t id) const { return m_hashes[id]; }
    std::size_t size() const { return m_names.size(); }

    void reserve(std::size_t n)
    {
        m_index.reserve(n);
        m_names.reserve(n);
        m_hashes.reserve(n);
    }

    // Approximation: map nodes + bucket array + string heap + side vectors.
    std::size_t memoryBytes() const
    {
        std::size_t heap = 0;
        for (const std::string_view s : m_names)
            heap += s.size() > 15 ? s.size() + 1 : 0;
        constexpr std::size_t kNode = sizeof(void *) + sizeof(std::string) + 8 + sizeof(std::size_t);
        return m_index.size() * kNode + m_index.bucket_count() * sizeof(void *) + heap +
               m_names.capacity() * sizeof(std::string_view) + m_hashes.capacity() * sizeof(std::uint64_t);
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_index;
    std::vector<std::string_view> m_names; // views of the map's keys
    std::vector<std::uint64_t> m_hashes;
};

} // namespace sched
