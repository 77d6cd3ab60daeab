// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Backend over the embedded SQL store. All calls run, in order, on one
// worker thread that owns the database connection (QtSql connections belong
// to one thread; QtConcurrent may run a task on the waiting thread instead).

#include "backend.h"

#include <QThread>

#include <functional>
#include <memory>

namespace model {

class SqlStore;

class LocalBackend final : public Backend
{
    Q_OBJECT

public:
    // Opens lazily on the worker; the first call's future reports open errors.
    explicit LocalBackend(QString databasePath, QObject *parent = nullptr);
    ~LocalBackend() override;

    Kind kind() const override { return Kind::Local; }
    QString description() const override;
    QString databasePath() const { return m_path; }
    // The session its store's changes carry in their NOTIFY (SqlStore::auditSession):
    // what a console hears with it is its own.
    QString auditSession() const { return m_session; }

    QFuture<Result<sched::CloudState>> fetchState() override;
    QFuture<Result<std::vector<sched::Pod>>> listPods() override;
    QFuture<Result<sched::Pod>> getPod(const std::string &podId) override;
    QFuture<Result<sched::Pod>> createPod(const sched::Pod &pod) override;
    QFuture<Result<sched::Pod>> updatePod(const sched::Pod &pod) override;
    QFuture<Status> deletePod(const std::string &podId) override;
    QFuture<Result<std::vector<sched::Binding>>> listBindings() override;
    QFuture<Result<sched::Binding>> getBinding(const std::string &bindingId) override;
    QFuture<Result<std::vector<sched::Binding>>> listActiveBindingsOfTenant(const std::string &tenantId) override;
    QFuture<Result<sched::Binding>> createBinding(const std::string &tenantId, const std::string &podId) override;
    QFuture<Status> deleteBinding(const std::string &bindingId) override;
    QFuture<Result<RebindOutcome>> rebind(const std::string &tenantId, const std::string &oldBindingId,
                                          const std::string &newPodId) override;
    QFuture<Result<std::vector<sched::Binding>>> applyChanges(const std::vector<BindingChange> &changes) override;
    bool isTransactional() const override { return true; }
    QFuture<Result<std::vector<sched::Binding>>> applyPodAndChanges(const sched::Pod &pod,
                                                                   const std::vector<BindingChange> &changes) override;
    QFuture<Result<std::vector<AuditRecord>>> fetchAuditLog(const AuditFilter &filter) override;

    // Reports where the store's writes stand (SqlStore::WriteObserver); called
    // on the backend's worker thread. Opens the database if needed.
    Status setWriteObserver(std::function<void(int point, qint64 rows)> observer);

private:
    // R is Result<T> or Status.
    template <typename R>
    QFuture<R> run(std::function<R(SqlStore &)> work, bool writes);
    Result<SqlStore *> store();

    QString m_path;
    QString m_session;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; queued work runs in its context
    std::unique_ptr<SqlStore> m_store; // touched only on the worker thread
};

} // namespace model
