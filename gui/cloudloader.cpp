#include "cloudloader.h"

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
    const quint64 generation = ++m_generation;
    m_path = databasePath;
    m_watcher.disconnect(this, nullptr);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this, generation] { finish(generation); });
    auto future = QtConcurrent::run([databasePath](QPromise<model::Result<model::SnapshotPtr>> &promise) {
        promise.setProgressRange(0, 100);
        auto result = model::SnapshotLoader::load(databasePath, [&](int percent, const QString &step) {
            promise.setProgressValueAndText(percent, step);
        });
        promise.addResult(std::move(result));
    });
    m_watcher.setFuture(future);
    emit progress(0, tr("Loading %1…").arg(databasePath));
}

void CloudLoader::finish(quint64 generation)
{
    if (generation != m_generation || m_watcher.future().resultCount() == 0)
        return; // a newer load has started; this result is stale
    const model::Result<model::SnapshotPtr> result = m_watcher.result();
    if (result)
        emit loaded(result.value());
    else
        emit failed(result.error());
}

} // namespace gui
