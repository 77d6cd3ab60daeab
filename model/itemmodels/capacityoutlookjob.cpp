// SPDX-License-Identifier: Apache-2.0
#include "capacityoutlookjob.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace model {

CapacityOutlookJob::CapacityOutlookJob(QObject *parent) : QObject(parent) {}

void CapacityOutlookJob::start(SnapshotPtr snapshot)
{
    const quint64 generation = ++m_generation;
    if (!snapshot) {
        m_outlook.reset();
        emit finished(m_outlook);
        return;
    }
    ++m_running;
    emit started();
    // The watcher is a child: a job destroyed mid-run drops the result; the
    // worker owns its snapshot and finishes on its own.
    auto *watcher = new QFutureWatcher<CapacityOutlookPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        --m_running;
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer snapshot supersedes this run
        m_outlook = watcher->result();
        emit finished(m_outlook);
    });
    watcher->setFuture(QtConcurrent::run([snapshot = std::move(snapshot)] { return CapacityOutlookData::compute(*snapshot); }));
}

} // namespace model
