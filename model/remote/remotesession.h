// SPDX-License-Identifier: Apache-2.0
#pragma once

// Everything RemoteBackend does, as straight-line code on its worker thread:
// API calls with the console's guards, the pod settings of the store (shared,
// keyed by cloud) merged into pods, the audit row of each change the server
// accepted, usage collection, and the snapshot that stands in while the cloud
// is unreachable (then the session is offline and refuses changes).

#include "auditrecord.h"
#include "backend.h"
#include "batchstate.h"
#include "connectionsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>
#include <unordered_map>

namespace model::remote {

class HttpClient;
class KeystoneClient;
class Trio2oApiClient;
class CloudStore;

class RemoteSession
{
    Q_DECLARE_TR_FUNCTIONS(RemoteSession)

public:
    explicit RemoteSession(ConnectionSettings settings);
    ~RemoteSession();

    // This program's own file of this cloud: the cloud's key in the store (CloudStore);
    // before schema 4 also its pod settings, usage history and snapshot.
    static QString localFile(const ConnectionSettings &settings);
    // What happened to the store that the operator should read once (the old
    // pod settings moved into it); emptied by the call.
    QStringList takeNotices();
    // The audit log of the store, this cloud's rows only.
    Result<std::vector<AuditRecord>> auditLog(AuditFilter filter);

    bool offline() const { return m_offline; }
    QDateTime snapshotTime() const { return m_snapshotTime; }
    std::vector<std::string> unreachablePods() const { return m_unreachable; }
    QStringList usageProblems() const { return m_usageProblems; }

    Result<sched::CloudState> fetchState();
    // Writes the snapshot of the last fetchState(); run after its result was
    // handed over, so the caller does not wait for the disk.
    void saveSnapshot();
    Result<std::vector<sched::Pod>> listPods();
    Result<sched::Pod> getPod(const std::string &podId);
    Result<sched::Pod> createPod(const sched::Pod &pod);
    Result<sched::Pod> updatePod(const sched::Pod &pod);
    Status deletePod(const std::string &podId);
    Result<std::vector<sched::Binding>> listBindings();
    Result<sched::Binding> getBinding(const std::string &bindingId);
    Result<sched::Binding> createBinding(const std::string &tenantId, const std::string &podId);
    Status deleteBinding(const std::string &bindingId);
    Result<RebindOutcome> rebind(const std::string &tenantId, const std::string &oldBindingId, const std::string &newPodId);
    Result<std::vector<sched::Binding>> applyChanges(const std::vector<BindingChange> &changes);
    // A batch of changes (a drain, a plan): one full listing checks them all
    // here; until endBatch() the writes check against it, kept up to date with
    // every change this session makes, instead of listing everything again.
    Status beginBatch();
    void endBatch();
    // Full listings (GET /bindings) made so far (the benchmark's and tests' count).
    int fullListings() const { return m_fullListings; }

private:
    // Pods and bindings from the API with the overlay (no usage, no snapshot).
    // `bindingsAnswer`, when given, receives GET /bindings' body.
    Result<sched::CloudState> liveState(QByteArray *bindingsAnswer = nullptr);
    void recordHistory(sched::CloudState &state);
    Result<std::vector<sched::Pod>> livePods();
    Status writable() const;
    // After a failed read: the snapshot when the cloud could not be reached.
    // `needBindings`: a snapshot holding only pods does not do.
    Result<sched::CloudState> fallBack(const QString &error, bool needBindings);
    // A read before a change failed: says nothing was changed when the cloud was not reached.
    QString beforeChange(const QString &error) const;
    void wentOnline();
    Status overlayReady();
    Status offlineStoreReady();
    // After the server accepted a change: its row in the store's audit log.
    // A row that cannot be written fails nothing (the change is made): it is told.
    void audit(AuditRecord record);
    QString podName(const std::string &podId) const;
    void collectUsage(std::vector<sched::Pod> &pods);
    // After a failed DELETE of a rebind's old binding: is it still there?
    bool oldBindingRemains(const std::string &bindingId);
    // The state a write for this tenant is checked against: the batch's view of
    // it, or a fresh listing held in `fresh`.
    Result<const sched::CloudState *> checkedState(const std::string &tenantId, std::optional<sched::CloudState> &fresh);
    // Inside a batch: the old binding, read alone, is still the tenant's and active.
    Status stillBound(const std::string &tenantId, const std::string &bindingId);
    void batchCreated(const sched::Binding &binding);
    void batchDeleted(const std::string &bindingId);
    Result<std::vector<sched::Binding>> applyEach(const std::vector<BindingChange> &changes);

    ConnectionSettings m_settings;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<KeystoneClient> m_keystone;
    std::unique_ptr<Trio2oApiClient> m_api;
    std::unique_ptr<CloudStore> m_store; // pod settings and audit log
    std::unordered_map<std::string, std::string> m_podNames; // pod id -> name, from the last listing
    const BindingChange *m_context = nullptr; // the change applyChanges() is writing, for its audit rows
    bool m_offline = false;
    QString m_offlineReason;
    QDateTime m_snapshotTime;
    std::vector<std::string> m_unreachable;
    QStringList m_usageProblems;
    std::optional<BatchState> m_batch; // between beginBatch() and endBatch()
    int m_fullListings = 0;
    // The last successful read, written to the snapshot after its answer went
    // out: its pods and/or the GET /bindings answer's bytes (not a second copy
    // of 100,000 bindings). Neither: nothing to write.
    struct UnsavedSnapshot {
        std::optional<std::vector<sched::Pod>> pods;
        QByteArray bindingsAnswer;
        QDateTime takenAt;
    } m_unsaved;
};

} // namespace model::remote
