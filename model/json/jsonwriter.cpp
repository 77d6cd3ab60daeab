// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace model {

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out.append(qsizetype(m_hasMembers.size() * 4), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasMembers.empty())
        return;
    if (m_hasMembers.back())
        m_out += ',';
    m_hasMembers.back() = true;
    newline();
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_hasMembers.push_back(false);
}

void JsonWriter::close(char bracket)
{
    m_hasMembers.pop_back();
    newline(); // QJsonDocument writes empty containers over two lines too
    m_out += bracket;
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    appendEscaped(name);
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::string(std::string_view text)
{
    beforeValue();
    appendEscaped(text);
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value)) { // JSON has no infinity; QJsonDocument writes null too
        m_out += "null";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest round trip
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::integer(std::int64_t value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::appendEscaped(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    const char *run = text.data();
    const char *end = text.data() + text.size();
    for (const char *p = run; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xF];
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}

} // namespace model
