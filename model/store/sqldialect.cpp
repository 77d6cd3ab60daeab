// SPDX-License-Identifier: Apache-2.0
#include "sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace model {

namespace {

// Version 2's database-enforced rules that plain DDL cannot express. SQLite:
// triggers raising ABORT; PostgreSQL: the same checks as PL/pgSQL functions.
const char *const kSqliteVersion2[] = {
    "CREATE TRIGGER pod_bindings_check_insert BEFORE INSERT ON pod_bindings BEGIN"
    " SELECT RAISE(ABORT, 'binding to the top region or to an unknown pod') WHERE NOT EXISTS"
    "  (SELECT 1 FROM pods p WHERE p.pod_id = NEW.pod_id AND p.az_name <> '');"
    " SELECT RAISE(ABORT, 'binding AZ or group differs from its pod') WHERE NOT EXISTS"
    "  (SELECT 1 FROM pods p WHERE p.pod_id = NEW.pod_id AND p.az_name = NEW.az_name"
    "   AND p.resource_affinity_tags = NEW.group_key);"
    " END",
    // Moving a pod to another AZ or group moves its bindings; the unique index
    // then refuses the move if a tenant would end up bound twice.
    "CREATE TRIGGER pods_move_bindings AFTER UPDATE OF az_name, resource_affinity_tags ON pods BEGIN"
    " SELECT RAISE(ABORT, 'a pod with bindings cannot become the top region')"
    "  WHERE NEW.az_name = '' AND EXISTS (SELECT 1 FROM pod_bindings b WHERE b.pod_id = NEW.pod_id);"
    " UPDATE pod_bindings SET az_name = NEW.az_name, group_key = NEW.resource_affinity_tags"
    "  WHERE pod_id = NEW.pod_id;"
    " END",
};

const char *const kPostgresVersion2[] = {
    "CREATE FUNCTION pod_bindings_check_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF NOT EXISTS (SELECT 1 FROM pods p WHERE p.pod_id = NEW.pod_id AND p.az_name <> '') THEN"
    "  RAISE EXCEPTION 'binding to the top region or to an unknown pod'; END IF;"
    " IF NOT EXISTS (SELECT 1 FROM pods p WHERE p.pod_id = NEW.pod_id AND p.az_name = NEW.az_name"
    "   AND p.resource_affinity_tags = NEW.group_key) THEN"
    "  RAISE EXCEPTION 'binding AZ or group differs from its pod'; END IF;"
    " RETURN NEW; END $$",
    "CREATE TRIGGER pod_bindings_check_insert BEFORE INSERT ON pod_bindings"
    " FOR EACH ROW EXECUTE FUNCTION pod_bindings_check_insert()",
    "CREATE FUNCTION pods_move_bindings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF NEW.az_name = '' AND EXISTS (SELECT 1 FROM pod_bindings b WHERE b.pod_id = NEW.pod_id) THEN"
    "  RAISE EXCEPTION 'a pod with bindings cannot become the top region'; END IF;"
    " UPDATE pod_bindings SET az_name = NEW.az_name, group_key = NEW.resource_affinity_tags"
    "  WHERE pod_id = NEW.pod_id;"
    " RETURN NEW; END $$",
    "CREATE TRIGGER pods_move_bindings AFTER UPDATE OF az_name, resource_affinity_tags ON pods FOR EACH ROW"
    " WHEN (OLD.az_name IS DISTINCT FROM NEW.az_name"
    "  OR OLD.resource_affinity_tags IS DISTINCT FROM NEW.resource_affinity_tags)"
    " EXECUTE FUNCTION pods_move_bindings()",
};

// The audit log (version 4): one row per change, newest last; the id column
// is the only difference between the engines.
const char *const kAuditColumns =
    " at BIGINT NOT NULL,"
    " operator_name TEXT NOT NULL,"
    " cloud TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " operation TEXT NOT NULL,"
    " pod_id TEXT NOT NULL DEFAULT '',"
    " pod_name TEXT NOT NULL DEFAULT '',"
    " tenant_id TEXT NOT NULL DEFAULT '',"
    " before_value TEXT NOT NULL DEFAULT '',"
    " after_value TEXT NOT NULL DEFAULT '',"
    " reason TEXT NOT NULL DEFAULT '')";

template <std::size_t N>
QStringList statements(const char *const (&list)[N])
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite);
}

QString SqlDialect::beginWrite() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QStringList SqlDialect::sessionSetup() const
{
    if (isPostgres())
        return {QStringLiteral("SET client_min_messages = warning"), QStringLiteral("SET client_encoding = 'UTF8'")};
    // synchronous = FULL: in WAL mode NORMAL syncs only at checkpoints, so a
    // committed operation (a drain, a rebind) could vanish on power loss; FULL
    // syncs the log at every commit, which costs a commit one fsync.
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA busy_timeout = 10000"),
            // Big imports thrash the 2 MiB default cache, sort indexes in
            // temporary files and on one core only.
            QStringLiteral("PRAGMA cache_size = -262144"), QStringLiteral("PRAGMA temp_store = MEMORY"),
            QStringLiteral("PRAGMA threads = 2")};
}

QString SqlDialect::migrationLock() const
{
    // Any fixed number: the key of "Trio2o Console schema upgrade".
    return isPostgres() ? QStringLiteral("SELECT pg_advisory_xact_lock(7402110)") : QString();
}

QStringList SqlDialect::migrationExtras(int version) const
{
    if (version == 4) {
        const QString id = isPostgres() ? QStringLiteral("id BIGSERIAL PRIMARY KEY,")
                                        : QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT,");
        // The last snapshot of each live cloud (model/remote/snapshotstore.h): its
        // parts (pods, bindings) with when each was read, and their bytes in pieces.
        const QString bytes = isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
        return {QStringLiteral("CREATE TABLE audit_log (") + id + QLatin1String(kAuditColumns),
                QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
                QStringLiteral("CREATE TABLE cloud_snapshot (cloud TEXT NOT NULL CHECK (cloud <> ''),"
                               " part TEXT NOT NULL CHECK (part IN ('pods', 'bindings')), taken_at BIGINT NOT NULL,"
                               " PRIMARY KEY (cloud, part))"),
                QStringLiteral("CREATE TABLE cloud_snapshot_bytes (cloud TEXT NOT NULL, part TEXT NOT NULL,"
                               " seq INTEGER NOT NULL, bytes %1 NOT NULL, PRIMARY KEY (cloud, part, seq))").arg(bytes)};
    }
    if (version != 2)
        return {};
    return isPostgres() ? statements(kPostgresVersion2) : statements(kSqliteVersion2);
}

QString SqlDialect::binaryCollation() const
{
    return isPostgres() ? QStringLiteral("COLLATE \"C\"") : QStringLiteral("COLLATE BINARY");
}

SqlDialect::SetAside SqlDialect::setAsideBindingIndexes(const QSqlDatabase &db, QString *error) const
{
    SetAside out;
    QSqlQuery q(db);
    if (isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes"
                                   " WHERE schemaname = current_schema() AND tablename = 'pod_bindings'"))) {
            *error = q.lastError().text();
            return {};
        }
        while (q.next()) {
            out.drop << QStringLiteral("DROP INDEX %1").arg(q.value(0).toString());
            out.restore << q.value(1).toString();
        }
        // Row triggers off for the load; SqlStore checks the same rules once afterwards.
        out.drop << QStringLiteral("ALTER TABLE pod_bindings DISABLE TRIGGER pod_bindings_check_insert");
        out.restore << QStringLiteral("ALTER TABLE pod_bindings ENABLE TRIGGER pod_bindings_check_insert");
        return out;
    }
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'pod_bindings'"
                               " AND type IN ('index', 'trigger') AND sql IS NOT NULL"))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        out.drop << QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString());
        out.restore << q.value(2).toString();
    }
    return out;
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isPostgres())
        return code == QLatin1String("23505");
    // SQLITE_CONSTRAINT_UNIQUE (2067) or the plain constraint code with the message.
    return code == QLatin1String("2067") || code == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

bool SqlDialect::isRace(const QSqlError &error) const
{
    if (isUniqueViolation(error))
        return true;
    const QString code = error.nativeErrorCode();
    if (isPostgres())
        return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03");
    // SQLITE_BUSY and its extended codes (a writer held the lock past the timeout).
    return code == QLatin1String("5") || code == QLatin1String("517") || code == QLatin1String("261")
        || code == QLatin1String("6");
}

} // namespace model
