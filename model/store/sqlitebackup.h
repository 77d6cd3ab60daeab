// SPDX-License-Identifier: Apache-2.0
#pragma once

// A consistent copy of a SQLite database file through SQLite's online backup
// API: the copy holds every committed transaction, those still in another
// connection's write-ahead log (-wal) included, which a file copy would miss.
// The source is only read (no checkpoint runs while another connection has
// it open; when none has, nothing is left to checkpoint).

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace model {

class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    // Writes `to` (created or replaced) from the database `from`, which must exist.
    static Status copy(const QString &from, const QString &to);
};

} // namespace model
