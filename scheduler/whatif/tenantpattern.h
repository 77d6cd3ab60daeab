// SPDX-License-Identifier: Apache-2.0
#pragma once

// Tenant name patterns for bursts and new tenants:
//   "burst-{1..400}"  -> burst-1 ... burst-400   (an inclusive range)
//   "t-{001..120}"    -> t-001 ... t-120         (a leading zero pads to that width)
//   "new-{n}"         -> new-1 ... new-<count>    ({n} runs from 1 to the event's count)
// Exactly one {...} part; text before and after it is kept as is.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whatif {

enum class PatternError : std::uint8_t { None, NoPlaceholder, BadRange, TooMany };

struct TenantPattern {
    std::string prefix;
    std::string suffix;
    std::uint64_t first = 1;
    std::uint64_t last = 0; // inclusive
    std::size_t width = 0;  // zero padding; 0 = none
    bool perCount = false;  // "{n}": the range is 1..count of the event

    std::uint64_t size() const { return last >= first ? last - first + 1 : 0; }
    std::string name(std::uint64_t i) const; // the i-th name, 0-based
};

inline constexpr std::uint64_t kMaxPatternNames = 10'000'000;

struct PatternParse {
    PatternError error = PatternError::None;
    TenantPattern pattern;
};

// `count` resolves "{n}"; a range ignores it.
PatternParse parseTenantPattern(std::string_view text, std::uint64_t count);

} // namespace whatif
