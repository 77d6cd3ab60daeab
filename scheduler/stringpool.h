// SPDX-License-Identifier: Apache-2.0
#pragma once

// Interns strings into dense uint32 ids with as few cache misses per lookup as
// possible: the text lives in large chunks, length first, and the index is one
// flat open-addressing array whose slot holds a hash tag, the id and a pointer
// to the text - a hit reads the slot and the text, nothing else. A scenario of
// 1,000,000 events interns three names per event; a node-based
// std::unordered_map cost four misses each (bucket, node, string, heap text).
//
//   StringPool p;
//   const std::uint32_t id = p.intern("tenant-1");
//   p.name(id) == "tenant-1"; p.find("tenant-1") == id;
//
// Views returned by name() stay valid for the pool's life (copies own theirs).

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace sched {

class StringPool
{
public:
    StringPool() { m_slots.resize(16); }
    StringPool(const StringPool &other) : StringPool() { copyFrom(other); }
    StringPool &operator=(const StringPool &other)
    {
        if (this != &other) {
            StringPool fresh(other);
            *this = std::move(fresh);
        }
        return *this;
    }
    StringPool(StringPool &&) noexcept = default; // chunks do not move: views stay valid
    StringPool &operator=(StringPool &&) noexcept = default;

    std::uint32_t intern(std::string_view name)
    {
        const std::uint64_t h = hashOf(name);
        std::size_t i = home(h);
        for (; m_slots[i].text; i = next(i))
            if (m_slots[i].tag == tagOf(h) && equal(m_slots[i].text, name))
                return m_slots[i].id;
        const auto id = std::uint32_t(m_views.size());
        const char *text = store(name);
        m_views.emplace_back(text + sizeof(std::uint32_t), name.size());
        m_slots[i] = Slot{tagOf(h), id, text};
        if (m_views.size() * 2 > m_slots.size())
            grow();
        return id;
    }

    std::optional<std::uint32_t> find(std::string_view name) const
    {
        const std::uint64_t h = hashOf(name);
        for (std::size_t i = home(h); m_slots[i].text; i = next(i))
            if (m_slots[i].tag == tagOf(h) && equal(m_slots[i].text, name))
                return m_slots[i].id;
        return std::nullopt;
    }

    std::string_view name(std::uint32_t id) const { return m_views[id]; }
    std::size_t size() const { return m_views.size(); }

    void reserve(std::size_t n)
    {
        m_views.reserve(n);
        std::size_t cap = m_slots.size();
        while (cap < n * 2)
            cap *= 2;
        if (cap > m_slots.size())
            rehash(cap);
    }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t id = 0;
        const char *text = nullptr; // length (uint32) then the bytes; nullptr = empty slot
    };
    static constexpr std::size_t kChunk = 256 * 1024;

    static std::uint64_t hashOf(std::string_view s) { return std::hash<std::string_view>{}(s); }
    static std::uint32_t tagOf(std::uint64_t h) { return std::uint32_t(h >> 32); }
    std::size_t home(std::uint64_t h) const { return std::size_t(h) & (m_slots.size() - 1); }
    std::size_t next(std::size_t i) const { return (i + 1) & (m_slots.size() - 1); }

    static bool equal(const char *text, std::string_view name)
    {
        std::uint32_t length = 0;
        std::memcpy(&length, text, sizeof length);
        // An empty view may have no data pointer, which memcmp must never get (UBSan).
        return length == name.size() && (name.empty() || std::memcmp(text + sizeof length, name.data(), name.size()) == 0);
    }

    // Copies the name into the current chunk (a long name gets a chunk of its own).
    const char *store(std::string_view name)
    {
        const std::size_t need = sizeof(std::uint32_t) + name.size();
        if (m_chunks.empty() || m_used + need > m_chunkSize) {
            m_chunkSize = std::max(kChunk, need);
            m_chunks.push_back(std::make_unique<char[]>(m_chunkSize));
            m_used = 0;
        }
        char *out = m_chunks.back().get() + m_used;
        const auto length = std::uint32_t(name.size());
        std::memcpy(out, &length, sizeof length);
        if (!name.empty())
            std::memcpy(out + sizeof length, name.data(), name.size());
        m_used += need;
        return out;
    }

    void grow() { rehash(m_slots.size() * 2); }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (!s.text)
                continue;
            const std::uint64_t h = hashOf(m_views[s.id]);
            std::size_t i = home(h);
            while (m_slots[i].text)
                i = next(i);
            m_slots[i] = s;
        }
    }

    void copyFrom(const StringPool &other)
    {
        reserve(other.size());
        for (const std::string_view name : other.m_views)
            intern(name);
    }

    std::vector<Slot> m_slots; // power of two, at most half full
    std::vector<std::string_view> m_views;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::size_t m_chunkSize = 0;
    std::size_t m_used = 0;
};

} // namespace sched
