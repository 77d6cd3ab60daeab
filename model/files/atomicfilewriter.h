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

#include <functional>
#include <string_view>

namespace model {

class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // Writes `data` to `path` whole or not at all. A new file gets the usual
    // permissions (0666 less the umask); a replaced file keeps its own. A
    // device or FIFO (/dev/null, a pipe) is written to directly.
    static Status write(const QString &path, const QByteArray &data);

    // The same for bytes made while they are written: `produce` hands them to
    // its sink in order (a block at a time goes to the file on a second
    // thread: BlockWriter); the file holds them all or is not written at all.
    using Sink = std::function<void(std::string_view bytes)>;
    using Producer = std::function<void(const Sink &sink)>;
    static Status write(const QString &path, const Producer &produce);

private:
    using Filler = std::function<int(int fd)>; // writes the bytes to fd: 0 or errno
    static Status writeWith(const QString &path, const Filler &fill);
    static Status writeInPlace(const QString &path, const QByteArray &finalPath, const Filler &fill);
    static Status failure(const QString &path, int error);
};

} // namespace model
