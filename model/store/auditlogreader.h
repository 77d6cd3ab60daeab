// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads the audit log, newest first, filtered by tenant, pod (id or name),
// kind or operation, cloud and time; and its rows as JSON (`trio2o-sched log --json`).

#include "auditrecord.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <vector>

namespace model {

class AuditLogReader
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogReader)

public:
    static Result<std::vector<AuditRecord>> read(const QSqlDatabase &db, const AuditFilter &filter);
    // {"id", "at" (ISO 8601 UTC), "operator", "cloud", "kind", "operation",
    //  "pod_id", "pod_name", "tenant", "before", "after", "reason"}
    static QJsonObject toJson(const AuditRecord &record);
};

} // namespace model
