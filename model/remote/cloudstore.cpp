// SPDX-License-Identifier: Apache-2.0
#include "cloudstore.h"

#include "auditlogreader.h"
#include "cloudidentity.h"
#include "podoverlaystore.h"
#include "sqlstore.h"

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

Status CloudStore::open(const QUrl &endpoint) { return openCloud(CloudIdentity::storeKey(m_settings, endpoint)); }

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
