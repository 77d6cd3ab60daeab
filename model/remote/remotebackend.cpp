// SPDX-License-Identifier: Apache-2.0
#include "remotebackend.h"

#include "remotesession.h"
#include "serialworker.h"

#include <QLocale>
#include <QPromise>

namespace model::remote {

RemoteBackend::RemoteBackend(ConnectionSettings settings, QObject *parent)
    : Backend(parent), m_settings(std::move(settings)), m_worker(std::make_unique<SerialWorker>(QStringLiteral("RemoteBackend")))
{
}

RemoteBackend::~RemoteBackend()
{
    // The session's network and SQL objects belong to the worker thread.
    m_worker->stop([this] { m_session.reset(); });
}

QString RemoteBackend::description() const
{
    const QString where = m_settings.describe();
    QMutexLocker lock(&m_mutex);
    if (!m_readOnly)
        return where;
    return tr("%1 — snapshot of %2, read-only (the cloud cannot be reached)")
        .arg(where, QLocale().toString(m_snapshotTime.toLocalTime(), QLocale::ShortFormat));
}

bool RemoteBackend::isReadOnly() const
{
    QMutexLocker lock(&m_mutex);
    return m_readOnly;
}

QDateTime RemoteBackend::snapshotTime() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshotTime;
}

std::vector<std::string> RemoteBackend::unreachablePods() const
{
    QMutexLocker lock(&m_mutex);
    return m_unreachable;
}

QStringList RemoteBackend::usageProblems() const
{
    QMutexLocker lock(&m_mutex);
    return m_usageProblems;
}

QString RemoteBackend::stateFile() const { return RemoteSession::localFile(m_settings); }
QStringList RemoteBackend::takeStoreNotices()
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    out.swap(m_storeNotices);
    return out;
}

int RemoteBackend::fullListings() const
{
    QMutexLocker lock(&m_mutex);
    return m_fullListings;
}

RemoteSession &RemoteBackend::session()
{
    if (!m_session)
        m_session = std::make_unique<RemoteSession>(m_settings);
    return *m_session;
}

template <typename R>
QFuture<R> RemoteBackend::run(std::function<R(RemoteSession &)> work, bool writes)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    m_worker->post([this, promise, work = std::move(work), writes]() mutable {
        RemoteSession &s = session();
        R result = work(s);
        bool flipped = false;
        {
            QMutexLocker lock(&m_mutex);
            flipped = m_readOnly != s.offline();
            m_readOnly = s.offline();
            m_snapshotTime = s.snapshotTime();
            m_unreachable = s.unreachablePods();
            m_usageProblems = s.usageProblems();
            m_storeNotices.append(s.takeNotices());
            m_fullListings = s.fullListings();
        }
        const bool changed = (writes && result.ok()) || flipped;
        promise->addResult(std::move(result));
        promise->finish();
        promise.reset(); // the result now lives only as long as its futures
        if (changed)
            emit stateChanged();
        s.saveSnapshot(); // after the answer: nobody waits for the disk
    });
    return future;
}

QFuture<Result<sched::CloudState>> RemoteBackend::fetchState()
{
    return run<Result<sched::CloudState>>([](RemoteSession &s) { return s.fetchState(); }, false);
}

QFuture<Result<std::vector<sched::Pod>>> RemoteBackend::listPods()
{
    return run<Result<std::vector<sched::Pod>>>([](RemoteSession &s) { return s.listPods(); }, false);
}

QFuture<Result<sched::Pod>> RemoteBackend::getPod(const std::string &podId)
{
    return run<Result<sched::Pod>>([podId](RemoteSession &s) { return s.getPod(podId); }, false);
}

QFuture<Result<sched::Pod>> RemoteBackend::createPod(const sched::Pod &pod)
{
    return run<Result<sched::Pod>>([pod](RemoteSession &s) { return s.createPod(pod); }, true);
}

QFuture<Result<sched::Pod>> RemoteBackend::updatePod(const sched::Pod &pod)
{
    return run<Result<sched::Pod>>([pod](RemoteSession &s) { return s.updatePod(pod); }, true);
}

QFuture<Status> RemoteBackend::deletePod(const std::string &podId)
{
    return run<Status>([podId](RemoteSession &s) { return s.deletePod(podId); }, true);
}

QFuture<Result<std::vector<sched::Binding>>> RemoteBackend::listBindings()
{
    return run<Result<std::vector<sched::Binding>>>([](RemoteSession &s) { return s.listBindings(); }, false);
}

QFuture<Result<sched::Binding>> RemoteBackend::getBinding(const std::string &bindingId)
{
    return run<Result<sched::Binding>>([bindingId](RemoteSession &s) { return s.getBinding(bindingId); }, false);
}

QFuture<Result<sched::Binding>> RemoteBackend::createBinding(const std::string &tenantId, const std::string &podId)
{
    return run<Result<sched::Binding>>([=](RemoteSession &s) { return s.createBinding(tenantId, podId); }, true);
}

QFuture<Status> RemoteBackend::deleteBinding(const std::string &bindingId)
{
    return run<Status>([bindingId](RemoteSession &s) { return s.deleteBinding(bindingId); }, true);
}

QFuture<Result<RebindOutcome>> RemoteBackend::rebind(const std::string &tenantId, const std::string &oldBindingId,
                                                     const std::string &newPodId)
{
    return run<Result<RebindOutcome>>([=](RemoteSession &s) { return s.rebind(tenantId, oldBindingId, newPodId); },
                                      true);
}

QFuture<Result<std::vector<sched::Binding>>> RemoteBackend::applyChanges(const std::vector<BindingChange> &changes)
{
    return run<Result<std::vector<sched::Binding>>>([changes](RemoteSession &s) { return s.applyChanges(changes); },
                                                    true);
}

QFuture<Result<std::vector<AuditRecord>>> RemoteBackend::fetchAuditLog(const AuditFilter &filter)
{
    return run<Result<std::vector<AuditRecord>>>([filter](RemoteSession &s) { return s.auditLog(filter); }, false);
}

QFuture<Status> RemoteBackend::beginBatch()
{
    return run<Status>([](RemoteSession &s) { return s.beginBatch(); }, false);
}

QFuture<Status> RemoteBackend::endBatch()
{
    return run<Status>([](RemoteSession &s) {
        s.endBatch();
        return Status{};
    }, false);
}

} // namespace model::remote
