// SPDX-License-Identifier: Apache-2.0
#pragma once

// Live refresh on a shared PostgreSQL store: listens for the store's change
// notifications (StoreChangeListener) while the window shows a local backend
// on a postgresql:// store, gathers a burst (a drain of N tenants sends N + 1
// notifications) for kBurstMs, drops the changes this console made itself
// (their NOTIFY carries its backend's session), reads the rest from the audit
// log by id (before → after, and which cloud they belong to) and, when any
// concern the shown cloud, asks once for a refresh and shows one short banner:
// "Pod3 set to maintenance by alice", "12 changes by alice".

#include "auditrecord.h"
#include "storechangelistener.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace model {
class Backend;
}

namespace gui {

class NoticeBanner;

class LiveRefresh final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBurstMs = 400;

    LiveRefresh(NoticeBanner *banner, QObject *parent = nullptr);

    // Starts listening when `backend` is a local backend on a PostgreSQL store,
    // stops otherwise. A listener that cannot start says why in the banner.
    void setBackend(model::Backend *backend);
    bool isListening() const { return m_listener.isListening(); }
    model::StoreChangeListener *listener() { return &m_listener; }

signals:
    // Another operator changed the shown cloud: load it again (once per burst).
    void refreshNeeded();
    // The banner text shown for a burst (for tests and the status bar).
    void noticeShown(const QString &text);

private:
    void onChange(const model::StoreChange &change);
    void flush();
    void announce(const std::vector<model::AuditRecord> &records);

    NoticeBanner *m_banner;
    model::StoreChangeListener m_listener;
    QPointer<model::Backend> m_backend;
    QString m_ownSession;
    QTimer m_burst;
    std::vector<model::StoreChange> m_pending;
    quint64 m_generation = 0;
};

} // namespace gui
