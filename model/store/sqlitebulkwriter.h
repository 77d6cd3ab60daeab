// SPDX-License-Identifier: Apache-2.0
#pragma once

// Inserts many binding rows into an SQLite database through SQLite's own C
// API. QtSql's per-value binding (placeholder names built per call) cost more
// than SQLite's work for big imports; this path is several times faster.
// Runs inside the caller's transaction.

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace model {

class SqliteBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkWriter)

public:
    // False when `db` is not an open QSQLITE connection (then use QtSql).
    static bool supports(const QSqlDatabase &db);
    // AZ and group of each binding come from its pod in `state`.
    static Status insertBindings(const QSqlDatabase &db, const sched::CloudState &state);
};

} // namespace model
