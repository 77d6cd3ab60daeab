// SPDX-License-Identifier: Apache-2.0
#pragma once

// Live refresh on a shared PostgreSQL store: listens for the store's change
// notifications (StoreChangeListener) while the window shows a local backend
// on a postgresql:// store, gathers a burst (a drain of N tenants sends N + 1
// notifications) for kBurstMs, drops the changes this console made itself
// (their NOTIFY carries its backend's session), reads the rest from the audit
// log by id (before → after, and which cloud they belong to) and, when any
// concern the shown cloud, shows one short banner ("Pod3 set to maintenance by
// alice", "12 changes by alice") and refreshes only what changed: the changed
// pods and the changed tenants' bindings are read again and patched into the
// shown snapshot (SnapshotPatch). What a patch cannot follow (a pod deleted,
// an import, hundreds of tenants, a snapshot replaced meanwhile) asks once for
// a full refresh instead.

#include "auditrecord.h"
#include "cloudsnapshot.h"
#include "snapshotpatch.h"
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
    // The snapshot the window shows: what a patch starts from.
    void setSnapshot(model::SnapshotPtr snapshot) { m_snapshot = std::move(snapshot); }
    model::StoreChangeListener *listener() { return &m_listener; }

signals:
    // Another operator changed the shown cloud in a way a patch cannot follow: load it again.
    void refreshNeeded();
    // The shown snapshot with another operator's changes read in (only those rows were read).
    void snapshotPatched(const model::SnapshotPtr &snapshot);
    // The banner text shown for a burst (for tests and the status bar).
    void noticeShown(const QString &text);

private:
    void onChange(const model::StoreChange &change);
    void flush();
    void announce(const std::vector<model::AuditRecord> &records);
    // Refreshes what `records` changed: a patch, or a full refresh.
    void refreshChanged(const std::vector<model::AuditRecord> &records);
    void readChangedRows(const model::SnapshotPatch::Scope &scope);
    void applyPatch(const model::SnapshotPtr &base, const model::SnapshotPatch::Rows &rows);

    NoticeBanner *m_banner;
    model::StoreChangeListener m_listener;
    QPointer<model::Backend> m_backend;
    QString m_ownSession;
    QTimer m_burst;
    std::vector<model::StoreChange> m_pending;
    model::SnapshotPtr m_snapshot;
    quint64 m_generation = 0; // bumped per backend: answers for an earlier one are dropped
};

} // namespace gui
