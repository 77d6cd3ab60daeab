// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes JSON straight into a byte buffer, compact or indented by four spaces
// like QJsonDocument. Exports of a million bindings went through a QJsonObject
// per record before: several times the output's size in memory, and slow.

#include <QByteArray>

#include <cstdint>
#include <string_view>
#include <vector>

namespace model {

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out, bool indented = false) : m_out(out), m_indented(indented) {}

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

private:
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newline();
    void appendEscaped(std::string_view text);

    QByteArray &m_out;
    bool m_indented;
    bool m_afterKey = false;
    std::vector<bool> m_hasMembers; // one per open container
};

} // namespace model
