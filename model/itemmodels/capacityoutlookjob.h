// SPDX-License-Identifier: Apache-2.0
#pragma once

// The console's one computation of the capacity outlook: each loaded snapshot
// is handed here once, the outlook is computed in a worker thread, and every
// view that shows time remaining (the Capacity tab, the dashboard's attention
// list) takes the result from finished(). A newer snapshot supersedes a run
// still going: the generation counter drops the older result, so a view never
// shows an outlook of a state it no longer shows. The work runs in a pool of
// its own (one thread), so it never waits behind a long sort or a what-if run
// in the global pool; a run superseded before it starts computes nothing.

#include "capacityoutlookdata.h"
#include "cloudsnapshot.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace model {

class CapacityOutlookJob final : public QObject
{
    Q_OBJECT

public:
    explicit CapacityOutlookJob(QObject *parent = nullptr);
    ~CapacityOutlookJob() override;

    // Computes the outlook of `snapshot` off the GUI thread; null gives none at once.
    void start(SnapshotPtr snapshot);
    bool isRunning() const { return m_running > 0; }
    // The generation of the latest start(); finished() carries results of it only.
    quint64 generation() const { return m_generation; }
    // The latest result (null before the first, while none, or for a null snapshot).
    const CapacityOutlookPtr &outlook() const { return m_outlook; }

signals:
    void started();
    void finished(model::CapacityOutlookPtr outlook);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_generation = 0;
    int m_running = 0;
    CapacityOutlookPtr m_outlook;
};

} // namespace model
