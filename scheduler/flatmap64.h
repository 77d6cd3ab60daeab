// SPDX-License-Identifier: Apache-2.0
#pragma once

// Open-addressing hash map from a 64-bit key to a small value: one array,
// linear probing, backward-shift erase (no tombstones). Used for the active
// bindings (tenant, bucket) -> pod and the history set (tenant, pod), where a
// node-based std::unordered_map costs a cache miss and ~40 bytes per entry.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace sched {

template <typename V>
class FlatMap64
{
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0); // reserved key

    struct Slot {
        std::uint64_t key = kEmpty;
        V value{};
    };

    FlatMap64() { m_slots.resize(16); }

    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }

    void reserve(std::size_t n)
    {
        std::size_t cap = 16;
        while (cap < n * 2)
            cap *= 2;
        if (cap > m_slots.size())
            rehash(cap);
    }

    const V *find(std::uint64_t key) const
    {
        for (std::size_t i = home(key);; i = next(i)) {
            const Slot &s = m_slots[i];
            if (s.key == key)
                return &s.value;
            if (s.key == kEmpty)
                return nullptr;
        }
    }
    V *find(std::uint64_t key) { return const_cast<V *>(std::as_const(*this).find(key)); }
    bool contains(std::uint64_t key) const { return find(key) != nullptr; }

    // True when the key was new.
    bool insertOrAssign(std::uint64_t key, V value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        std::size_t i = home(key);
        while (m_slots[i].key != kEmpty && m_slots[i].key != key)
            i = next(i);
        const bool inserted = m_slots[i].key == kEmpty;
        if (inserted)
            ++m_size;
        m_slots[i] = Slot{key, value};
        return inserted;
    }

    bool erase(std::uint64_t key)
    {
        std::size_t i = home(key);
        while (m_slots[i].key != key) {
            if (m_slots[i].key == kEmpty)
                return false;
            i = next(i);
        }
        // Shift later members of the probe run back so lookups never stop early.
        for (std::size_t j = next(i);; j = next(j)) {
            if (m_slots[j].key == kEmpty)
                break;
            const std::size_t h = home(m_slots[j].key);
            const bool between = i <= j ? (i < h && h <= j) : (i < h || h <= j);
            if (!between) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i] = Slot{};
        --m_size;
        return true;
    }

    template <typename F>
    void forEach(F &&f) const
    {
        for (const Slot &s : m_slots)
            if (s.key != kEmpty)
                f(s.key, s.value);
    }

private:
    static std::uint64_t mix(std::uint64_t k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        return k;
    }
    std::size_t home(std::uint64_t key) const { return std::size_t(mix(key)) & (m_slots.size() - 1); }
    std::size_t next(std::size_t i) const { return (i + 1) & (m_slots.size() - 1); }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.resize(capacity);
        m_size = 0;
        for (const Slot &s : old)
            if (s.key != kEmpty)
                insertOrAssign(s.key, s.value);
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

inline std::uint64_t packKey(std::uint32_t hi, std::uint32_t lo) { return (std::uint64_t(hi) << 32) | lo; }

} // namespace sched
