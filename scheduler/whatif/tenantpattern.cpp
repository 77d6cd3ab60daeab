// SPDX-License-Identifier: Apache-2.0
#include "tenantpattern.h"

#include <charconv>

namespace whatif {

namespace {

std::optional<std::uint64_t> number(std::string_view s)
{
    std::uint64_t v = 0;
    if (s.empty() || s.size() > 15)
        return std::nullopt;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

} // namespace

std::string TenantPattern::name(std::uint64_t i) const
{
    std::string digits = std::to_string(first + i);
    if (digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    return prefix + digits + suffix;
}

PatternParse parseTenantPattern(std::string_view text, std::uint64_t count)
{
    PatternParse out;
    const auto open = text.find('{');
    const auto close = text.find('}', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos ||
        text.find('{', open + 1) != std::string_view::npos || text.find('}', close + 1) != std::string_view::npos) {
        out.error = PatternError::NoPlaceholder;
        return out;
    }
    TenantPattern &p = out.pattern;
    p.prefix = std::string(text.substr(0, open));
    p.suffix = std::string(text.substr(close + 1));
    const std::string_view inner = text.substr(open + 1, close - open - 1);
    if (inner == "n") {
        p.perCount = true;
        p.first = 1;
        p.last = count;
    } else {
        const auto dots = inner.find("..");
        const auto a = dots == std::string_view::npos ? std::nullopt : number(inner.substr(0, dots));
        const auto b = dots == std::string_view::npos ? std::nullopt : number(inner.substr(dots + 2));
        if (!a || !b || *b < *a) {
            out.error = PatternError::BadRange;
            return out;
        }
        p.first = *a;
        p.last = *b;
        if (inner.substr(0, dots).size() > 1 && inner.front() == '0')
            p.width = dots;
    }
    if (p.size() == 0)
        out.error = PatternError::BadRange;
    else if (p.size() > kMaxPatternNames)
        out.error = PatternError::TooMany;
    return out;
}

} // namespace whatif
