// SPDX-License-Identifier: Apache-2.0
#pragma once

// What differs between the two SQL engines the store runs on, in one place:
// transaction start, session settings, the engine-specific half of each schema
// migration (SQLite triggers with RAISE(ABORT) vs. PL/pgSQL trigger functions),
// how to set binding indexes and triggers aside for a bulk import, and which
// engine errors mean "somebody else changed it" rather than a fault.
// The database-level guarantees are the same on both engines.

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace model {

class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine = Engine::Sqlite) : m_engine(engine) {}
    static SqlDialect of(const QSqlDatabase &db);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // Starts a transaction that will write: SQLite takes the write lock at
    // once (no deadlock between two readers upgrading), PostgreSQL READ COMMITTED.
    QString beginWrite() const;
    // Run once per connection after opening.
    QStringList sessionSetup() const;
    // Serialises concurrent schema upgrades (PostgreSQL: advisory lock); may be empty.
    QString migrationLock() const;
    // Engine-specific statements run at the end of schema version `version`.
    QStringList migrationExtras(int version) const;
    // "COLLATE ..." for byte-wise text order, identical on both engines.
    QString binaryCollation() const;

    // For a bulk import: statements that set the binding indexes and triggers
    // aside and those that restore them, read from the catalogue.
    struct SetAside {
        QStringList drop;
        QStringList restore;
    };
    SetAside setAsideBindingIndexes(const QSqlDatabase &db, QString *error) const;

    // Unique violation, serialization failure, deadlock, busy database:
    // the write lost a race and may be retried after a refresh.
    bool isRace(const QSqlError &error) const;
    bool isUniqueViolation(const QSqlError &error) const;

private:
    Engine m_engine;
};

} // namespace model
