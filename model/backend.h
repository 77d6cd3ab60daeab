// SPDX-License-Identifier: Apache-2.0
#pragma once

// One asynchronous interface to a Trio2o cloud, whatever holds it: the
// embedded SQL store (LocalBackend) or a live Trio2o Admin API (RemoteBackend).
// The GUI, the CLI and what-if talk to this and never know which one it is.
//
// Every call returns at once with a QFuture; the work runs off the caller's
// thread and the future's result is a Result<T> (a value or a readable error).
// Writes emit stateChanged() on the backend's thread when they succeeded.

#include "auditrecord.h"
#include "bindingchange.h"
#include "cloud.h"
#include "result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <optional>
#include <string>
#include <vector>

namespace model {

// What a rebind did. A remote rebind POSTs the new binding, then DELETEs the
// old one; when the DELETE fails the tenant is bound twice until it is retried.
struct RebindOutcome {
    sched::Binding created;
    bool oldEnded = true;
    QString oldEndError; // why the old binding could not be ended
};

class Backend : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Local, Remote };
    using QObject::QObject;
    ~Backend() override = default;

    virtual Kind kind() const = 0;
    // "Database /path/file.sqlite" or "https://host:19996/v1.0 (project admin)".
    virtual QString description() const = 0;
    // True while only a saved snapshot is shown (the cloud is unreachable).
    virtual bool isReadOnly() const { return false; }
    // When the state shown was fetched; invalid for a local database.
    virtual QDateTime snapshotTime() const { return {}; }

    // Pods and all bindings (history included), with what the backend keeps
    // beside Trio2o's own fields (tags, state, capacity, usage...).
    virtual QFuture<Result<sched::CloudState>> fetchState() = 0;

    virtual QFuture<Result<std::vector<sched::Pod>>> listPods() = 0;
    virtual QFuture<Result<sched::Pod>> getPod(const std::string &podId) = 0;
    // The console's own guards (one top region, unique names) apply here too.
    virtual QFuture<Result<sched::Pod>> createPod(const sched::Pod &pod) = 0;
    // Changes the fields the backend keeps; remote: the local overlay only.
    virtual QFuture<Result<sched::Pod>> updatePod(const sched::Pod &pod) = 0;
    // Refused while tenants are bound to the pod (drain it first).
    virtual QFuture<Status> deletePod(const std::string &podId) = 0;

    virtual QFuture<Result<std::vector<sched::Binding>>> listBindings() = 0;
    virtual QFuture<Result<sched::Binding>> getBinding(const std::string &bindingId) = 0;
    // One tenant's active bindings. By default filtered from listBindings();
    // a backend that can ask for them alone does so (the local store: one indexed query).
    virtual QFuture<Result<std::vector<sched::Binding>>> listActiveBindingsOfTenant(const std::string &tenantId)
    {
        using Bindings = Result<std::vector<sched::Binding>>;
        return listBindings().then([tenantId](Bindings all) -> Bindings {
            if (!all)
                return all;
            std::vector<sched::Binding> out;
            for (sched::Binding &b : all.value())
                if (b.active && b.tenantId == tenantId)
                    out.push_back(std::move(b));
            return out;
        });
    }
    // Refused when the tenant already has an active binding in the pod's AZ and group.
    virtual QFuture<Result<sched::Binding>> createBinding(const std::string &tenantId, const std::string &podId) = 0;
    // Ends the binding (local: kept as history; remote: DELETE).
    virtual QFuture<Status> deleteBinding(const std::string &bindingId) = 0;
    virtual QFuture<Result<RebindOutcome>> rebind(const std::string &tenantId, const std::string &oldBindingId,
                                                  const std::string &newPodId) = 0;
    // Several changes (a drain, a plan); local: all or nothing; remote: in
    // order, stopping at the first failure, reporting how many were applied.
    virtual QFuture<Result<std::vector<sched::Binding>>> applyChanges(const std::vector<BindingChange> &changes) = 0;
    // Around changes written one at a time (ChangeWriter): a backend that
    // checks each write against the whole state checks once at the start
    // (remote: one full listing) and then makes only targeted calls.
    virtual QFuture<Status> beginBatch() { return QtFuture::makeReadyFuture(Status{}); }
    virtual QFuture<Status> endBatch() { return QtFuture::makeReadyFuture(Status{}); }
    // True when applyChanges() and applyPodAndChanges() write all or nothing.
    virtual bool isTransactional() const { return false; }
    // A pod's new settings and binding changes in one transaction (a drain
    // that puts its pod into maintenance). Only a transactional backend can.
    virtual QFuture<Result<std::vector<sched::Binding>>> applyPodAndChanges(const sched::Pod &pod,
                                                                           const std::vector<BindingChange> &changes)
    {
        Q_UNUSED(pod);
        Q_UNUSED(changes);
        return QtFuture::makeReadyFuture(Result<std::vector<sched::Binding>>(
            Error{tr("this backend cannot change a pod and bindings in one transaction")}));
    }

    // The store's audit log, newest first (AuditLogReader); a live cloud's
    // backend reads its own cloud's rows of the store it shares.
    virtual QFuture<Result<std::vector<AuditRecord>>> fetchAuditLog(const AuditFilter &filter)
    {
        Q_UNUSED(filter);
        return QtFuture::makeReadyFuture(
            Result<std::vector<AuditRecord>>(Error{tr("this backend keeps no audit log")}));
    }

signals:
    void stateChanged();
};

} // namespace model
