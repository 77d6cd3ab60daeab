// SPDX-License-Identifier: Apache-2.0
#pragma once

// Tells of changes other users of a shared PostgreSQL store committed: every
// audit row is sent as a NOTIFY on AuditLogWriter::kChannel in the change's own
// transaction (AuditLogWriter), and this listener, on a connection of its own
// (QSqlDriver::subscribeToNotification), emits changed() for each, within a
// second of the commit. Lives on the thread that calls start() (the driver's
// socket is read by that thread's event loop); nothing is polled.
//
//   auto *listener = new StoreChangeListener(this);
//   if (Status s = listener->start(QStringLiteral("postgresql://db.example/trio2o")); !s) …
//   connect(listener, &StoreChangeListener::changed, this, [](const StoreChange &c) { … });

#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QSqlDriver>
#include <QString>

#include <memory>
#include <optional>

namespace model {

class SqlStore;

// One committed change as the NOTIFY payload tells it (see AuditLogWriter).
struct StoreChange {
    qint64 auditId = 0; // audit_log.id: read the whole row through AuditLogReader
    QString kind;       // auditkind::
    QString operation;
    QString podId;
    QString podName;
    QString tenantId;
    QString operatorName;
    QString session;    // the writing connection (SqlStore::auditSession)

    // nullopt for a payload that is not one of ours.
    static std::optional<StoreChange> fromPayload(const QString &payload);
};

class StoreChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit StoreChangeListener(QObject *parent = nullptr);
    ~StoreChangeListener() override;

    // Opens a connection of its own to `location` and subscribes. Refused for
    // an SQLite store (only a shared PostgreSQL store has other users to hear).
    Status start(const QString &location);
    void stop();
    bool isListening() const { return m_store != nullptr; }

signals:
    void changed(const model::StoreChange &change);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    std::unique_ptr<SqlStore> m_store;
};

} // namespace model

Q_DECLARE_METATYPE(model::StoreChange)
