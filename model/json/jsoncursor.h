// SPDX-License-Identifier: Apache-2.0
#pragma once

// A strict JSON reader (RFC 8259) that walks UTF-8 bytes in place instead of
// building a document. A state dump of 240,000 bindings is 58 MB: QJsonDocument
// spent 0.7 s and several times the file's size in memory on it, while the
// codecs only ever want a handful of members of each record.
//
// The caller drives it: enterObject/nextKey, enterArray/nextElement, and
// readObject for a flat record. Anything the caller does not want is skipped,
// but still checked, so a malformed document is always refused with the byte
// offset and what was wrong there.

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace model {

enum class JsonType : std::uint8_t { Missing, Null, Bool, Number, String, Object, Array };

// A member value kept by JsonCursor::readObject. Nested objects and arrays keep
// their raw text, for a second cursor to read.
struct JsonValue
{
    JsonType type = JsonType::Missing;
    bool boolean = false;
    double number = 0;      // out-of-range numbers read as ±infinity
    std::string text;       // String: unescaped UTF-8; Object/Array: the raw JSON
    std::size_t offset = 0; // where the value starts in the outermost document

    bool absent() const { return type == JsonType::Missing || type == JsonType::Null; }
};

class JsonCursor
{
    Q_DECLARE_TR_FUNCTIONS(JsonCursor)

public:
    static constexpr std::size_t kMaxDepth = 512;

    // `baseOffset` is where `text` starts in an enclosing document, so that
    // errors inside a nested value still name the byte of the whole file.
    explicit JsonCursor(std::string_view text, std::size_t baseOffset = 0);

    // The type of the next value, after white space. Missing at the end or
    // before a character no value starts with; the cursor has then failed
    // with that syntax error.
    JsonType peek();

    bool enterObject();
    // The next member's key; false when the object ends (or on an error).
    bool nextKey(std::string_view &key);
    bool enterArray();
    // True when another element follows; false when the array ends (or on an error).
    bool nextElement();

    bool readValue(JsonValue &out);
    bool readString(std::string &out);
    bool skipValue();
    // Reads one object, keeping the members named in `keys` into the value of the
    // same index and skipping every other member. Values not present stay Missing.
    bool readObject(std::span<const std::string_view> keys, std::span<JsonValue> values);
    // Only white space may follow the document.
    bool finish();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // "malformed JSON at byte N: what"
    std::size_t offset() const { return m_base + std::size_t(m_pos - m_begin); }

private:
    enum class Container : std::uint8_t { Object, Array };
    struct Level
    {
        Container kind;
        bool first;
    };

    bool fail(const QString &what);
    bool failAt(const char *where, const QString &what);
    void skipSpace();
    bool enter(char open, Container kind);
    bool readStringView(std::string_view &view, std::string &scratch);
    bool appendUtf8(std::string *out);
    bool appendEscape(std::string &out);
    bool readNumber(double &out);
    bool readLiteral(std::string_view word);
    bool skipOne();

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    std::size_t m_base;
    std::vector<Level> m_levels;
    std::string m_keyScratch;
    std::string m_skipScratch;
    QString m_error;
};

} // namespace model
