#pragma once

// Forward-only schema migrations, keyed by a version stored in the database.
// Version 1 is upstream Trio2o's shape (pods, pod bindings); version 2 adds the
// design's extensions (affinity tags, state, capacity and usage, binding end
// times) and the constraints the database enforces itself.

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace model {

class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static int latestVersion();
    // 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Brings the database to `target` (default: latest), each step one
    // transaction; refuses a database newer than this program knows.
    static Status migrate(QSqlDatabase &db, int target = -1);
};

} // namespace model
