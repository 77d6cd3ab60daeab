// SPDX-License-Identifier: Apache-2.0
#pragma once

// Errors are values below the GUI: a function that can fail returns a
// Result<T> holding either its value or a user-readable, translated message.
// (GCC 12 has no std::expected.)

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace model {

struct Error {
    QString message;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    // Default: an error, so that a result never set is never taken for a value.
    Result() : m_error(QStringLiteral("no result")) {}
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Taking the value of an error is a programming mistake: fail loudly.
    const T &value() const & { return (check(), *m_value); }
    T &value() & { return (check(), *m_value); }
    T &&value() && { return (check(), std::move(*m_value)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const QString &error() const { return m_error; }

private:
    void check() const
    {
        if (!m_value)
            qFatal("Result::value() called on an error: %s", qPrintable(m_error));
    }

    std::optional<T> m_value;
    QString m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace model
