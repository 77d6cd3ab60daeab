// SPDX-License-Identifier: Apache-2.0
#pragma once

// Appends rows to the audit log inside the caller's transaction, and on
// PostgreSQL sends a NOTIFY on kChannel in the same transaction (delivered to
// listeners when it commits, never when it rolls back): the payload is small
// JSON {"id", "kind", "operation", "pod", "pod_name", "tenant", "operator",
// "session"} (StoreChangeListener parses it). The session names the writing
// connection (SqlStore::auditSession), so that a console can tell its own
// changes from another operator's.

#include "auditrecord.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace model {

class AuditLogWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogWriter)

public:
    static constexpr const char *kChannel = "trio2o_store_changes";
    // Who the operator of a local store is: the OS user ($USER, $LOGNAME, $USERNAME).
    static QString osUser();
    // Inserts `record` (its id and, when 0, its time are filled in) and notifies.
    static Status append(const QSqlDatabase &db, AuditRecord &record, const QString &session = {});
    static QByteArray notificationPayload(const AuditRecord &record, const QString &session = {});
};

} // namespace model
