// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Backend over a live Trio2o Admin API behind Keystone (or noauth). All
// network work runs, in order, on one worker thread (see SerialWorker and
// RemoteSession); every call returns a QFuture at once, so the GUI thread
// never waits on the network. When the cloud cannot be reached, reads fall
// back to the last snapshot and the backend turns read-only.

#include "backend.h"
#include "connectionsettings.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace model::remote {

class RemoteSession;
class SerialWorker;

class RemoteBackend final : public Backend
{
    Q_OBJECT

public:
    explicit RemoteBackend(ConnectionSettings settings, QObject *parent = nullptr);
    ~RemoteBackend() override;

    Kind kind() const override { return Kind::Remote; }
    QString description() const override;
    bool isReadOnly() const override;
    QDateTime snapshotTime() const override;
    // Pods whose usage could not be collected at the last fetchState() (usage unknown).
    std::vector<std::string> unreachablePods() const;
    QStringList usageProblems() const;
    // This cloud's local file (overlay and snapshot); other per-cloud files go beside it.
    QString stateFile() const;
    // What happened to the store the operator should read once (old pod
    // settings moved into it, an audit row that could not be written); emptied by the call.
    QStringList takeStoreNotices();

    QFuture<Result<sched::CloudState>> fetchState() override;
    QFuture<Result<std::vector<sched::Pod>>> listPods() override;
    QFuture<Result<sched::Pod>> getPod(const std::string &podId) override;
    QFuture<Result<sched::Pod>> createPod(const sched::Pod &pod) override;
    QFuture<Result<sched::Pod>> updatePod(const sched::Pod &pod) override;
    QFuture<Status> deletePod(const std::string &podId) override;
    QFuture<Result<std::vector<sched::Binding>>> listBindings() override;
    QFuture<Result<sched::Binding>> getBinding(const std::string &bindingId) override;
    QFuture<Result<sched::Binding>> createBinding(const std::string &tenantId, const std::string &podId) override;
    QFuture<Status> deleteBinding(const std::string &bindingId) override;
    QFuture<Result<RebindOutcome>> rebind(const std::string &tenantId, const std::string &oldBindingId,
                                          const std::string &newPodId) override;
    QFuture<Result<std::vector<sched::Binding>>> applyChanges(const std::vector<BindingChange> &changes) override;
    QFuture<Result<std::vector<AuditRecord>>> fetchAuditLog(const AuditFilter &filter) override;
    QFuture<Status> beginBatch() override;
    QFuture<Status> endBatch() override;
    // GET /bindings made by this backend so far (tests and benchmarks count them).
    int fullListings() const;

private:
    template <typename R>
    QFuture<R> run(std::function<R(RemoteSession &)> work, bool writes);
    RemoteSession &session();

    ConnectionSettings m_settings; // GUI-thread copy; secrets never leave it
    std::unique_ptr<SerialWorker> m_worker;
    std::unique_ptr<RemoteSession> m_session; // touched only on the worker

    mutable QMutex m_mutex; // guards the status copied back from the worker
    bool m_readOnly = false;
    QDateTime m_snapshotTime;
    std::vector<std::string> m_unreachable;
    QStringList m_usageProblems;
    QStringList m_storeNotices;
    int m_fullListings = 0;
};

} // namespace model::remote
