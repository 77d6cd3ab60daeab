// SPDX-License-Identifier: Apache-2.0
#include "auditlogreader.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace model {

Result<std::vector<AuditRecord>> AuditLogReader::read(const QSqlDatabase &db, const AuditFilter &f)
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariantList &bound) {
        where << condition;
        values << bound;
    };
    if (!f.tenantId.isEmpty())
        add(QStringLiteral("tenant_id = ?"), {f.tenantId.trimmed()});
    if (!f.pod.isEmpty())
        add(QStringLiteral("(pod_id = ? OR pod_name = ?)"), {f.pod, f.pod});
    if (!f.kind.isEmpty())
        add(QStringLiteral("(kind = ? OR operation = ?)"), {f.kind, f.kind});
    if (!f.cloud.isEmpty())
        add(QStringLiteral("cloud = ?"), {f.cloud});
    if (f.sinceUs > 0)
        add(QStringLiteral("at >= ?"), {qlonglong(f.sinceUs)});
    QString sql = QStringLiteral("SELECT id, at, operator_name, cloud, kind, operation, pod_id, pod_name, tenant_id,"
                                 " before_value, after_value, reason FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("cannot read the audit log: %1").arg(q.lastError().text())};
    std::vector<AuditRecord> out;
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.atUs = q.value(1).toLongLong();
        r.operatorName = q.value(2).toString();
        r.cloud = q.value(3).toString();
        r.kind = q.value(4).toString();
        r.operation = q.value(5).toString();
        r.podId = q.value(6).toString();
        r.podName = q.value(7).toString();
        r.tenantId = q.value(8).toString();
        r.before = q.value(9).toString();
        r.after = q.value(10).toString();
        r.reason = q.value(11).toString();
        out.push_back(std::move(r));
    }
    if (q.lastError().isValid())
        return Error{tr("cannot read the audit log: %1").arg(q.lastError().text())};
    return out;
}

QJsonObject AuditLogReader::toJson(const AuditRecord &r)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.atUs / 1000, Qt::UTC);
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("operator"), r.operatorName},
            {QStringLiteral("cloud"), r.cloud},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("operation"), r.operation},
            {QStringLiteral("pod_id"), r.podId},
            {QStringLiteral("pod_name"), r.podName},
            {QStringLiteral("tenant"), r.tenantId},
            {QStringLiteral("before"), r.before},
            {QStringLiteral("after"), r.after},
            {QStringLiteral("reason"), r.reason}};
}

} // namespace model
