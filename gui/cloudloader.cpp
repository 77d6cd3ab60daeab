// SPDX-License-Identifier: Apache-2.0
#include "cloudloader.h"

#include "backend.h"
#include "checkoperation.h"
#include "podplacements.h"
#include "remotebackend.h"
#include "snapshotloader.h"

#include <QPromise>
#include <QtConcurrent>

namespace gui {

CloudLoader::CloudLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
}

CloudLoader::~CloudLoader()
{
    // The worker owns its own store; wait for it rather than leave it running.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void CloudLoader::start(const QString &databasePath)
{
    m_path = databasePath;
    m_inconsistencies = std::make_shared<Findings>(); // the store's own rules refuse every one
    watch(QtConcurrent::run([databasePath](QPromise<model::Result<model::SnapshotPtr>> &promise) {
              promise.setProgressRange(0, 100);
              auto result = model::SnapshotLoader::load(databasePath, [&](int percent, const QString &step) {
                  promise.setProgressValueAndText(percent, step);
              });
              promise.addResult(std::move(result));
          }),
          databasePath);
}

void CloudLoader::start(model::Backend &backend)
{
    m_path = backend.description();
    // The backend works on its own thread; this worker only waits and converts.
    QFuture<model::Result<sched::CloudState>> state = backend.fetchState();
    const QString source = backend.description();
    const QDateTime shot = backend.snapshotTime();
    m_inconsistencies = std::make_shared<Findings>();
    const auto *remote = qobject_cast<const model::remote::RemoteBackend *>(&backend);
    const QString placements = remote ? model::PodPlacements::pathBeside(remote->stateFile()) : QString();
    watch(QtConcurrent::run([state, source, shot, placements, found = m_inconsistencies](
                                QPromise<model::Result<model::SnapshotPtr>> &promise) mutable {
              promise.setProgressRange(0, 100);
              promise.setProgressValueAndText(10, tr("Fetching pods and bindings…"));
              state.waitForFinished();
              if (promise.isCanceled())
                  return;
              // Taken, not copied: this is the only reader, and a copy of a
              // 100,000-binding state cost 26 MB at the peak (bench_remote).
              model::Result<sched::CloudState> fetched =
                  state.resultCount() ? state.takeResult() : model::Result<sched::CloudState>();
              if (!fetched) {
                  promise.addResult(model::Result<model::SnapshotPtr>(model::Error{fetched.error()}));
                  return;
              }
              // What `trio2o-sched check` would find, counted here, off the GUI thread.
              *found = countFindings(fetched.value(), placements);
              promise.setProgressValueAndText(80, tr("Indexing bindings…"));
              const std::int64_t at = shot.isValid() ? shot.toMSecsSinceEpoch() * 1000
                                                     : QDateTime::currentMSecsSinceEpoch() * 1000;
              promise.addResult(model::Result<model::SnapshotPtr>(
                  model::CloudSnapshot::build(std::move(fetched.value()), at, source)));
          }),
          source);
}

CloudLoader::Findings CloudLoader::countFindings(const sched::CloudState &state, const QString &placements)
{
    Findings out;
    const auto seen = placements.isEmpty() ? model::Result<std::optional<model::PodPlacements>>(std::nullopt)
                                           : model::PodPlacements::load(placements);
    if (!seen)
        out.problem = seen.error();
    model::CheckReport report;
    report.findings = model::CheckOperation::find(state, seen && seen.value() ? &*seen.value() : nullptr);
    out.count = int(report.findings.size());
    if (seen)
        if (const model::Status recorded = model::CheckOperation::remember(placements, state, report, false); !recorded)
            out.problem = recorded.error();
    return out;
}

void CloudLoader::watch(QFuture<model::Result<model::SnapshotPtr>> future, const QString &what)
{
    const quint64 generation = ++m_generation;
    m_watcher.disconnect(this, nullptr);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this, generation] { finish(generation); });
    m_watcher.setFuture(future);
    emit progress(0, tr("Loading %1…").arg(what));
}

void CloudLoader::finish(quint64 generation)
{
    if (generation != m_generation || m_watcher.future().resultCount() == 0)
        return; // a newer load has started; this result is stale
    const model::Result<model::SnapshotPtr> result = m_watcher.result();
    if (result) {
        emit loaded(result.value());
        const Findings found = m_inconsistencies ? *m_inconsistencies : Findings{};
        emit inconsistenciesCounted(found.count, found.problem);
    } else
        emit failed(result.error());
}

} // namespace gui
