// SPDX-License-Identifier: Apache-2.0
#include "localbackend.h"

#include "auditlogreader.h"
#include "futurewait.h"
#include "sqlstore.h"
#include "storerows.h"
#include "tenantid.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QPromise>
#include <QUuid>

#include <memory>

namespace model {

LocalBackend::LocalBackend(QString databasePath, QObject *parent)
    : Backend(parent), m_path(std::move(databasePath)),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("LocalBackend"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LocalBackend::~LocalBackend()
{
    // Close the connection on the thread that opened it, after queued work.
    QMetaObject::invokeMethod(m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LocalBackend::description() const { return tr("Database %1").arg(m_path); }

Result<SqlStore *> LocalBackend::store()
{
    if (!m_store) {
        auto opened = SqlStore::open(m_path);
        if (!opened)
            return Error{opened.error()};
        m_store = std::move(opened).value();
        m_store->setAuditSession(m_session);
    }
    return m_store.get();
}

template <typename R>
QFuture<R> LocalBackend::run(std::function<R(SqlStore &)> work, bool writes)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker, [this, promise, work = std::move(work), writes] {
        auto s = store();
        R result = s ? work(*s.value()) : R(Error{s.error()});
        const bool ok = result.ok();
        promise->addResult(std::move(result));
        promise->finish();
        if (writes && ok)
            emit stateChanged();
    }, Qt::QueuedConnection);
    return future;
}

Status LocalBackend::setWriteObserver(std::function<void(int point, qint64 rows)> observer)
{
    return waitForResult(run<Status>([observer = std::move(observer)](SqlStore &s) -> Status {
        s.setWriteObserver([observer](SqlStore::WritePoint point, qint64 rows) { observer(int(point), rows); });
        return {};
    }, false));
}

QFuture<Result<sched::CloudState>> LocalBackend::fetchState()
{
    return run<Result<sched::CloudState>>([](SqlStore &s) { return s.load(); }, false);
}

QFuture<Result<std::vector<sched::Pod>>> LocalBackend::listPods()
{
    return run<Result<std::vector<sched::Pod>>>([](SqlStore &s) -> Result<std::vector<sched::Pod>> {
        auto state = s.load();
        if (!state)
            return Error{state.error()};
        return std::move(state.value().pods);
    }, false);
}

QFuture<Result<sched::Pod>> LocalBackend::getPod(const std::string &podId)
{
    return run<Result<sched::Pod>>([podId](SqlStore &s) { return s.pod(podId); }, false);
}

QFuture<Result<sched::Pod>> LocalBackend::createPod(const sched::Pod &pod)
{
    return run<Result<sched::Pod>>([pod](SqlStore &s) -> Result<sched::Pod> {
        if (Status st = s.addPod(pod); !st)
            return Error{st.error()};
        return s.pod(pod.id);
    }, true);
}

QFuture<Result<sched::Pod>> LocalBackend::updatePod(const sched::Pod &pod)
{
    return run<Result<sched::Pod>>([pod](SqlStore &s) -> Result<sched::Pod> {
        if (Status st = s.updatePod(pod); !st)
            return Error{st.error()};
        return s.pod(pod.id);
    }, true);
}

QFuture<Status> LocalBackend::deletePod(const std::string &podId)
{
    return run<Status>([podId](SqlStore &s) { return s.deletePod(podId); }, true);
}

QFuture<Result<std::vector<sched::Binding>>> LocalBackend::listBindings()
{
    return run<Result<std::vector<sched::Binding>>>([](SqlStore &s) -> Result<std::vector<sched::Binding>> {
        auto state = s.load();
        if (!state)
            return Error{state.error()};
        return std::move(state.value().bindings);
    }, false);
}

QFuture<Result<std::vector<sched::Binding>>> LocalBackend::listActiveBindingsOfTenant(const std::string &tenantId)
{
    using Bindings = Result<std::vector<sched::Binding>>;
    return run<Bindings>([tenantId = trimmedTenantId(tenantId)](SqlStore &s) -> Bindings {
        // Answered from the index that keeps one active binding per tenant, AZ and group.
        QSqlQuery q(s.database());
        q.prepare(QStringLiteral("SELECT %1 FROM pod_bindings WHERE tenant_id = ? AND is_binding = 1 ORDER BY created_at, id")
                      .arg(StoreRows::bindingColumns()));
        q.addBindValue(QString::fromStdString(tenantId));
        if (!q.exec())
            return Error{tr("cannot read the bindings of %1: %2").arg(QString::fromStdString(tenantId), q.lastError().text())};
        std::vector<sched::Binding> out;
        while (q.next())
            out.push_back(StoreRows::bindingFromRow(q));
        return out;
    }, false);
}

QFuture<Result<sched::Binding>> LocalBackend::getBinding(const std::string &bindingId)
{
    return run<Result<sched::Binding>>([bindingId](SqlStore &s) { return s.binding(bindingId); }, false);
}

QFuture<Result<sched::Binding>> LocalBackend::createBinding(const std::string &tenantId, const std::string &podId)
{
    // Trimmed as Trio2o trims it: " t1" is t1, and the store's one-binding rule sees it.
    return run<Result<sched::Binding>>([tenantId = trimmedTenantId(tenantId), podId](SqlStore &s) -> Result<sched::Binding> {
        BindingChange change;
        change.tenantId = tenantId;
        change.newPodId = podId;
        auto created = s.applyBindingChanges({change});
        if (!created)
            return Error{created.error()};
        return created.value().front();
    }, true);
}

QFuture<Status> LocalBackend::deleteBinding(const std::string &bindingId)
{
    return run<Status>([bindingId](SqlStore &s) -> Status {
        const auto b = s.binding(bindingId);
        if (!b)
            return Error{b.error()};
        if (!b->active)
            return Error{tr("binding %1 has already ended").arg(QString::fromStdString(bindingId))};
        BindingChange change;
        change.tenantId = b->tenantId;
        change.endBindingId = bindingId;
        const auto r = s.applyBindingChanges({change});
        return r ? Status{} : Status{Error{r.error()}};
    }, true);
}

QFuture<Result<RebindOutcome>> LocalBackend::rebind(const std::string &tenantId, const std::string &oldBindingId,
                                                    const std::string &newPodId)
{
    return run<Result<RebindOutcome>>([tenantId = trimmedTenantId(tenantId), oldBindingId, newPodId](SqlStore &s) -> Result<RebindOutcome> {
        // One transaction: ending the old and starting the new happen together.
        BindingChange change;
        change.tenantId = tenantId;
        change.endBindingId = oldBindingId;
        change.newPodId = newPodId;
        auto created = s.applyBindingChanges({change});
        if (!created)
            return Error{created.error()};
        return RebindOutcome{created.value().front(), true, {}};
    }, true);
}

QFuture<Result<std::vector<sched::Binding>>> LocalBackend::applyChanges(const std::vector<BindingChange> &changes)
{
    return run<Result<std::vector<sched::Binding>>>([changes = withTrimmedTenants(changes)](SqlStore &s) { return s.applyBindingChanges(changes); },
                                                    true);
}

QFuture<Result<std::vector<sched::Binding>>> LocalBackend::applyPodAndChanges(const sched::Pod &pod,
                                                                             const std::vector<BindingChange> &changes)
{
    return run<Result<std::vector<sched::Binding>>>(
        [pod, changes = withTrimmedTenants(changes)](SqlStore &s) { return s.applyPodAndBindingChanges(pod, changes); }, true);
}

QFuture<Result<std::vector<AuditRecord>>> LocalBackend::fetchAuditLog(const AuditFilter &filter)
{
    return run<Result<std::vector<AuditRecord>>>(
        [filter](SqlStore &s) { return AuditLogReader::read(s.database(), filter); }, false);
}

} // namespace model
