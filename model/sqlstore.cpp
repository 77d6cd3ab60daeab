#include "sqlstore.h"

#include "schemamigrator.h"
#include "sqlitebulkwriter.h"
#include "statevalidator.h"
#include "timeformat.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <unordered_map>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QVariant optionalValue(const std::optional<std::int64_t> &v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<std::int64_t> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
}

const QString kPodColumns = QStringLiteral(
    "pod_id, pod_name, az_name, pod_az_name, dc_name, resource_affinity_tags, state, created_at, cost, threshold,"
    " vcpus_total, vcpus_used, ram_mb_total, ram_mb_used, disk_gb_total, disk_gb_used, running_vms");

void bindPod(QSqlQuery &q, const sched::Pod &p)
{
    q.addBindValue(str(p.id));
    q.addBindValue(str(p.name));
    q.addBindValue(str(p.azName));
    q.addBindValue(str(p.podAzName));
    q.addBindValue(str(p.dcName));
    q.addBindValue(str(sched::groupKey(p.tags)));
    q.addBindValue(QString::fromUtf8(sched::podStateKey(p.state)));
    q.addBindValue(qlonglong(p.createdAtUs));
    q.addBindValue(p.cost);
    q.addBindValue(p.threshold);
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        q.addBindValue(qlonglong(p.capacity[r]));
        q.addBindValue(optionalValue(p.used[r]));
    }
    q.addBindValue(optionalValue(p.runningVms));
}

sched::Pod podFromRow(const QSqlQuery &q)
{
    sched::Pod p;
    p.id = q.value(0).toString().toStdString();
    p.name = q.value(1).toString().toStdString();
    p.azName = q.value(2).toString().toStdString();
    p.podAzName = q.value(3).toString().toStdString();
    p.dcName = q.value(4).toString().toStdString();
    p.tags = sched::parseGroup(q.value(5).toString().toStdString()).value_or(sched::TagSet{});
    p.state = sched::podStateFromKey(q.value(6).toString().toStdString()).value_or(sched::PodState::Enabled);
    p.createdAtUs = q.value(7).toLongLong();
    p.cost = q.value(8).toDouble();
    p.threshold = q.value(9).toDouble();
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        p.capacity[r] = q.value(10 + int(2 * r)).toLongLong();
        p.used[r] = optionalInt(q.value(11 + int(2 * r)));
    }
    p.runningVms = optionalInt(q.value(16));
    return p;
}

const QString kBindingColumns = QStringLiteral("id, tenant_id, pod_id, is_binding, created_at, updated_at, ended_at");

sched::Binding bindingFromRow(const QSqlQuery &q)
{
    sched::Binding b;
    b.id = q.value(0).toString().toStdString();
    b.tenantId = q.value(1).toString().toStdString();
    b.podId = q.value(2).toString().toStdString();
    b.active = q.value(3).toInt() != 0;
    b.createdAtUs = q.value(4).toLongLong();
    b.updatedAtUs = optionalInt(q.value(5));
    b.endedAtUs = optionalInt(q.value(6));
    return b;
}

// Turns the engine's constraint messages into sentences an operator can act on.
QString explainSqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("pod_bindings.id")) || text.contains(QLatin1String("pod_bindings_id")))
        return SqlStore::tr("a binding with that id exists already");
    if (text.contains(QLatin1String("pod_bindings.tenant_id")) || text.contains(QLatin1String("pod_bindings_one_active")))
        return SqlStore::tr("the tenant already has an active binding in that AZ and group");
    if (text.contains(QLatin1String("pods.az_name")) || text.contains(QLatin1String("pods_one_top_region")))
        return SqlStore::tr("there is already a top region (a pod with an empty AZ)");
    if (text.contains(QLatin1String("pods.pod_name")))
        return SqlStore::tr("a pod with that name exists already");
    if (text.contains(QLatin1String("FOREIGN KEY")))
        return SqlStore::tr("bindings still refer to the pod");
    return text;
}

} // namespace

SqlStore::SqlStore(QString connectionName, QString location)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location))
{
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

Result<std::unique_ptr<SqlStore>> SqlStore::openImpl(const QString &path, int schemaVersion)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is not a database file").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("cannot create the folder %1").arg(info.absolutePath())};
    const QString name = QStringLiteral("trio2o-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqlStore> store(new SqlStore(name, info.absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{tr("cannot open the database %1: %2").arg(path, db.lastError().text())};
    QSqlQuery q(db);
    // Check the file really is SQLite before changing anything in it.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error{tr("%1 is not an SQLite database: %2").arg(path, q.lastError().text())};
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000",
                               // Big imports thrash the 2 MiB default cache, sort indexes in temporary
                               // files and on one core only.
                               "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY", "PRAGMA threads = 2"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{tr("cannot set up the database %1: %2").arg(path, q.lastError().text())};
    }
    if (Status s = SchemaMigrator::migrate(db, schemaVersion); !s)
        return Error{tr("%1: %2").arg(path, s.error())};
    return store;
}

Status SqlStore::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Error{tr("cannot start a transaction: %1").arg(db.lastError().text())};
    Status result = work();
    if (result && !db.commit())
        result = Error{tr("cannot commit: %1").arg(db.lastError().text())};
    if (!result)
        db.rollback();
    return result;
}

Result<bool> SqlStore::isEmpty() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM pods) + (SELECT count(*) FROM pod_bindings)")) || !q.next())
        return Error{tr("cannot read the database: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong() == 0;
}

Result<sched::CloudState> SqlStore::load() const
{
    sched::CloudState state;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM pods ORDER BY created_at, pod_name").arg(kPodColumns)))
        return Error{tr("cannot read the pods: %1").arg(q.lastError().text())};
    while (q.next())
        state.pods.push_back(podFromRow(q));
    if (!q.exec(QStringLiteral("SELECT %1 FROM pod_bindings ORDER BY created_at, id").arg(kBindingColumns)))
        return Error{tr("cannot read the bindings: %1").arg(q.lastError().text())};
    while (q.next())
        state.bindings.push_back(bindingFromRow(q));
    return state;
}

Status SqlStore::insertPods(const std::vector<sched::Pod> &pods)
{
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("INSERT INTO pods (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kPodColumns)))
        return Error{q.lastError().text()};
    for (const sched::Pod &p : pods) {
        bindPod(q, p);
        if (!q.exec())
            return Error{tr("pod %1: %2").arg(str(p.name), explainSqlError(q.lastError()))};
    }
    return {};
}

Status SqlStore::insertBindings(const std::vector<sched::Binding> &bindings)
{
    QSqlQuery q(database());
    // The binding's AZ and group come from its pod, in the same statement.
    if (!q.prepare(QStringLiteral(
            "INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, is_binding, created_at, updated_at,"
            " ended_at) SELECT ?, ?, pod_id, az_name, resource_affinity_tags, ?, ?, ?, ? FROM pods WHERE pod_id = ?")))
        return Error{q.lastError().text()};
    for (const sched::Binding &b : bindings) {
        q.addBindValue(str(b.id));
        q.addBindValue(str(b.tenantId));
        q.addBindValue(b.active ? 1 : 0);
        q.addBindValue(qlonglong(b.createdAtUs));
        q.addBindValue(optionalValue(b.updatedAtUs));
        q.addBindValue(optionalValue(b.endedAtUs));
        q.addBindValue(str(b.podId));
        if (!q.exec())
            return Error{tr("binding %1 of tenant %2: %3").arg(str(b.id), str(b.tenantId), explainSqlError(q.lastError()))};
        if (q.numRowsAffected() != 1)
            return Error{tr("binding %1 of tenant %2: pod %3 does not exist").arg(str(b.id), str(b.tenantId), str(b.podId))};
    }
    return {};
}

Status SqlStore::replaceState(const sched::CloudState &state)
{
    if (Status s = StateValidator::validate(state); !s)
        return s;
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("DELETE FROM pod_bindings")) || !q.exec(QStringLiteral("DELETE FROM pods")))
            return Error{tr("cannot clear the database: %1").arg(q.lastError().text())};
        if (Status s = insertPods(state.pods); !s)
            return s;
        // Building the binding indexes once at the end is many times faster
        // than updating them row by row; it all stays one transaction.
        const auto definitions = dropBindingIndexes();
        if (!definitions)
            return Error{definitions.error()};
        if (Status s = bulkInsertBindings(state); !s)
            return s;
        return restoreBindingIndexes(definitions.value());
    });
}

Result<QStringList> SqlStore::dropBindingIndexes()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'pod_bindings'"
                               " AND type IN ('index', 'trigger') AND sql IS NOT NULL")))
        return Error{q.lastError().text()};
    QStringList definitions, drops;
    while (q.next()) {
        definitions << q.value(2).toString();
        drops << QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString());
    }
    for (const QString &drop : std::as_const(drops))
        if (!q.exec(drop))
            return Error{q.lastError().text()};
    return definitions;
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

Status SqlStore::bulkInsertBindings(const sched::CloudState &state)
{
    if (SqliteBulkWriter::supports(database()))
        return SqliteBulkWriter::insertBindings(database(), state);
    std::unordered_map<std::string_view, std::pair<QString, QString>> podKeys; // pod id -> (AZ, group)
    for (const sched::Pod &p : state.pods)
        podKeys.emplace(p.id, std::pair(str(p.azName), str(sched::groupKey(p.tags))));
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, is_binding,"
                                  " created_at, updated_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Error{q.lastError().text()};
    for (const sched::Binding &b : state.bindings) {
        const auto pod = podKeys.find(b.podId);
        if (pod == podKeys.end())
            return Error{tr("binding %1 of tenant %2: pod %3 does not exist").arg(str(b.id), str(b.tenantId), str(b.podId))};
        q.addBindValue(str(b.id));
        q.addBindValue(str(b.tenantId));
        q.addBindValue(str(b.podId));
        q.addBindValue(pod->second.first);
        q.addBindValue(pod->second.second);
        q.addBindValue(b.active ? 1 : 0);
        q.addBindValue(qlonglong(b.createdAtUs));
        q.addBindValue(optionalValue(b.updatedAtUs));
        q.addBindValue(optionalValue(b.endedAtUs));
        if (!q.exec())
            return Error{tr("binding %1 of tenant %2: %3").arg(str(b.id), str(b.tenantId), explainSqlError(q.lastError()))};
    }
    return {};
}

Result<std::vector<sched::Binding>> SqlStore::applyBindingChanges(const std::vector<BindingChange> &changes)
{
    std::vector<sched::Binding> created;
    const std::int64_t now = nowMicroseconds();
    Status s = inTransaction([&]() -> Status {
        QSqlQuery end(database());
        end.prepare(QStringLiteral("UPDATE pod_bindings SET is_binding = 0, ended_at = ?, updated_at = ?"
                                   " WHERE id = ? AND tenant_id = ? AND is_binding = 1"));
        for (const BindingChange &c : changes) {
            const std::int64_t at = c.atUs ? c.atUs : now;
            if (!c.endBindingId.empty()) {
                end.addBindValue(qlonglong(at));
                end.addBindValue(qlonglong(at));
                end.addBindValue(str(c.endBindingId));
                end.addBindValue(str(c.tenantId));
                if (!end.exec())
                    return Error{tr("ending binding %1: %2").arg(str(c.endBindingId), explainSqlError(end.lastError()))};
                if (end.numRowsAffected() != 1)
                    return Error{tr("binding %1 of tenant %2 is no longer active; somebody else changed it. Refresh and retry.")
                                     .arg(str(c.endBindingId), str(c.tenantId))};
            }
            if (c.newPodId.empty())
                continue;
            sched::Binding b;
            b.id = c.newBindingId.empty() ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() : c.newBindingId;
            b.tenantId = c.tenantId;
            b.podId = c.newPodId;
            b.createdAtUs = at;
            created.push_back(b);
            if (Status ins = insertBindings({b}); !ins)
                return ins;
        }
        return {};
    });
    if (!s)
        return Error{s.error()};
    return created;
}

Result<sched::Pod> SqlStore::pod(const std::string &podId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM pods WHERE pod_id = ?").arg(kPodColumns));
    q.addBindValue(str(podId));
    if (!q.exec())
        return Error{tr("cannot read pod %1: %2").arg(str(podId), q.lastError().text())};
    if (!q.next())
        return Error{tr("pod %1 does not exist").arg(str(podId))};
    return podFromRow(q);
}

Result<sched::Binding> SqlStore::binding(const std::string &bindingId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM pod_bindings WHERE id = ?").arg(kBindingColumns));
    q.addBindValue(str(bindingId));
    if (!q.exec())
        return Error{tr("cannot read binding %1: %2").arg(str(bindingId), q.lastError().text())};
    if (!q.next())
        return Error{tr("binding %1 does not exist").arg(str(bindingId))};
    return bindingFromRow(q);
}

Status SqlStore::addPod(const sched::Pod &pod)
{
    return inTransaction([&] { return insertPods({pod}); });
}

Status SqlStore::updatePod(const sched::Pod &pod)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        q.prepare(QStringLiteral(
            "UPDATE pods SET pod_id = ?, pod_name = ?, az_name = ?, pod_az_name = ?, dc_name = ?,"
            " resource_affinity_tags = ?, state = ?, created_at = ?, cost = ?, threshold = ?, vcpus_total = ?,"
            " vcpus_used = ?, ram_mb_total = ?, ram_mb_used = ?, disk_gb_total = ?, disk_gb_used = ?, running_vms = ?"
            " WHERE pod_id = ?"));
        bindPod(q, pod);
        q.addBindValue(str(pod.id));
        if (!q.exec())
            return Error{tr("pod %1: %2").arg(str(pod.name), explainSqlError(q.lastError()))};
        if (q.numRowsAffected() != 1)
            return Error{tr("pod %1 does not exist").arg(str(pod.id))};
        return {};
    });
}

Status SqlStore::deletePod(const std::string &podId)
{
    return inTransaction([&]() -> Status {
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
        return {};
    });
}

} // namespace model
