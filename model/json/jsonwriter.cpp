// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace model {

namespace {

// The bytes a JSON string cannot hold as they are.
constexpr std::array<bool, 256> kEscaped = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[std::size_t(c)] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

// Whether any byte of `w` is below 0x20, or equals '"' or '\\' (eight bytes at a time).
bool mayNeedEscape(std::uint64_t w)
{
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const auto zeroByte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t below = (w - ones * 0x20) & ~w & highs;
    return (below | zeroByte(w ^ (ones * '"')) | zeroByte(w ^ (ones * '\\'))) != 0;
}

const char *firstEscaped(const char *p, const char *end)
{
    for (std::uint64_t w; end - p >= 8; p += 8) {
        std::memcpy(&w, p, 8);
        if (mayNeedEscape(w))
            break;
    }
    while (p < end && !kEscaped[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

} // namespace

JsonWriter::JsonWriter(QByteArray &out, bool indented)
    : JsonWriter([&out](std::string_view bytes) { out.append(bytes.data(), qsizetype(bytes.size())); }, indented)
{
}

JsonWriter::JsonWriter(Sink sink, bool indented)
    : m_sink(std::move(sink)), m_indented(indented), m_block(std::make_unique<char[]>(kBlock))
{
    m_pos = m_block.get();
    m_end = m_pos + kBlock;
}

void JsonWriter::flush()
{
    if (m_pos == m_block.get())
        return;
    m_sink(std::string_view(m_block.get(), std::size_t(m_pos - m_block.get())));
    m_pos = m_block.get();
}

void JsonWriter::put(const char *bytes, std::size_t n)
{
    if (std::size_t(m_end - m_pos) >= n) {
        std::memcpy(m_pos, bytes, n);
        m_pos += n;
        return;
    }
    flush();
    if (n >= kBlock) { // a long text goes to the sink as it is
        m_sink(std::string_view(bytes, n));
        return;
    }
    std::memcpy(m_pos, bytes, n);
    m_pos += n;
}

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    const std::size_t spaces = m_depth * 4;
    if (spaces + 1 > kBlock) { // absurdly deep: a piece at a time
        putChar('\n');
        for (std::size_t i = 0; i < spaces; ++i)
            putChar(' ');
        return;
    }
    room(spaces + 1);
    *m_pos++ = '\n';
    std::memset(m_pos, ' ', spaces);
    m_pos += spaces;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth == 0)
        return;
    if (m_hasMembers[m_depth - 1])
        putChar(',');
    m_hasMembers[m_depth - 1] = 1;
    newline();
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    putChar(bracket);
    if (m_hasMembers.size() == m_depth)
        m_hasMembers.push_back(0);
    else
        m_hasMembers[m_depth] = 0;
    ++m_depth;
}

void JsonWriter::close(char bracket)
{
    --m_depth;
    newline(); // QJsonDocument writes empty containers over two lines too
    putChar(bracket);
    afterValue();
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    appendEscaped(name);
    if (m_indented)
        put(": ", 2);
    else
        putChar(':');
    m_afterKey = true;
}

void JsonWriter::string(std::string_view text)
{
    beforeValue();
    appendEscaped(text);
    afterValue();
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value)) { // JSON has no infinity; QJsonDocument writes null too
        put("null", 4);
    } else {
        room(32);
        m_pos = std::to_chars(m_pos, m_end, value).ptr; // shortest round trip
    }
    afterValue();
}

void JsonWriter::integer(std::int64_t value)
{
    beforeValue();
    room(24);
    m_pos = std::to_chars(m_pos, m_end, value).ptr;
    afterValue();
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    value ? put("true", 4) : put("false", 5);
    afterValue();
}

void JsonWriter::null()
{
    beforeValue();
    put("null", 4);
    afterValue();
}

void JsonWriter::appendEscaped(std::string_view text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    const char *stop = firstEscaped(p, end);
    if (stop == end && text.size() + 2 <= kBlock) { // the usual case: one copy
        room(text.size() + 2);
        *m_pos++ = '"';
        if (!text.empty())
            std::memcpy(m_pos, p, text.size());
        m_pos += text.size();
        *m_pos++ = '"';
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    putChar('"');
    while (true) {
        put(p, std::size_t(stop - p));
        if (stop == end)
            break;
        const auto c = static_cast<unsigned char>(*stop);
        room(6);
        switch (c) {
        case '"': *m_pos++ = '\\', *m_pos++ = '"'; break;
        case '\\': *m_pos++ = '\\', *m_pos++ = '\\'; break;
        case '\b': *m_pos++ = '\\', *m_pos++ = 'b'; break;
        case '\f': *m_pos++ = '\\', *m_pos++ = 'f'; break;
        case '\n': *m_pos++ = '\\', *m_pos++ = 'n'; break;
        case '\r': *m_pos++ = '\\', *m_pos++ = 'r'; break;
        case '\t': *m_pos++ = '\\', *m_pos++ = 't'; break;
        default:
            std::memcpy(m_pos, "\\u00", 4);
            m_pos[4] = hex[c >> 4];
            m_pos[5] = hex[c & 0xF];
            m_pos += 6;
        }
        p = stop + 1;
        stop = firstEscaped(p, end);
    }
    putChar('"');
}

} // namespace model
