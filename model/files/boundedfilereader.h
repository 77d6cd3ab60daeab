// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one way the programs read a whole input file (state, scheduler config,
// what-if plan): a regular file, a FIFO, a device or standard input ("-").
// Memory stays bounded: a file longer than the limit of its kind is refused
// with a clear error after reading at most that much, and a byte no JSON text
// can start with (the NUL bytes of /dev/zero) ends the reading at once, so the
// JSON reader names that byte. The limits are documented in the README.

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace model {

class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFileReader)

public:
    enum class Kind { StateFile, ConfigFile, PlanFile };

    static qint64 limit(Kind kind);
    // The whole file (or standard input for "-"), or why not.
    static Result<QByteArray> read(const QString &path, Kind kind);

private:
    static QString describe(Kind kind);
};

// Where a JSON text really starts: after one UTF-8 byte order mark, which
// every reader of the programs skips (RFC 8259 §8.1 lets a parser ignore it;
// editors on Windows write it). Byte offsets in errors still count from the
// start of the file.
inline qsizetype jsonTextStart(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

} // namespace model
