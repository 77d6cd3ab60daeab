// SPDX-License-Identifier: Apache-2.0
#pragma once

// The store as a live cloud's session uses it: opened once the Trio2o
// endpoint is known (half of the cloud's key, CloudIdentity::storeKey), with
// the operator and cloud its audit rows name; the pod settings and usage
// history of this cloud (PodOverlayStore), moved in once from the per-program
// files that held them before schema 4; its last snapshot (SnapshotStore);
// audit rows of changes the server accepted; and the notices the operator
// should read once. The session's own file keeps the cloud's key, so that
// the store's rows of the cloud can be read while the cloud (and so its
// endpoint from the catalog) cannot be reached. Use from the session's thread.

#include "auditrecord.h"
#include "connectionsettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace model {
class SqlStore;
}

namespace model::remote {

class PodOverlayStore;
class SnapshotStore;

class CloudStore
{
    Q_DECLARE_TR_FUNCTIONS(CloudStore)

public:
    // `settings` must outlive this object; `ownFile` is the session's own
    // snapshot file, where its old pod settings may be.
    CloudStore(const ConnectionSettings &settings, QString ownFile);
    ~CloudStore();

    // ConnectionSettings::storeLocation, or its default.
    static QString location(const ConnectionSettings &settings);
    // Files where the console or the CLI kept this cloud's pod settings before schema 4.
    static QStringList oldOverlayFiles(const ConnectionSettings &settings, const QString &ownFile);

    bool isOpen() const { return m_overlay != nullptr; }
    // Opens the store for the cloud served at `endpoint` (once).
    Status open(const QUrl &endpoint);
    // Opens the store under the key the last open() kept in the session's own
    // file, when the endpoint cannot be asked for (the cloud is unreachable).
    Status openRemembered();
    // The key this store's rows of the cloud are under (empty until open).
    QString cloud() const;
    PodOverlayStore &overlay() { return *m_overlay; }
    SnapshotStore &snapshots() { return *m_snapshots; }
    // Appends `record` in a transaction of its own (after the server accepted
    // the change): a row that cannot be written fails nothing, it is told.
    void record(AuditRecord record);
    // This cloud's rows of the audit log.
    Result<std::vector<AuditRecord>> auditLog(AuditFilter filter) const;
    void tell(const QString &notice);
    QStringList takeNotices();

private:
    Status openCloud(const QString &storeKey);
    void moveOldOverlays();
    Status rememberCloud();

    const ConnectionSettings &m_settings;
    QString m_ownFile;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<PodOverlayStore> m_overlay;
    std::unique_ptr<SnapshotStore> m_snapshots;
    QStringList m_notices;
};

} // namespace model::remote
