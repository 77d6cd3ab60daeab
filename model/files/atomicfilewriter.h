// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one way the programs write a file: the bytes go to a temporary file
// beside the target, which is flushed, synced to disk, closed and renamed over
// the target, checking every step. On any failure the temporary file is
// removed and the old file (if any) is left exactly as it was, and the error
// names the file and the system's reason ("cannot write out.json: No space
// left on device"). Qt's QSaveFile is not used: in Qt 6.4 a write error that
// surfaces only when its buffer is flushed at commit() is not reported, and
// the truncated temporary file replaces the old one.

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace model {

class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // Writes `data` to `path` whole or not at all. A new file gets the usual
    // permissions (0666 less the umask); a replaced file keeps its own. A
    // device or FIFO (/dev/null, a pipe) is written to directly.
    static Status write(const QString &path, const QByteArray &data);

private:
    static Status writeInPlace(const QString &path, const QByteArray &finalPath, const QByteArray &data);
    static Status failure(const QString &path, int error);
};

} // namespace model
