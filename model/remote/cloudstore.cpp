// SPDX-License-Identifier: Apache-2.0
#include "cloudstore.h"

#include "auditlogreader.h"
#include "cloudidentity.h"
#include "localdatabase.h"
#include "podoverlaystore.h"
#include "snapshotstore.h"
#include "sqlstore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <QDebug>
#include <QDir>
#include <QStandardPaths>

namespace model::remote {

CloudStore::CloudStore(const ConnectionSettings &settings, QString ownFile)
    : m_settings(settings), m_ownFile(std::move(ownFile))
{
}

CloudStore::~CloudStore() = default;

QString CloudStore::location(const ConnectionSettings &settings)
{
    if (!settings.storeLocation.isEmpty())
        return settings.storeLocation;
    if (!settings.stateDirectory.isEmpty())
        return QDir(settings.stateDirectory).filePath(QStringLiteral("store.sqlite"));
    return SqlStore::defaultPath();
}

QStringList CloudStore::oldOverlayFiles(const ConnectionSettings &settings, const QString &ownFile)
{
    QStringList files{ownFile};
    if (settings.stateDirectory.isEmpty()) {
        // The other program's folder too: the console and the CLI each kept their own.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        for (const char *program : {"trio2o-console", "trio2o-sched"})
            files << QDir(base + QStringLiteral("/Trio2o/") + QLatin1String(program) + QStringLiteral("/remote"))
                         .filePath(QStringLiteral("cloud-%1.sqlite").arg(settings.cloudKey()));
    }
    files.removeDuplicates();
    return files;
}

Status CloudStore::open(const QUrl &endpoint)
{
    if (m_overlay)
        return {};
    if (Status s = openCloud(CloudIdentity::storeKey(m_settings, endpoint)); !s)
        return s;
    if (Status s = rememberCloud(); !s)
        tell(s.error()); // only the offline start needs it
    return {};
}

namespace {
const QString kKeyTable = QStringLiteral("CREATE TABLE IF NOT EXISTS store_cloud (id INTEGER PRIMARY KEY CHECK (id = 1), "
                                         "cloud TEXT NOT NULL)");
} // namespace

Status CloudStore::rememberCloud()
{
    auto file = LocalDatabase::open(m_ownFile, {kKeyTable});
    if (!file)
        return Error{file.error()};
    const std::unique_ptr<LocalDatabase> own(file.value());
    QSqlQuery q(own->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO store_cloud (id, cloud) VALUES (1, ?)"));
    q.addBindValue(cloud());
    if (!q.exec())
        return Error{own->failure(tr("cannot keep the cloud's key in the store"), q.lastError().text())};
    // Before schema 4 the snapshot lived here; it is in the store now.
    for (const char *table : {"snapshot", "snapshot_bindings_answer", "snapshot_parts"})
        if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))))
            return Error{own->failure(tr("cannot drop the old snapshot"), q.lastError().text())};
    return {};
}

Status CloudStore::openRemembered()
{
    if (m_overlay)
        return {};
    QString key;
    if (QFileInfo(m_ownFile).isFile()) {
        auto file = LocalDatabase::open(m_ownFile, {kKeyTable});
        if (!file)
            return Error{file.error()};
        const std::unique_ptr<LocalDatabase> own(file.value());
        QSqlQuery q(own->db());
        if (!q.exec(QStringLiteral("SELECT cloud FROM store_cloud WHERE id = 1")))
            return Error{own->failure(tr("cannot read the cloud's key in the store"), q.lastError().text())};
        if (q.next())
            key = q.value(0).toString();
    }
    if (key.isEmpty())
        return Error{tr("no snapshot of this cloud is known: it was never reached from here, so its key in the store "
                        "%1 is not known").arg(location(m_settings))};
    return openCloud(key);
}

QString CloudStore::cloud() const { return m_store ? m_store->auditCloud() : QString(); }

Status CloudStore::openCloud(const QString &storeKey)
{
    if (m_overlay)
        return {};
    auto store = SqlStore::open(location(m_settings));
    if (!store)
        return Error{tr("cannot open the store of the pod settings: %1").arg(store.error())};
    m_store = std::move(store).value();
    m_store->setAuditIdentity(CloudIdentity::operatorName(m_settings), storeKey);
    m_overlay = std::make_unique<PodOverlayStore>(*m_store, m_store->auditCloud());
    m_snapshots = std::make_unique<SnapshotStore>(*m_store, m_store->auditCloud());
    moveOldOverlays();
    return {};
}

void CloudStore::moveOldOverlays()
{
    for (const QString &file : oldOverlayFiles(m_settings, m_ownFile)) {
        const auto moved = m_overlay->moveFrom(file);
        if (!moved)
            tell(tr("The pod settings kept in %1 could not be moved into the store %2: %3")
                     .arg(file, m_store->location(), moved.error()));
        else if (moved.value() > 0)
            tell(tr("Moved the settings of %n pod(s) from %1 into the store %2, where everyone using that store "
                    "shares them (the store's own settings of a pod were kept).", nullptr, moved.value())
                     .arg(file, m_store->location()));
    }
}

void CloudStore::record(AuditRecord record)
{
    const Status s = m_store ? m_store->inTransaction([&] { return m_store->appendAudit(record); })
                             : Status(Error{tr("the store is not open")});
    if (!s)
        tell(tr("The change was made, but it could not be written to the audit log: %1").arg(s.error()));
}

Result<std::vector<AuditRecord>> CloudStore::auditLog(AuditFilter filter) const
{
    if (!m_store)
        return Error{tr("the store is not open")};
    filter.cloud = m_store->auditCloud();
    return AuditLogReader::read(m_store->database(), filter);
}

void CloudStore::tell(const QString &notice)
{
    qInfo().noquote() << notice;
    m_notices.append(notice);
}

QStringList CloudStore::takeNotices()
{
    QStringList out;
    out.swap(m_notices);
    return out;
}

} // namespace model::remote
