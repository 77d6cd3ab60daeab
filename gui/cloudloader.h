// SPDX-License-Identifier: Apache-2.0
#pragma once

// Loads a snapshot off the GUI thread (QtConcurrent + QFutureWatcher).
// Every start() bumps a generation counter; results of an older start are
// dropped, so a slow load can never overwrite a newer one.

#include "cloudsnapshot.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace model {
class Backend;
}

namespace gui {

class CloudLoader final : public QObject
{
    Q_OBJECT

public:
    explicit CloudLoader(QObject *parent = nullptr);
    ~CloudLoader() override;

    // A local database: read straight from SQLite (the fast path).
    void start(const QString &databasePath);
    // Any backend: its fetchState(), turned into a snapshot off the GUI thread.
    void start(model::Backend &backend);
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

signals:
    void progress(int percent, const QString &step);
    void loaded(model::SnapshotPtr snapshot);
    // After each load: how many of the server's inconsistencies the state
    // holds (CheckOperation::find, with the pods moved since the placements
    // last seen; always 0 for a local database, whose store refuses them),
    // and what went wrong reading or recording those placements, if anything.
    void inconsistenciesCounted(int count, const QString &problem);
    void failed(const QString &message);

private:
    void finish(quint64 generation);
    void watch(QFuture<model::Result<model::SnapshotPtr>> future, const QString &what);
    struct Findings {
        int count = 0;
        QString problem;
    };
    // On the worker: the findings of `state`; `placements` is the live
    // cloud's PodPlacements file (compared, then recorded when no move is pending).
    static Findings countFindings(const sched::CloudState &state, const QString &placements);

    QFutureWatcher<model::Result<model::SnapshotPtr>> m_watcher;
    quint64 m_generation = 0;
    // Counted by the worker of the current generation before it finishes.
    std::shared_ptr<Findings> m_inconsistencies;
    QString m_path;
};

} // namespace gui
