// SPDX-License-Identifier: Apache-2.0
#include "jsonarraycount.h"

#include <cstring>

namespace model {

namespace {

// The byte after the string whose opening quote is just before `p`; nullptr when it does not end.
const char *afterString(const char *p, const char *end)
{
    while (p < end) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!quote)
            return nullptr;
        const char *b = quote;
        while (b > p && b[-1] == '\\')
            --b;
        if ((quote - b) % 2 == 0) // an even run of backslashes escapes each other, not the quote
            return quote + 1;
        p = quote + 1;
    }
    return nullptr;
}

} // namespace

std::optional<std::uint64_t> countJsonArrayElements(std::string_view text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    if (p == end || *p != '[')
        return std::nullopt;
    ++p;
    std::uint64_t commas = 0;
    std::size_t depth = 1;
    bool any = false; // something inside the array
    while (p < end) {
        const char c = *p++;
        switch (c) {
        case '"':
            p = afterString(p, end);
            if (!p)
                return std::nullopt;
            any = true;
            break;
        case '[':
        case '{':
            ++depth;
            any = true;
            break;
        case ']':
        case '}':
            if (--depth == 0)
                return any ? commas + 1 : 0;
            break;
        case ',':
            commas += depth == 1 ? 1 : 0;
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            any = true;
        }
    }
    return std::nullopt;
}

} // namespace model
