// SPDX-License-Identifier: Apache-2.0
#pragma once

// A tiny deterministic PRNG (splitmix64). Same numbers on every standard
// library, unlike std::uniform_*_distribution.

#include <cstddef>
#include <cstdint>

namespace sched {

class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, n) for n far below 2^32; n must be > 0.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    // [0, 1)
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

// Stateless mix of a value, for hash-derived picks that must be pure functions.
inline std::uint64_t mix64(std::uint64_t x) { return SplitMix64(x).next(); }

// FNV-1a, stable across platforms (std::hash is not).
inline std::uint64_t stableHash(const char *data, std::size_t size)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace sched
