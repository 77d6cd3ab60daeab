// SPDX-License-Identifier: Apache-2.0
#pragma once

// SQLite's own API behind a QtSql connection, for the few paths where QtSql's
// per-value overhead dominates (bulk imports, reading a million rows).

#include <QSqlDatabase>

#include <sqlite3.h>

#include <memory>

namespace model {

// The native handle of an open QSQLITE connection, or nullptr for any other.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

struct SqliteStatementDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteStatementDeleter>;

} // namespace model
