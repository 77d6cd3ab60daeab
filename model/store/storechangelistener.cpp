// SPDX-License-Identifier: Apache-2.0
#include "storechangelistener.h"

#include "auditlogwriter.h"
#include "databaselocation.h"
#include "sqlstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace model {

std::optional<StoreChange> StoreChange::fromPayload(const QString &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("id")).isDouble() || !o.value(QLatin1String("kind")).isString())
        return std::nullopt;
    StoreChange c;
    c.auditId = qint64(o.value(QLatin1String("id")).toDouble());
    c.kind = o.value(QLatin1String("kind")).toString();
    c.operation = o.value(QLatin1String("operation")).toString();
    c.podId = o.value(QLatin1String("pod")).toString();
    c.podName = o.value(QLatin1String("pod_name")).toString();
    c.tenantId = o.value(QLatin1String("tenant")).toString();
    c.operatorName = o.value(QLatin1String("operator")).toString();
    c.session = o.value(QLatin1String("session")).toString();
    return c;
}

StoreChangeListener::StoreChangeListener(QObject *parent) : QObject(parent) {}

StoreChangeListener::~StoreChangeListener() { stop(); }

Status StoreChangeListener::start(const QString &location)
{
    stop();
    if (!DatabaseLocation::looksLikeUrl(location))
        return Error{tr("live refresh needs a shared PostgreSQL store, not the file %1").arg(location)};
    auto store = SqlStore::open(location);
    if (!store)
        return Error{store.error()};
    QSqlDriver *driver = store.value()->database().driver();
    const QString channel = QString::fromLatin1(AuditLogWriter::kChannel);
    if (!driver->subscribeToNotification(channel))
        return Error{tr("cannot listen for changes of %1: %2")
                         .arg(store.value()->location(), driver->lastError().text())};
    connect(driver, &QSqlDriver::notification, this, &StoreChangeListener::onNotification);
    m_store = std::move(store).value();
    return {};
}

void StoreChangeListener::stop()
{
    if (!m_store)
        return;
    QSqlDriver *driver = m_store->database().driver();
    disconnect(driver, nullptr, this, nullptr);
    driver->unsubscribeFromNotification(QString::fromLatin1(AuditLogWriter::kChannel));
    m_store.reset();
}

void StoreChangeListener::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                         const QVariant &payload)
{
    Q_UNUSED(source);
    if (name != QLatin1String(AuditLogWriter::kChannel))
        return;
    if (const std::optional<StoreChange> change = StoreChange::fromPayload(payload.toString()))
        emit changed(*change);
}

} // namespace model
