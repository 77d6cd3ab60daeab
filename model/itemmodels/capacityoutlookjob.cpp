// SPDX-License-Identifier: Apache-2.0
#include "capacityoutlookjob.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace model {

CapacityOutlookJob::CapacityOutlookJob(QObject *parent) : QObject(parent) { m_pool.setMaxThreadCount(1); }

// A run still going finishes before the pool goes (a tenth of a second at most),
// queued ones skip their work; the results are dropped with the watchers.
CapacityOutlookJob::~CapacityOutlookJob()
{
    m_latest->store(0);
    m_pool.waitForDone();
}

void CapacityOutlookJob::start(SnapshotPtr snapshot)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    if (!snapshot) {
        m_outlook.reset();
        emit finished(m_outlook);
        return;
    }
    ++m_running;
    emit started();
    // The worker owns its snapshot; a run that is no longer the latest when it
    // starts computes nothing (the watcher drops its result either way).
    auto *watcher = new QFutureWatcher<CapacityOutlookPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        --m_running;
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer snapshot supersedes this run
        m_outlook = watcher->result();
        emit finished(m_outlook);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [snapshot = std::move(snapshot), latest = m_latest, generation] {
        return latest->load() == generation ? CapacityOutlookData::compute(*snapshot) : CapacityOutlookPtr();
    }));
}

} // namespace model
