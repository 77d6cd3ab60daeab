// SPDX-License-Identifier: Apache-2.0
#include "sqlitebindingreader.h"

#include "sqlitehandle.h"


namespace model {

namespace {

using Statement = SqliteStatement;

std::string_view text(sqlite3_stmt *s, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

std::optional<std::int64_t> optionalInt(sqlite3_stmt *s, int column)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(s, column);
}

Result<Statement> prepare(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr) != SQLITE_OK)
        return Error{SqliteBindingReader::tr("cannot read the bindings: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    return Statement(raw);
}

} // namespace

bool SqliteBindingReader::supports(const QSqlDatabase &db) { return sqliteHandle(db) != nullptr; }

Result<std::int64_t> SqliteBindingReader::count(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error{tr("not an open SQLite database")};
    auto statement = prepare(handle, "SELECT count(*) FROM pod_bindings");
    if (!statement)
        return Error{statement.error()};
    if (sqlite3_step(statement.value().get()) != SQLITE_ROW)
        return Error{tr("cannot count the bindings: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    return sqlite3_column_int64(statement.value().get(), 0);
}

Status SqliteBindingReader::forEach(const QSqlDatabase &db, const std::function<bool(const BindingRowView &)> &visit)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error{tr("not an open SQLite database")};
    auto statement = prepare(handle, "SELECT id, tenant_id, pod_id, is_binding, created_at, updated_at, ended_at"
                                     " FROM pod_bindings");
    if (!statement)
        return Error{statement.error()};
    sqlite3_stmt *s = statement.value().get();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const BindingRowView row{text(s, 0), text(s, 1), text(s, 2), sqlite3_column_int(s, 3) != 0,
                                 sqlite3_column_int64(s, 4), optionalInt(s, 5), optionalInt(s, 6)};
        if (!visit(row))
            return {};
    }
    if (rc != SQLITE_DONE)
        return Error{tr("cannot read the bindings: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    return {};
}

} // namespace model
