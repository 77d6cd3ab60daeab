// SPDX-License-Identifier: Apache-2.0
#pragma once

// Forward-only schema migrations, keyed by a version stored in the database.
// Version 1 is upstream Trio2o's shape (pods, pod bindings); version 2 adds the
// design's extensions (affinity tags, state, capacity and usage, binding end
// times) and the constraints the database enforces itself; version 3 the usage
// history and shared settings; version 4 the pod overlay of live clouds (keyed
// by cloud and pod_id) and the audit log.

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

namespace model {

class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static int latestVersion();
    // 0 for a database without tables; otherwise the version stored in
    // schema_info, read as a 64-bit value. Every shape of schema_info but one
    // row holding a whole number from 1 up is refused with its own sentence
    // (empty, two rows, NULL, text, 0, negative); a newer version is returned.
    static Result<qint64> currentVersion(const QSqlDatabase &db);
    // Brings the database to `target` (default: latest), each step one
    // transaction; refuses a database newer than this program knows.
    static Status migrate(QSqlDatabase &db, int target = -1);

private:
    static Result<qint64> versionFromValue(const QVariant &value);
    static QString tooNew(qint64 version);
};

} // namespace model
