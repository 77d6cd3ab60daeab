// SPDX-License-Identifier: Apache-2.0
#include "schemamigrator.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <limits>

namespace model {

namespace {

const char *const kVersion1[] = {
    "CREATE TABLE schema_info (version INTEGER NOT NULL)",
    "INSERT INTO schema_info (version) VALUES (0)",
    "CREATE TABLE pods ("
    " pod_id TEXT PRIMARY KEY,"
    " pod_name TEXT NOT NULL UNIQUE CHECK (pod_name <> ''),"
    " az_name TEXT NOT NULL DEFAULT '',"
    " pod_az_name TEXT NOT NULL DEFAULT '',"
    " dc_name TEXT NOT NULL DEFAULT '')",
    // The id is unique through an index, not the primary key, so that bulk
    // imports can build it once at the end (SqlStore::replaceState).
    "CREATE TABLE pod_bindings ("
    " id TEXT NOT NULL,"
    " tenant_id TEXT NOT NULL CHECK (tenant_id <> ''),"
    " pod_id TEXT NOT NULL REFERENCES pods (pod_id),"
    " is_binding INTEGER NOT NULL DEFAULT 1 CHECK (is_binding IN (0, 1)),"
    " created_at BIGINT NOT NULL,"
    " updated_at BIGINT)",
    "CREATE UNIQUE INDEX pod_bindings_id ON pod_bindings (id)",
};

const char *const kVersion2[] = {
    "ALTER TABLE pods ADD COLUMN resource_affinity_tags TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pods ADD COLUMN state TEXT NOT NULL DEFAULT 'enabled'"
    " CHECK (state IN ('enabled', 'maintenance', 'disabled'))",
    "ALTER TABLE pods ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE pods ADD COLUMN cost DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (cost >= 0)",
    "ALTER TABLE pods ADD COLUMN threshold DOUBLE PRECISION NOT NULL DEFAULT 0.9 CHECK (threshold > 0 AND threshold <= 1)",
    "ALTER TABLE pods ADD COLUMN vcpus_total BIGINT NOT NULL DEFAULT 0 CHECK (vcpus_total >= 0)",
    "ALTER TABLE pods ADD COLUMN vcpus_used BIGINT CHECK (vcpus_used >= 0)",
    "ALTER TABLE pods ADD COLUMN ram_mb_total BIGINT NOT NULL DEFAULT 0 CHECK (ram_mb_total >= 0)",
    "ALTER TABLE pods ADD COLUMN ram_mb_used BIGINT CHECK (ram_mb_used >= 0)",
    "ALTER TABLE pods ADD COLUMN disk_gb_total BIGINT NOT NULL DEFAULT 0 CHECK (disk_gb_total >= 0)",
    "ALTER TABLE pods ADD COLUMN disk_gb_used BIGINT CHECK (disk_gb_used >= 0)",
    "ALTER TABLE pods ADD COLUMN running_vms BIGINT CHECK (running_vms >= 0)",
    // At most one top region: every top pod has the same (empty) az_name.
    "CREATE UNIQUE INDEX pods_one_top_region ON pods (az_name) WHERE az_name = ''",
    // A binding carries its pod's AZ and group so that one index can enforce
    // "at most one active binding per (tenant, AZ, group)".
    "ALTER TABLE pod_bindings ADD COLUMN az_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pod_bindings ADD COLUMN group_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pod_bindings ADD COLUMN ended_at BIGINT",
    "UPDATE pod_bindings SET az_name = (SELECT p.az_name FROM pods p WHERE p.pod_id = pod_bindings.pod_id)",
    "UPDATE pod_bindings SET ended_at = COALESCE(updated_at, created_at) WHERE is_binding = 0",
    "CREATE UNIQUE INDEX pod_bindings_one_active ON pod_bindings (tenant_id, az_name, group_key)"
    " WHERE is_binding = 1",
    // No further indexes on purpose: every read of the console loads whole
    // tables, and each index costs a large import a sort of all rows.
    // The triggers that check each binding against its pod, and move bindings
    // with their pod, differ per engine: SqlDialect::migrationExtras(2).
};

// The capacity outlook's usage history, and settings the store's users share.
const char *const kVersion3[] = {
    "CREATE TABLE usage_history ("
    " pod_id TEXT NOT NULL REFERENCES pods (pod_id) ON DELETE CASCADE ON UPDATE CASCADE,"
    " at BIGINT NOT NULL,"
    " vcpus BIGINT CHECK (vcpus >= 0),"
    " ram_mb BIGINT CHECK (ram_mb >= 0),"
    " disk_gb BIGINT CHECK (disk_gb >= 0),"
    " running_vms BIGINT CHECK (running_vms >= 0),"
    " PRIMARY KEY (pod_id, at))",
    "CREATE TABLE store_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Version 4: the store as the team's memory. The pod settings Trio2o does not
// keep, and the usage history collected from Nova, for pods of live clouds, keyed by the cloud (ConnectionSettings::
// storeCloudKey) and pod_id, so one store serves several clouds; and the audit
// log of every change (its table differs per engine by the id column alone:
// SqlDialect::migrationExtras(4)).
const char *const kVersion4[] = {
    "CREATE TABLE pod_overlay ("
    " cloud TEXT NOT NULL CHECK (cloud <> ''),"
    " pod_id TEXT NOT NULL CHECK (pod_id <> ''),"
    " tags TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL DEFAULT 'enabled' CHECK (state IN ('enabled', 'maintenance', 'disabled')),"
    // 0: none of its own, the policy's default_threshold applies (as in state files).
    " threshold DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (threshold >= 0 AND threshold <= 1),"
    " cost DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (cost >= 0),"
    " vcpus BIGINT NOT NULL DEFAULT 0 CHECK (vcpus >= 0),"
    " ram_mb BIGINT NOT NULL DEFAULT 0 CHECK (ram_mb >= 0),"
    " disk_gb BIGINT NOT NULL DEFAULT 0 CHECK (disk_gb >= 0),"
    // Hypervisor statistics × ratio is the capacity where a cloud has no Placement.
    " vcpu_ratio DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (vcpu_ratio > 0 AND vcpu_ratio <= 1000),"
    " ram_ratio DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (ram_ratio > 0 AND ram_ratio <= 1000),"
    " PRIMARY KEY (cloud, pod_id))",
    // The usage history collected from a live cloud's Nova (the capacity outlook's input).
    "CREATE TABLE cloud_usage_history ("
    " cloud TEXT NOT NULL CHECK (cloud <> ''),"
    " pod_id TEXT NOT NULL,"
    " at BIGINT NOT NULL,"
    " vcpus BIGINT CHECK (vcpus >= 0),"
    " ram_mb BIGINT CHECK (ram_mb >= 0),"
    " disk_gb BIGINT CHECK (disk_gb >= 0),"
    " running_vms BIGINT CHECK (running_vms >= 0),"
    " PRIMARY KEY (cloud, pod_id, at))",
};

template <std::size_t N>
QStringList statements(const char *const (&list)[N])
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

QList<QStringList> steps() { return {statements(kVersion1), statements(kVersion2), statements(kVersion3), statements(kVersion4)}; }

Status failed(QSqlDatabase &db, int version, const QString &why)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return Error{SchemaMigrator::tr("upgrading the database to schema version %1 failed: %2").arg(version).arg(why)};
}

// One version, one transaction. Another program may be upgrading the same
// database right now: take the write lock first, then look at the version again.
Status runStep(QSqlDatabase &db, int version, const QStringList &common)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    if (!q.exec(dialect.beginWrite()))
        return Error{SchemaMigrator::tr("cannot start a transaction: %1").arg(q.lastError().text())};
    if (!dialect.migrationLock().isEmpty() && !q.exec(dialect.migrationLock()))
        return failed(db, version, q.lastError().text());
    const auto now = SchemaMigrator::currentVersion(db);
    if (!now)
        return failed(db, version, now.error());
    if (now.value() >= version) { // done by somebody else meanwhile
        q.exec(QStringLiteral("COMMIT"));
        return {};
    }
    for (const QString &statement : common + dialect.migrationExtras(version)) {
        if (!q.exec(statement))
            return failed(db, version, q.lastError().text());
    }
    if (!q.exec(QStringLiteral("UPDATE schema_info SET version = %1").arg(version)))
        return failed(db, version, q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed(db, version, q.lastError().text());
    return {};
}

} // namespace

int SchemaMigrator::latestVersion() { return int(steps().size()); }

Result<qint64> SchemaMigrator::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_info"))) {
        if (!db.tables().isEmpty())
            return Error{tr("the database holds tables but no schema version: it is not a Trio2o Console database")};
        return 0;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_info")))
        return Error{tr("cannot read the schema version: %1").arg(q.lastError().text())};
    if (!q.next()) {
        if (q.lastError().isValid())
            return Error{tr("cannot read the schema version: %1").arg(q.lastError().text())};
        return Error{tr("the table schema_info holds no version row: the database is damaged or an upgrade of it "
                        "was cut short; restore it from a backup")};
    }
    const QVariant value = q.value(0);
    if (q.next())
        return Error{tr("the table schema_info holds more than one version row: a Trio2o Console database has "
                        "exactly one; the database is damaged")};
    return versionFromValue(value);
}

Result<qint64> SchemaMigrator::versionFromValue(const QVariant &value)
{
    if (value.isNull())
        return Error{tr("the schema version in schema_info is NULL: the database is damaged")};
    const int type = value.metaType().id();
    const bool whole = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
                       || type == QMetaType::ULongLong;
    if (!whole) {
        if (type == QMetaType::Double)
            return Error{tr("the schema version in schema_info is %1, not a whole number: the database is damaged")
                             .arg(value.toDouble())};
        return Error{tr("the schema version in schema_info is the text \"%1\", not a number: the database is damaged")
                         .arg(value.toString().left(80))};
    }
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok) // an unsigned value beyond 2^63
        return Error{tooNew(std::numeric_limits<qint64>::max())};
    if (version == 0)
        return Error{tr("the schema version in schema_info is 0, which no finished Trio2o Console database has: "
                        "the database is damaged")};
    if (version < 0)
        return Error{tr("the schema version in schema_info is %1; versions start at 1: the database is damaged")
                         .arg(version)};
    return version;
}

QString SchemaMigrator::tooNew(qint64 version)
{
    return tr("the database has schema version %1, newer than this program understands: Trio2o Console %2 opens "
              "schema versions 1 to %3; open it with the newer Trio2o Console that wrote it")
        .arg(version)
        .arg(QStringLiteral(TRIO2O_VERSION))
        .arg(latestVersion());
}

Status SchemaMigrator::migrate(QSqlDatabase &db, int target)
{
    const QList<QStringList> all = steps();
    if (target < 0)
        target = int(all.size());
    if (target == 0 || target > int(all.size()))
        return Error{tr("there is no schema version %1; this program knows versions 1 to %2")
                         .arg(target)
                         .arg(latestVersion())};
    const auto current = currentVersion(db);
    if (!current)
        return Error{current.error()};
    if (current.value() > latestVersion())
        return Error{tooNew(current.value())};
    // current is now within [0, latestVersion()]: the index below stays in the list.
    for (int v = int(current.value()) + 1; v <= target; ++v) {
        if (Status s = runStep(db, v, all.at(v - 1)); !s)
            return s;
    }
    return {};
}

} // namespace model
