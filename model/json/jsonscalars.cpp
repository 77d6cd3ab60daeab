// SPDX-License-Identifier: Apache-2.0
// JsonCursor, part two: strings (escapes, UTF-8 checks) and numbers.

#include "jsoncursor.h"

#include <charconv>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace model {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The power of ten of a number's first significant digit, e.g. 3 for "1234"
// and -2 for "0.05e0"; only its sign matters, to tell overflow from underflow.
long long decimalMagnitude(const char *p, const char *end)
{
    if (*p == '-')
        ++p;
    long long intDigits = 0;
    long long fractionZeros = 0;
    bool significant = false;
    for (; p < end && isDigit(*p); ++p)
        if (significant || *p != '0')
            significant = true, ++intDigits;
    if (p < end && *p == '.')
        for (++p; p < end && isDigit(*p); ++p) {
            if (!significant && *p == '0')
                ++fractionZeros;
            else
                significant = true;
        }
    long long exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const bool negative = *++p == '-';
        if (*p == '+' || *p == '-')
            ++p;
        for (; p < end && isDigit(*p); ++p)
            exponent = std::min(exponent * 10 + (*p - '0'), 1000000000LL);
        exponent = negative ? -exponent : exponent;
    }
    return (intDigits > 0 ? intDigits - 1 : -(fractionZeros + 1)) + exponent;
}

void appendCodePoint(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The end of a run of printable ASCII without '"' or '\\': strings are most of
// a state file, so this loop is most of the reading time.
const char *plainRunEnd(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Signed compare: control characters and bytes >= 0x80 are both below ' '.
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)),
                                             _mm_cmplt_epi8(chunk, space));
        if (const int mask = _mm_movemask_epi8(special))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            break;
    }
    return p;
}

} // namespace

// Returns a view into the input when the string has no escapes (the common
// case, no copy), otherwise into `scratch`.
bool JsonCursor::readStringView(std::string_view &view, std::string &scratch)
{
    const char *start = ++m_pos; // after the opening quote
    bool copying = false;
    for (;;) {
        const char *p = plainRunEnd(m_pos, m_end);
        if (copying)
            scratch.append(m_pos, p);
        m_pos = p;
        if (p == m_end)
            return failAt(start - 1, tr("a string is not closed"));
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            ++m_pos;
            view = copying ? std::string_view(scratch) : std::string_view(start, std::size_t(p - start));
            return true;
        }
        if (c < 0x20)
            return fail(tr("a control character inside a string must be escaped"));
        if (!copying && c == '\\') {
            scratch.assign(start, p);
            copying = true;
        }
        if (c == '\\') {
            if (!appendEscape(scratch))
                return false;
        } else if (!appendUtf8(copying ? &scratch : nullptr)) {
            return false;
        }
    }
}

// Checks one multi-byte UTF-8 sequence at m_pos and appends it to `out`, if given.
bool JsonCursor::appendUtf8(std::string *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_pos);
    const auto *end = reinterpret_cast<const unsigned char *>(m_end);
    int length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        length = 2, cp = p[0] & 0x1F, min = 0x80;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        length = 3, cp = p[0] & 0x0F, min = 0x800;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        length = 4, cp = p[0] & 0x07, min = 0x10000;
    } else {
        return fail(tr("invalid UTF-8"));
    }
    if (end - p < length)
        return fail(tr("invalid UTF-8"));
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return fail(tr("invalid UTF-8"));
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return fail(tr("invalid UTF-8"));
    if (out)
        out->append(m_pos, std::size_t(length));
    m_pos += length;
    return true;
}

bool JsonCursor::appendEscape(std::string &out)
{
    const char *escape = m_pos;
    if (m_end - m_pos < 2)
        return fail(tr("a string is not closed"));
    const char c = m_pos[1];
    m_pos += 2;
    switch (c) {
    case '"': out += '"'; return true;
    case '\\': out += '\\'; return true;
    case '/': out += '/'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'u': break;
    default: return failAt(escape, tr("invalid escape sequence in a string"));
    }
    const auto hex4 = [this](char32_t &unit) {
        if (m_end - m_pos < 4)
            return false;
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_pos[i]);
            if (h < 0)
                return false;
            unit = unit * 16 + char32_t(h);
        }
        m_pos += 4;
        return true;
    };
    char32_t unit = 0;
    if (!hex4(unit))
        return failAt(escape, tr("invalid \\u escape in a string"));
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return failAt(escape, tr("a lone UTF-16 surrogate in a string"));
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        char32_t low = 0;
        if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u')
            return failAt(escape, tr("a lone UTF-16 surrogate in a string"));
        m_pos += 2;
        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
            return failAt(escape, tr("a lone UTF-16 surrogate in a string"));
        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    appendCodePoint(out, unit);
    return true;
}

bool JsonCursor::readString(std::string &out)
{
    skipSpace();
    if (failed())
        return false;
    if (m_pos == m_end || *m_pos != '"')
        return fail(tr("a string was expected"));
    std::string_view view;
    if (!readStringView(view, out))
        return false;
    if (view.data() != out.data())
        out.assign(view);
    return true;
}

bool JsonCursor::readNumber(double &out)
{
    const char *start = m_pos;
    const char *p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    if (p == m_end || !isDigit(*p))
        return failAt(start, tr("invalid number"));
    if (*p == '0')
        ++p;
    else
        while (p < m_end && isDigit(*p))
            ++p;
    if (p < m_end && *p == '.') {
        if (++p == m_end || !isDigit(*p))
            return failAt(start, tr("invalid number"));
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        if (++p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || !isDigit(*p))
            return failAt(start, tr("invalid number"));
        while (p < m_end && isDigit(*p))
            ++p;
    }
    const auto [end, ec] = std::from_chars(start, p, out);
    if (ec == std::errc::result_out_of_range) {
        // Too big reads as infinity (refused later as "must be a number"), too small as 0.
        const double inf = std::numeric_limits<double>::infinity();
        out = decimalMagnitude(start, p) > 0 ? (*start == '-' ? -inf : inf) : 0.0;
    } else if (ec != std::errc() || end != p) {
        return failAt(start, tr("invalid number"));
    }
    m_pos = p;
    return true;
}

} // namespace model
