// SPDX-License-Identifier: Apache-2.0
#pragma once

// Inserts all bindings of an import, fast, inside the caller's transaction:
// SQLite through its own C API (SqliteBulkWriter), PostgreSQL through QtSql
// with multi-row INSERT statements (one round trip per few hundred rows).
// Each binding gets the AZ and group of its pod in `state`.

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace model {

class BindingBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BindingBulkWriter)

public:
    static Status insert(const QSqlDatabase &db, const sched::CloudState &state);

private:
    static Status insertMultiRow(const QSqlDatabase &db, const sched::CloudState &state);
};

} // namespace model
