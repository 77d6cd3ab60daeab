// SPDX-License-Identifier: Apache-2.0
#pragma once

// Overflow-checked arithmetic on resource amounts. Capacities, usages and
// request sizes are int64; a sum or product that would not fit saturates at
// the int64 limits instead of wrapping, so a request that cannot fit is
// rejected and a figure never turns negative.

#include <cstdint>
#include <limits>

namespace sched {

inline constexpr std::int64_t kMaxAmount = std::numeric_limits<std::int64_t>::max();

inline std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (!__builtin_add_overflow(a, b, &out))
        return out;
    return b > 0 ? kMaxAmount : std::numeric_limits<std::int64_t>::min();
}

inline std::int64_t saturatingMul(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (!__builtin_mul_overflow(a, b, &out))
        return out;
    return (a < 0) == (b < 0) ? kMaxAmount : std::numeric_limits<std::int64_t>::min();
}

// used + want <= limit, without computing a sum that could wrap.
inline bool fitsUnder(std::int64_t used, std::int64_t want, std::int64_t limit)
{
    std::int64_t sum = 0;
    return !__builtin_add_overflow(used, want, &sum) && sum <= limit;
}

// floor(fraction * total) as an int64, for a fraction in (0, 1] and total >= 0:
// the double product of a total near the int64 limit rounds up to 2^63, which
// does not convert back; clamp it.
inline std::int64_t scaledLimit(double fraction, std::int64_t total)
{
    const double product = fraction * double(total);
    if (!(product < 9223372036854775808.0)) // also false for NaN
        return product > 0 ? kMaxAmount : 0;
    if (product <= 0)
        return 0;
    const auto limit = std::int64_t(product);
    return limit < total ? limit : total;
}

} // namespace sched
