// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a store lives, parsed once from what the operator typed (`--db`, the
// Connect dialog): a file path means SQLite; `postgresql://user@host:port/dbname`
// (or `postgres://`) means PostgreSQL through QtSql's QPSQL driver. A password
// is never part of the location: libpq reads PGPASSWORD or ~/.pgpass itself.

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace model {

class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine { Sqlite, Postgres };

    static Result<DatabaseLocation> parse(const QString &text);
    // True when `text` names a server rather than a file (for labels, defaults).
    static bool looksLikeUrl(const QString &text);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    QString driverName() const;
    // SQLite: the file path as given. PostgreSQL: the database name.
    QString databaseName() const { return m_databaseName; }
    QString host() const { return m_host; }     // empty: libpq's default (local socket)
    int port() const { return m_port; }         // -1: libpq's default
    QString userName() const { return m_user; } // empty: libpq's default (login name)
    // QPSQL connect options ("sslmode=require;connect_timeout=10").
    QString connectOptions() const { return m_options; }
    // What to show the operator: the path, or the URL (never a password).
    QString display() const;

private:
    static Result<DatabaseLocation> parseUrl(const QString &text);

    Engine m_engine = Engine::Sqlite;
    QString m_databaseName;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_options;
};

} // namespace model
