// SPDX-License-Identifier: Apache-2.0
#include "bindingbulkwriter.h"

#include "sqlitebulkwriter.h"
#include "storerows.h"

#include <QSqlError>
#include <QSqlQuery>

#include <string_view>
#include <unordered_map>

namespace model {

namespace {

constexpr int kRowsPerStatement = 500; // 4,500 parameters, far below PostgreSQL's 65,535

QString insertStatement(int rows)
{
    QString sql = QStringLiteral("INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, is_binding,"
                                 " created_at, updated_at, ended_at) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i ? QStringLiteral(",(?,?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?,?)");
    return sql;
}

} // namespace

Status BindingBulkWriter::insert(const QSqlDatabase &db, const sched::CloudState &state)
{
    if (SqliteBulkWriter::supports(db))
        return SqliteBulkWriter::insertBindings(db, state);
    return insertMultiRow(db, state);
}

Status BindingBulkWriter::insertMultiRow(const QSqlDatabase &db, const sched::CloudState &state)
{
    std::unordered_map<std::string_view, std::pair<QString, QString>> podKeys; // pod id -> (AZ, group)
    for (const sched::Pod &p : state.pods)
        podKeys.emplace(p.id, std::pair(StoreRows::str(p.azName), StoreRows::str(sched::groupKey(p.tags))));
    QSqlQuery full(db);
    if (!full.prepare(insertStatement(kRowsPerStatement)))
        return Error{full.lastError().text()};
    const std::size_t total = state.bindings.size();
    for (std::size_t start = 0; start < total; start += kRowsPerStatement) {
        const int rows = int(std::min<std::size_t>(kRowsPerStatement, total - start));
        QSqlQuery tail(db);
        if (rows != kRowsPerStatement && !tail.prepare(insertStatement(rows)))
            return Error{tail.lastError().text()};
        QSqlQuery &q = rows == kRowsPerStatement ? full : tail;
        for (int i = 0; i < rows; ++i) {
            const sched::Binding &b = state.bindings[start + std::size_t(i)];
            const auto pod = podKeys.find(b.podId);
            if (pod == podKeys.end())
                return Error{tr("binding %1 of tenant %2: pod %3 does not exist")
                                 .arg(StoreRows::str(b.id), StoreRows::str(b.tenantId), StoreRows::str(b.podId))};
            q.addBindValue(StoreRows::str(b.id));
            q.addBindValue(StoreRows::str(b.tenantId));
            q.addBindValue(StoreRows::str(b.podId));
            q.addBindValue(pod->second.first);
            q.addBindValue(pod->second.second);
            q.addBindValue(b.active ? 1 : 0);
            q.addBindValue(qlonglong(b.createdAtUs));
            q.addBindValue(StoreRows::optionalValue(b.updatedAtUs));
            q.addBindValue(StoreRows::optionalValue(b.endedAtUs));
        }
        if (!q.exec())
            return Error{tr("bindings %1 to %2: %3").arg(start + 1).arg(start + std::size_t(rows)).arg(q.lastError().text())};
    }
    return {};
}

} // namespace model
