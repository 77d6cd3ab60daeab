// SPDX-License-Identifier: Apache-2.0
#include "sqlitebulkwriter.h"

#include "sqlitehandle.h"

#include <memory>
#include <string_view>
#include <unordered_map>

namespace model {

namespace {

using Statement = SqliteStatement;

void bindText(sqlite3_stmt *s, int i, std::string_view text)
{
    sqlite3_bind_text(s, i, text.data(), int(text.size()), SQLITE_STATIC);
}

void bindOptional(sqlite3_stmt *s, int i, const std::optional<std::int64_t> &v)
{
    if (v)
        sqlite3_bind_int64(s, i, *v);
    else
        sqlite3_bind_null(s, i);
}

QString str(const std::string &s) { return QString::fromStdString(s); }

} // namespace

bool SqliteBulkWriter::supports(const QSqlDatabase &db) { return sqliteHandle(db) != nullptr; }

Status SqliteBulkWriter::insertBindings(const QSqlDatabase &db, const sched::CloudState &state)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error{tr("not an open SQLite database")};
    std::unordered_map<std::string_view, std::pair<std::string_view, std::string>> podKeys; // id -> (AZ, group)
    for (const sched::Pod &p : state.pods)
        podKeys.emplace(p.id, std::pair(std::string_view(p.azName), sched::groupKey(p.tags)));

    sqlite3_stmt *raw = nullptr;
    const char *sql = "INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, is_binding, created_at,"
                      " updated_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(handle))};
    const Statement insert(raw);
    for (const sched::Binding &b : state.bindings) {
        const auto pod = podKeys.find(b.podId);
        if (pod == podKeys.end())
            return Error{tr("binding %1 of tenant %2: pod %3 does not exist").arg(str(b.id), str(b.tenantId), str(b.podId))};
        sqlite3_stmt *s = insert.get();
        bindText(s, 1, b.id);
        bindText(s, 2, b.tenantId);
        bindText(s, 3, b.podId);
        bindText(s, 4, pod->second.first);
        bindText(s, 5, pod->second.second);
        sqlite3_bind_int(s, 6, b.active ? 1 : 0);
        sqlite3_bind_int64(s, 7, b.createdAtUs);
        bindOptional(s, 8, b.updatedAtUs);
        bindOptional(s, 9, b.endedAtUs);
        if (sqlite3_step(s) != SQLITE_DONE)
            return Error{tr("binding %1 of tenant %2: %3").arg(str(b.id), str(b.tenantId), QString::fromUtf8(sqlite3_errmsg(handle)))};
        sqlite3_reset(s);
    }
    return {};
}

} // namespace model
