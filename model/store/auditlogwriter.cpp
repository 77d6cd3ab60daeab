// SPDX-License-Identifier: Apache-2.0
#include "auditlogwriter.h"

#include "sqldialect.h"
#include "timeformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace model {

QString AuditLogWriter::osUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name).trimmed(); !user.isEmpty())
            return user;
    return QStringLiteral("unknown");
}

QByteArray AuditLogWriter::notificationPayload(const AuditRecord &r, const QString &session)
{
    // Short enough for PostgreSQL's 8000-byte limit whatever the ids hold.
    const auto cut = [](const QString &s) { return s.left(200); };
    const QJsonObject o{{QStringLiteral("id"), r.id},
                        {QStringLiteral("kind"), r.kind},
                        {QStringLiteral("operation"), r.operation},
                        {QStringLiteral("pod"), cut(r.podId)},
                        {QStringLiteral("pod_name"), cut(r.podName)},
                        {QStringLiteral("tenant"), cut(r.tenantId)},
                        {QStringLiteral("operator"), cut(r.operatorName)},
                        {QStringLiteral("session"), cut(session)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status AuditLogWriter::append(const QSqlDatabase &db, AuditRecord &r, const QString &session)
{
    if (r.atUs == 0)
        r.atUs = nowMicroseconds();
    const bool postgres = SqlDialect::of(db).isPostgres();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, operator_name, cloud, kind, operation, pod_id, pod_name,"
                             " tenant_id, before_value, after_value, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)%1")
                  .arg(postgres ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(qlonglong(r.atUs));
    // A null QString binds as NULL: every text column is NOT NULL, empty when unknown.
    for (const QString *text : {&r.operatorName, &r.cloud, &r.kind, &r.operation, &r.podId, &r.podName, &r.tenantId,
                                &r.before, &r.after, &r.reason})
        q.addBindValue(text->isNull() ? QStringLiteral("") : *text);
    if (!q.exec())
        return Error{tr("cannot write the audit log: %1").arg(q.lastError().text())};
    r.id = postgres ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    if (!postgres)
        return {};
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString::fromLatin1(kChannel));
    notify.addBindValue(QString::fromUtf8(notificationPayload(r, session)));
    if (!notify.exec())
        return Error{tr("cannot notify the other users of the store: %1").arg(notify.lastError().text())};
    return {};
}

} // namespace model
