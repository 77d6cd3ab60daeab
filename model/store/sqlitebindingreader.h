// SPDX-License-Identifier: Apache-2.0
#pragma once

// Streams the binding rows of an SQLite store through SQLite's own C API:
// reading a million rows through QtSql (one QVariant per value) takes seconds,
// this takes a fraction of that. The views are valid only inside the visit.

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace model {

struct BindingRowView {
    std::string_view id;
    std::string_view tenantId;
    std::string_view podId;
    bool active = false;
    std::int64_t createdAtUs = 0;
    std::optional<std::int64_t> updatedAtUs;
    std::optional<std::int64_t> endedAtUs;
};

class SqliteBindingReader
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBindingReader)

public:
    // False when `db` is not an open QSQLITE connection (then use QtSql).
    static bool supports(const QSqlDatabase &db);
    static Result<std::int64_t> count(const QSqlDatabase &db);
    // Visits every row in table order; `visit` returns false to stop early.
    static Status forEach(const QSqlDatabase &db, const std::function<bool(const BindingRowView &)> &visit);
};

} // namespace model
