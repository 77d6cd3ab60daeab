// SPDX-License-Identifier: Apache-2.0
#include "sqlstore.h"

#include <QUuid>


#include "auditlogwriter.h"
#include "bindingbulkwriter.h"
#include "databaselocation.h"
#include "foreignkeysoff.h"
#include "podaudittext.h"
#include "rollbackjournalswitch.h"
#include "schemamigrator.h"
#include "sqlitefileaccess.h"
#include "statevalidator.h"
#include "storeerrors.h"
#include "storerows.h"
#include "timeformat.h"
#include "usagehistoryrows.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QString podColumns() { return StoreRows::podColumns(); }

} // namespace

SqlStore::SqlStore(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_dialect(dialect),
      m_auditOperator(AuditLogWriter::osUser()), m_auditCloud(QStringLiteral("local")),
      m_auditSession(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void SqlStore::setAuditIdentity(const QString &operatorName, const QString &cloud)
{
    m_auditOperator = operatorName;
    m_auditCloud = cloud;
}

Status SqlStore::appendAudit(AuditRecord &record)
{
    if (record.operatorName.isEmpty())
        record.operatorName = m_auditOperator;
    if (record.cloud.isEmpty())
        record.cloud = m_auditCloud;
    if (record.operation.isEmpty())
        record.operation = QString::fromLatin1(auditoperation::kManual);
    if (record.reason.isEmpty())
        record.reason = QString::fromLatin1(auditoperation::kManual);
    return AuditLogWriter::append(database(), record, m_auditSession);
}

QString SqlStore::podName(const QString &podId)
{
    if (const auto it = m_podNames.find(podId); it != m_podNames.end())
        return it->second;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT pod_name FROM pods WHERE pod_id = ?"));
    q.addBindValue(podId);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_podNames.emplace(podId, name);
    return name;
}

SqlStore::~SqlStore()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlStore::database() const { return QSqlDatabase::database(m_connectionName, false); }

QString SqlStore::defaultPath()
{
    // Shared by the console and the CLI, whatever each one's application name.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/trio2o-console/trio2o.sqlite");
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const QString &path) { return openImpl(path, -1); }

Result<std::unique_ptr<SqlStore>> SqlStore::openAtVersion(const QString &path, int schemaVersion)
{
    return openImpl(path, schemaVersion);
}

Result<std::unique_ptr<SqlStore>> SqlStore::openImpl(const QString &location, int schemaVersion)
{
    return DatabaseLocation::looksLikeUrl(location) ? openPostgres(location, schemaVersion)
                                                     : openSqlite(location, schemaVersion);
}

namespace {
QString newConnectionName()
{
    return QStringLiteral("trio2o-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Result<std::unique_ptr<SqlStore>> SqlStore::openSqlite(const QString &path, int schemaVersion)
{
    if (path.trimmed().isEmpty())
        return Error{tr("no database given: name an SQLite file or a postgresql://user@host:port/dbname URL")};
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is not a database file").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("cannot create the folder %1").arg(info.absolutePath())};
    const SqliteFileAccess access(path);
    if (const QString refusal = access.refusal(); !refusal.isEmpty())
        return Error{refusal};
    const QString name = newConnectionName();
    std::unique_ptr<SqlStore> store(new SqlStore(name, info.absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    store->m_readOnlyReason = access.readOnlyReason();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(access.databaseName());
    db.setConnectOptions(access.connectOptions());
    if (!db.open())
        return Error{access.explain(db.lastError())};
    QSqlQuery q(db);
    // Check the file really is SQLite before changing anything in it.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error{access.explain(q.lastError())};
    q.finish(); // an unfinished read keeps a transaction open
    if (Status s = store->setUp(schemaVersion); !s)
        return Error{tr("%1: %2").arg(path, s.error())};
    return store;
}

Result<std::unique_ptr<SqlStore>> SqlStore::openPostgres(const QString &text, int schemaVersion)
{
    const auto location = DatabaseLocation::parse(text);
    if (!location)
        return Error{location.error()};
    const DatabaseLocation &where = location.value();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install "
                        "libqt6sql6-psql").arg(where.display())};
    const QString name = newConnectionName();
    std::unique_ptr<SqlStore> store(new SqlStore(name, where.display(), SqlDialect(SqlDialect::Engine::Postgres)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(where.databaseName());
    db.setHostName(where.host());
    db.setPort(where.port());
    db.setUserName(where.userName());
    db.setConnectOptions(where.connectOptions());
    // No password here on purpose: libpq takes it from PGPASSWORD or ~/.pgpass.
    if (!db.open())
        return Error{tr("cannot connect to %1: %2").arg(where.display(), db.lastError().text().trimmed())};
    if (Status s = store->setUp(schemaVersion); !s)
        return Error{tr("%1: %2").arg(where.display(), s.error())};
    return store;
}

Status SqlStore::setUp(int schemaVersion)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const bool readOnly = !m_readOnlyReason.isEmpty();
    for (const QString &statement : m_dialect.sessionSetup()) {
        if (readOnly && statement.contains(QLatin1String("journal_mode")))
            continue; // a read-only database keeps the journal it has
        if (!q.exec(statement)) {
            if (!m_dialect.isPostgres())
                return Error{SqliteFileAccess(m_location).explain(q.lastError())};
            return Error{tr("cannot set up the connection: %1").arg(q.lastError().text())};
        }
    }
    if (readOnly) {
        const auto version = SchemaMigrator::currentVersion(db);
        if (version && version.value() < SchemaMigrator::latestVersion())
            return Error{tr("the database has schema version %1 and must be upgraded to %2 before this program can "
                            "read it, but %3")
                             .arg(version.value())
                             .arg(SchemaMigrator::latestVersion())
                             .arg(m_readOnlyReason)};
    }
    return SchemaMigrator::migrate(db, schemaVersion);
}

Status SqlStore::inTransaction(const std::function<Status()> &work)
{
    if (!m_readOnlyReason.isEmpty())
        return Error{tr("%1 was opened for reading only (%2); nothing was changed").arg(m_location, m_readOnlyReason)};
    QSqlQuery q(database());
    if (!q.exec(m_dialect.beginWrite()))
        return Error{tr("cannot start a transaction: %1").arg(q.lastError().text())};
    m_podNames.clear();
    Status result = work();
    m_podNames.clear();
    if (result)
        notify(WritePoint::BeforeCommit, 0);
    if (result && !q.exec(QStringLiteral("COMMIT")))
        result = Error{tr("cannot commit: %1").arg(q.lastError().text())};
    if (!result)
        q.exec(QStringLiteral("ROLLBACK"));
    else
        notify(WritePoint::Committed, 0);
    return result;
}

Result<bool> SqlStore::isEmpty() const
{
    QSqlQuery q(database());
    // EXISTS stops at the first row; count(*) read every binding, and imports ask twice.
    if (!q.exec(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pods) OR EXISTS (SELECT 1 FROM pod_bindings)"
                               " THEN 0 ELSE 1 END"))
        || !q.next())
        return Error{tr("cannot read the database: %1").arg(q.lastError().text())};
    return q.value(0).toInt() == 1;
}

Result<sched::CloudState> SqlStore::load() const
{
    sched::CloudState state;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM pods ORDER BY created_at, pod_name %2").arg(podColumns(), m_dialect.binaryCollation())))
        return Error{tr("cannot read the pods: %1").arg(q.lastError().text())};
    while (q.next())
        state.pods.push_back(StoreRows::podFromRow(q));
    if (!q.exec(QStringLiteral("SELECT %1 FROM pod_bindings ORDER BY created_at, id %2")
                    .arg(StoreRows::bindingColumns(), m_dialect.binaryCollation())))
        return Error{tr("cannot read the bindings: %1").arg(q.lastError().text())};
    while (q.next())
        state.bindings.push_back(StoreRows::bindingFromRow(q));
    if (Status s = UsageHistoryRows::loadAll(database(), state); !s)
        return Error{s.error()};
    return state;
}

Status SqlStore::insertPods(const std::vector<sched::Pod> &pods)
{
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("INSERT INTO pods (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(podColumns())))
        return Error{q.lastError().text()};
    for (const sched::Pod &p : pods) {
        StoreRows::bindPod(q, p);
        if (!q.exec())
            return Error{tr("pod %1: %2").arg(str(p.name), explainSqlError(q.lastError()))};
    }
    return {};
}

bool SqlStore::prepareInsertBinding(QSqlQuery &q) const
{
    // The binding's AZ and group come from its pod, in the same statement.
    return q.prepare(QStringLiteral(
        "INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, is_binding, created_at, updated_at,"
        " ended_at) SELECT CAST(? AS TEXT), CAST(? AS TEXT), pod_id, az_name, resource_affinity_tags,"
        " CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM pods WHERE pod_id = ?"));
}

Status SqlStore::insertBinding(QSqlQuery &q, const sched::Binding &b, bool *raced)
{
    q.addBindValue(str(b.id));
    q.addBindValue(str(b.tenantId));
    q.addBindValue(b.active ? 1 : 0);
    q.addBindValue(qlonglong(b.createdAtUs));
    q.addBindValue(StoreRows::optionalValue(b.updatedAtUs));
    q.addBindValue(StoreRows::optionalValue(b.endedAtUs));
    q.addBindValue(str(b.podId));
    if (!q.exec()) {
        const QString why = explainSqlError(q.lastError());
        // A second binding of the same id is a mistake; a second active one for the key, a race.
        *raced = m_dialect.isRace(q.lastError()) && why != tr("a binding with that id exists already");
        return Error{tr("binding %1 of tenant %2: %3").arg(str(b.id), str(b.tenantId), why)};
    }
    if (q.numRowsAffected() != 1)
        return Error{tr("binding %1 of tenant %2: pod %3 does not exist").arg(str(b.id), str(b.tenantId), str(b.podId))};
    return {};
}

Status SqlStore::replaceState(const sched::CloudState &state)
{
    // The checks run on a second core while the rows go in; the transaction
    // commits only once they pass, so nothing of a bad state is ever kept.
    QFuture<Status> validation = QtConcurrent::run([&state] { return StateValidator::validate(state); });
    const auto empty = isEmpty();
    std::optional<RollbackJournalSwitch> writeOnce;
    if (empty && empty.value())
        writeOnce.emplace(database());
    const ForeignKeysOff checkedBeforeWriting(database()); // the old rows go at once (foreignkeysoff.h)
    const Status written = inTransaction([&]() -> Status {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("DELETE FROM usage_history")) || !q.exec(QStringLiteral("DELETE FROM pod_bindings"))
            || !q.exec(QStringLiteral("DELETE FROM pods")))
            return Error{tr("cannot clear the database: %1").arg(q.lastError().text())};
        if (Status s = insertPods(state.pods); !s)
            return s;
        if (Status s = UsageHistoryRows::insertAll(database(), state); !s)
            return s;
        notify(WritePoint::RowsWritten, qint64(state.pods.size()));
        // Building the binding indexes once at the end is many times faster
        // than updating them row by row; it all stays one transaction.
        const auto definitions = dropBindingIndexes();
        if (!definitions)
            return Error{definitions.error()};
        if (Status s = BindingBulkWriter::insert(database(), state); !s)
            return s;
        notify(WritePoint::RowsWritten, qint64(state.pods.size() + state.bindings.size()));
        if (Status s = restoreBindingIndexes(definitions.value()); !s)
            return s;
        if (Status s = validation.result(); !s)
            return s;
        AuditRecord audit;
        audit.kind = QString::fromLatin1(auditkind::kImport);
        audit.operation = QString::fromLatin1(auditkind::kImport);
        audit.after = QStringLiteral("pods=%1 bindings=%2").arg(state.pods.size()).arg(state.bindings.size());
        return appendAudit(audit);
    });
    // Bad input is better explained by the check naming the record than by the
    // database's own refusal of it.
    if (Status checked = validation.result(); !checked)
        return checked;
    return written;
}

Result<QStringList> SqlStore::dropBindingIndexes()
{
    QString error;
    const SqlDialect::SetAside aside = m_dialect.setAsideBindingIndexes(database(), &error);
    if (!error.isEmpty())
        return Error{error};
    QSqlQuery q(database());
    for (const QString &drop : aside.drop)
        if (!q.exec(drop))
            return Error{q.lastError().text()};
    return aside.restore;
}

Status SqlStore::restoreBindingIndexes(const QStringList &definitions)
{
    QSqlQuery q(database());
    for (const QString &sql : definitions)
        if (!q.exec(sql))
            return Error{explainSqlError(q.lastError())};
    // What the insert trigger checks row by row, checked once for all rows.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pod_bindings b JOIN pods p ON p.pod_id = b.pod_id"
                               " WHERE p.az_name = '' OR p.az_name <> b.az_name OR p.resource_affinity_tags <> b.group_key"))
        || !q.next())
        return Error{q.lastError().text()};
    if (q.value(0).toLongLong() != 0)
        return Error{tr("%n binding(s) point at the top region or disagree with their pod's AZ or group", nullptr,
                        q.value(0).toInt())};
    return {};
}

Result<sched::Pod> SqlStore::pod(const std::string &podId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM pods WHERE pod_id = ?").arg(podColumns()));
    q.addBindValue(str(podId));
    if (!q.exec())
        return Error{tr("cannot read pod %1: %2").arg(str(podId), q.lastError().text())};
    if (!q.next())
        return Error{tr("pod %1 does not exist").arg(str(podId))};
    return StoreRows::podFromRow(q);
}

Result<sched::Binding> SqlStore::binding(const std::string &bindingId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM pod_bindings WHERE id = ?").arg(StoreRows::bindingColumns()));
    q.addBindValue(str(bindingId));
    if (!q.exec())
        return Error{tr("cannot read binding %1: %2").arg(str(bindingId), q.lastError().text())};
    if (!q.next())
        return Error{tr("binding %1 does not exist").arg(str(bindingId))};
    return StoreRows::bindingFromRow(q);
}

Status SqlStore::addPod(const sched::Pod &pod)
{
    return inTransaction([&] {
        Status s = insertPods({pod});
        if (!s)
            return s;
        AuditRecord audit;
        audit.kind = QString::fromLatin1(auditkind::kPodCreated);
        audit.podId = str(pod.id);
        audit.podName = str(pod.name);
        audit.after = PodAuditText::describe(pod);
        return appendAudit(audit);
    });
}

Status SqlStore::updatePod(const sched::Pod &pod)
{
    return inTransaction([&] {
        Status s = writeAuditedPod(pod, {});
        // An edit of the usage is a sample of the history like a collection.
        if (s)
            s = UsageHistoryRows::recordAndThin(database(), {pod}, nowMicroseconds());
        return s;
    });
}

Status SqlStore::writePod(const sched::Pod &pod)
{
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral(
            "UPDATE pods SET pod_id = ?, pod_name = ?, az_name = ?, pod_az_name = ?, dc_name = ?,"
            " resource_affinity_tags = ?, state = ?, created_at = ?, cost = ?, threshold = ?, vcpus_total = ?,"
            " vcpus_used = ?, ram_mb_total = ?, ram_mb_used = ?, disk_gb_total = ?, disk_gb_used = ?, running_vms = ?"
            " WHERE pod_id = ?"));
        StoreRows::bindPod(q, pod);
        q.addBindValue(str(pod.id));
        if (!q.exec())
            return Error{tr("pod %1: %2").arg(str(pod.name), explainSqlError(q.lastError()))};
        if (q.numRowsAffected() != 1)
            return Error{tr("pod %1 does not exist").arg(str(pod.id))};
        return {};
    }
}

Status SqlStore::writeAuditedPod(const sched::Pod &pod, const std::string &operation)
{
    const auto before = this->pod(pod.id);
    if (!before)
        return Error{before.error()};
    if (Status s = writePod(pod); !s)
        return s;
    AuditRecord audit;
    audit.kind = QString::fromLatin1(auditkind::kPodEdited);
    audit.operation = str(operation);
    audit.podId = str(pod.id);
    audit.podName = str(pod.name);
    std::tie(audit.before, audit.after) = PodAuditText::difference(before.value(), pod);
    return appendAudit(audit);
}

Status SqlStore::deletePod(const std::string &podId)
{
    return inTransaction([&]() -> Status {
        const auto gone = pod(podId);
        if (!gone)
            return Error{gone.error()};
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(is_binding), 0) FROM pod_bindings WHERE pod_id = ?"));
        q.addBindValue(str(podId));
        if (!q.exec() || !q.next())
            return Error{q.lastError().text()};
        if (q.value(1).toLongLong() > 0)
            return Error{tr("pod %1 still has %n bound tenant(s); drain it first", nullptr, q.value(1).toInt()).arg(str(podId))};
        if (q.value(0).toLongLong() > 0) {
            // History of a pod that goes away goes with it.
            q.prepare(QStringLiteral("DELETE FROM pod_bindings WHERE pod_id = ? AND is_binding = 0"));
            q.addBindValue(str(podId));
            if (!q.exec())
                return Error{q.lastError().text()};
        }
        q.prepare(QStringLiteral("DELETE FROM pods WHERE pod_id = ?"));
        q.addBindValue(str(podId));
        if (!q.exec())
            return Error{tr("pod %1: %2").arg(str(podId), explainSqlError(q.lastError()))};
        if (q.numRowsAffected() != 1)
            return Error{tr("pod %1 does not exist").arg(str(podId))};
        AuditRecord audit;
        audit.kind = QString::fromLatin1(auditkind::kPodDeleted);
        audit.podId = str(podId);
        audit.podName = str(gone->name);
        audit.before = PodAuditText::describe(gone.value());
        return appendAudit(audit);
    });
}

} // namespace model
