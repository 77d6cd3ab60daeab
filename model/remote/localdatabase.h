// SPDX-License-Identifier: Apache-2.0
#pragma once

// A named SQLite connection for the remote backend's local files (overlay,
// snapshot); opened and closed on the worker thread that uses it.

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace model::remote {

class LocalDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)

public:
    // Opens (creating folder and file) and runs `schema` statements.
    static Result<LocalDatabase *> open(const QString &path, const QStringList &schema);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    // "what failed: SQLite's reason".
    QString failure(const QString &what, const QString &reason) const;

private:
    LocalDatabase(QString connection, QString path) : m_connection(std::move(connection)), m_path(std::move(path)) {}

    QString m_connection;
    QString m_path;
};

} // namespace model::remote
