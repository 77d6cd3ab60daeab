// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes JSON straight into bytes, compact or indented by four spaces like
// QJsonDocument. Exports of a million bindings went through a QJsonObject per
// record before: several times the output's size in memory, and slow.
//
// The bytes collect in a block of the writer's own and go out a block at a
// time: into a QByteArray (complete once the outermost value is closed), or to
// a sink as they are written (a what-if report of 150 MB goes to its file
// without ever being whole in memory).
//
//   QByteArray out;
//   JsonWriter w(out);
//   w.beginObject(); w.key("n"), w.integer(1); w.endObject();   // out == {"n":1}

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace model {

class JsonWriter
{
public:
    // Hears the bytes in order, a block at a time.
    using Sink = std::function<void(std::string_view bytes)>;

    explicit JsonWriter(QByteArray &out, bool indented = false);
    JsonWriter(Sink sink, bool indented);
    ~JsonWriter() { flush(); }
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view name);

    void string(std::string_view text);
    void number(double value);
    void integer(std::int64_t value);
    void boolean(bool value);
    void null();
    // Bytes outside any value (a final newline).
    void raw(std::string_view bytes) { put(bytes.data(), bytes.size()); }

    // Hands what is buffered to the QByteArray or the sink.
    void flush();

private:
    static constexpr std::size_t kBlock = 256 * 1024;

    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void afterValue()
    {
        if (m_depth == 0)
            flush(); // a whole document: the QByteArray holds it now
    }
    void newline();
    void appendEscaped(std::string_view text);
    void room(std::size_t n) // at least n bytes free in the block
    {
        if (std::size_t(m_end - m_pos) < n)
            flush();
    }
    void putChar(char c)
    {
        room(1);
        *m_pos++ = c;
    }
    void put(const char *bytes, std::size_t n);

    Sink m_sink;
    bool m_indented;
    bool m_afterKey = false;
    std::unique_ptr<char[]> m_block;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    std::size_t m_depth = 0;
    std::vector<std::uint8_t> m_hasMembers; // one per open container
};

} // namespace model
