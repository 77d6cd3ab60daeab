// SPDX-License-Identifier: Apache-2.0
#include "whatifrunner.h"

#include <QFileInfo>
#include <QLocale>

#include <QPromise>
#include <QtConcurrent>

namespace gui {

WhatIfRunner::WhatIfRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
}

WhatIfRunner::~WhatIfRunner()
{
    m_watcher.disconnect(this);
    for (const auto &flag : m_flags)
        flag->store(true);
    for (QFuture<WhatIfOutcome> &run : m_runs)
        run.waitForFinished();
}

quint64 WhatIfRunner::start(WhatIfInput input)
{
    if (m_cancel)
        m_cancel->store(true); // the older run is stale now: stop it early
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Forget runs that are over; keep the others to wait for on destruction.
    for (qsizetype i = m_runs.size() - 1; i >= 0; --i) {
        if (m_runs[i].isFinished()) {
            m_runs.removeAt(i);
            m_flags.erase(m_flags.begin() + i);
        }
    }
    m_watcher.disconnect(this, nullptr);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this, generation] { finish(generation); });
    auto flag = m_cancel;
    auto future = QtConcurrent::run([this, generation, input = std::move(input), flag](QPromise<WhatIfOutcome> &promise) {
        work(promise, input, *flag, [this, generation](int permille, const QString &text) {
            // Straight to the GUI thread: QFuture's progress drops texts that come
            // quicker than 25 a second or without a higher value.
            QMetaObject::invokeMethod(this, [this, generation, permille, text] {
                if (generation == m_generation)
                    emit progress(permille, text);
            }, Qt::QueuedConnection);
        });
    });
    m_runs.append(future);
    m_flags.push_back(flag);
    m_watcher.setFuture(future);
    emit progress(0, tr("Loading the scenario…"));
    return generation;
}

void WhatIfRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WhatIfRunner::work(QPromise<WhatIfOutcome> &promise, const WhatIfInput &input, const std::atomic<bool> &cancel,
                        const std::function<void(int, const QString &)> &loading)
{
    promise.setProgressRange(0, 1000);
    const QString name = QFileInfo(input.path).fileName();
    const auto megabytes = [](std::uint64_t bytes) { return QLocale().toString(double(bytes) / 1e6, 'f', 1); };
    const auto reading = [&](std::uint64_t done, std::uint64_t total) {
        if (done >= total && total > 0)
            return loading(kReadShare, tr("Loading the base and checking the events…"));
        const int permille = total ? int(done * kReadShare / total) : 0;
        loading(permille, tr("Reading %1: %2 of %3 MB").arg(name, megabytes(done), megabytes(total)));
    };
    if (input.path.isEmpty())
        loading(0, tr("Loading the base and checking the events…"));
    auto loaded = input.path.isEmpty() ? model::ScenarioLoader::load(input.json, input.dir, input.current)
                                       : model::ScenarioLoader::loadFile(input.path, input.current, {}, reading);
    WhatIfOutcome outcome;
    if (!loaded) {
        outcome.error = loaded.error();
        promise.addResult(std::move(outcome));
        return;
    }
    whatif::RunOptions options;
    options.cancel = &cancel;
    options.progress = [&promise](std::uint64_t done, std::uint64_t total) {
        const int share = 1000 - kReadShare;
        const int permille = kReadShare + (total ? int(std::min<std::uint64_t>(share, done * share / total)) : share);
        promise.setProgressValueAndText(permille, tr("Replaying: %1 of %2 steps").arg(done).arg(total));
    };
    auto result = std::make_shared<whatif::RunResult>(whatif::runScenario(loaded->scenario, loaded->base, options));
    if (!result->cancelled && !result->reports.empty())
        outcome.plan = std::make_shared<const whatif::Plan>(whatif::makePlan(result->reports.front()));
    else
        for (whatif::Report &r : result->reports)
            r.cancelled = true;
    outcome.result = std::move(result);
    promise.addResult(std::move(outcome));
}

void WhatIfRunner::finish(quint64 generation)
{
    if (generation != m_generation || m_watcher.future().resultCount() == 0)
        return; // a newer run has started; this one is stale
    const WhatIfOutcome outcome = m_watcher.result();
    if (outcome.result)
        emit finished(outcome);
    else
        emit failed(outcome.error);
}

} // namespace gui
