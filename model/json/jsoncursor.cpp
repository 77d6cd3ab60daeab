// SPDX-License-Identifier: Apache-2.0
#include "jsoncursor.h"

namespace model {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

JsonCursor::JsonCursor(std::string_view text, std::size_t baseOffset)
    : m_begin(text.data()), m_pos(text.data()), m_end(text.data() + text.size()), m_base(baseOffset)
{
}

bool JsonCursor::fail(const QString &what)
{
    return failAt(m_pos, what);
}

bool JsonCursor::failAt(const char *where, const QString &what)
{
    if (m_error.isEmpty())
        m_error = tr("malformed JSON at byte %1: %2").arg(m_base + std::size_t(where - m_begin)).arg(what);
    m_pos = m_end; // nothing after an error is read
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

JsonType JsonCursor::peek()
{
    skipSpace();
    if (failed())
        return JsonType::Missing;
    if (m_pos == m_end)
        return fail(tr("the data ends early")), JsonType::Missing;
    switch (*m_pos) {
    case '{': return JsonType::Object;
    case '[': return JsonType::Array;
    case '"': return JsonType::String;
    case 't':
    case 'f': return JsonType::Bool;
    case 'n': return JsonType::Null;
    default:
        if (*m_pos == '-' || isDigit(*m_pos))
            return JsonType::Number;
        return fail(tr("a value was expected")), JsonType::Missing;
    }
}

bool JsonCursor::enter(char open, Container kind)
{
    skipSpace();
    if (failed())
        return false;
    if (m_pos == m_end)
        return fail(tr("the data ends early"));
    if (*m_pos != open)
        return fail(kind == Container::Object ? tr("an object was expected") : tr("an array was expected"));
    if (m_levels.size() >= kMaxDepth)
        return fail(tr("nested deeper than %1 levels").arg(kMaxDepth));
    ++m_pos;
    m_levels.push_back({kind, true});
    return true;
}

bool JsonCursor::enterObject() { return enter('{', Container::Object); }
bool JsonCursor::enterArray() { return enter('[', Container::Array); }

bool JsonCursor::nextKey(std::string_view &key)
{
    skipSpace();
    if (failed() || m_levels.empty() || m_levels.back().kind != Container::Object)
        return false;
    if (m_pos == m_end)
        return fail(tr("the data ends inside an object"));
    Level &level = m_levels.back();
    if (*m_pos == '}') {
        ++m_pos;
        m_levels.pop_back();
        return false;
    }
    if (!level.first) {
        if (*m_pos != ',')
            return fail(tr("',' or '}' was expected"));
        ++m_pos;
        skipSpace();
    }
    level.first = false;
    if (m_pos == m_end || *m_pos != '"')
        return fail(tr("a member name in double quotes was expected"));
    if (!readStringView(key, m_keyScratch))
        return false;
    skipSpace();
    if (m_pos == m_end || *m_pos != ':')
        return fail(tr("':' was expected after a member name"));
    ++m_pos;
    return true;
}

bool JsonCursor::nextElement()
{
    skipSpace();
    if (failed() || m_levels.empty() || m_levels.back().kind != Container::Array)
        return false;
    if (m_pos == m_end)
        return fail(tr("the data ends inside an array"));
    Level &level = m_levels.back();
    if (*m_pos == ']') {
        ++m_pos;
        m_levels.pop_back();
        return false;
    }
    if (!level.first) {
        if (*m_pos != ',')
            return fail(tr("',' or ']' was expected"));
        ++m_pos;
    }
    level.first = false;
    return true;
}

bool JsonCursor::readLiteral(std::string_view word)
{
    if (std::size_t(m_end - m_pos) < word.size() || std::string_view(m_pos, word.size()) != word)
        return fail(tr("a value was expected"));
    m_pos += word.size();
    return true;
}

bool JsonCursor::readValue(JsonValue &out)
{
    out.type = peek();
    out.offset = offset();
    switch (out.type) {
    case JsonType::Missing: return false; // peek() said why
    case JsonType::Null: return readLiteral("null");
    case JsonType::Bool:
        out.boolean = *m_pos == 't';
        return readLiteral(out.boolean ? "true" : "false");
    case JsonType::Number: return readNumber(out.number);
    case JsonType::String: return readString(out.text);
    case JsonType::Object:
    case JsonType::Array: {
        const char *start = m_pos;
        if (!skipValue())
            return false;
        out.text.assign(start, m_pos);
        return true;
    }
    }
    return false;
}

// Consumes one scalar, or enters a container (its members follow).
bool JsonCursor::skipOne()
{
    double ignoredNumber = 0;
    std::string_view ignoredView;
    switch (peek()) {
    case JsonType::Missing: return false; // peek() said why
    case JsonType::Null: return readLiteral("null");
    case JsonType::Bool: return readLiteral(*m_pos == 't' ? "true" : "false");
    case JsonType::Number: return readNumber(ignoredNumber);
    case JsonType::String: return readStringView(ignoredView, m_skipScratch);
    case JsonType::Object: return enterObject();
    case JsonType::Array: return enterArray();
    }
    return false;
}

bool JsonCursor::skipValue()
{
    const std::size_t depth = m_levels.size();
    if (!skipOne())
        return false;
    std::string_view key;
    while (m_levels.size() > depth) {
        const bool more = m_levels.back().kind == Container::Object ? nextKey(key) : nextElement();
        if (failed())
            return false;
        if (more && !skipOne())
            return false;
    }
    return true;
}

bool JsonCursor::readObject(std::span<const std::string_view> keys, std::span<JsonValue> values)
{
    for (JsonValue &v : values)
        v.type = JsonType::Missing;
    if (!enterObject())
        return false;
    std::string_view key;
    std::size_t expected = 0; // records mostly list their members in one order
    while (nextKey(key)) {
        std::size_t i = expected < keys.size() && keys[expected] == key ? expected : 0;
        while (i < keys.size() && keys[i] != key)
            ++i;
        if (!(i < keys.size() ? readValue(values[i]) : skipValue()))
            return false;
        expected = i + 1;
    }
    return !failed();
}

bool JsonCursor::finish()
{
    skipSpace();
    if (failed())
        return false;
    if (m_pos != m_end)
        return fail(tr("unexpected data after the end of the document"));
    return true;
}

} // namespace model
