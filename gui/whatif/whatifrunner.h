// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs a what-if scenario off the GUI thread (QtConcurrent + QFutureWatcher):
// loads the scenario and its base, replays it per policy, builds the plan.
// Every start() bumps a generation counter and gets its own cancel flag; a
// result of an older start is dropped, so a stale run never overwrites a newer
// one. cancel() stops the current run between events; the destructor cancels
// every run still going and waits for it.

#include "plan.h"
#include "scenarioloader.h"
#include "whatifresult.h"

#include <QFutureWatcher>
#include <QObject>

#include <algorithm>
#include <atomic>
#include <memory>

namespace gui {

// What to run: a scenario file, or scenario JSON with the folder its relative
// paths resolve against. `current` gives the state "base": "current" stands
// for; it is called on the worker thread.
struct WhatIfInput {
    QString path;
    QByteArray json;
    QString dir;
    model::ScenarioLoader::CurrentState current;
};

// What a run produced, handed to the GUI thread.
struct WhatIfOutcome {
    model::WhatIfResultPtr result;             // null when loading failed
    std::shared_ptr<const whatif::Plan> plan;  // the primary policy's; null when cancelled
    QString error;
};

class WhatIfRunner final : public QObject
{
    Q_OBJECT

public:
    explicit WhatIfRunner(QObject *parent = nullptr);
    ~WhatIfRunner() override;

    quint64 start(WhatIfInput input);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // No run - current or stale - is still working (tests: a stale run is over).
    bool allRunsFinished() const
    {
        return std::all_of(m_runs.begin(), m_runs.end(), [](const QFuture<WhatIfOutcome> &f) { return f.isFinished(); });
    }
    quint64 generation() const { return m_generation; }
    // Of the progress bar's 1000: the share of reading the scenario file (the replay has the rest).
    static constexpr int kReadShare = 200;

signals:
    void progress(int permille, const QString &text);
    // A run that got to the end (or was cancelled: result->cancelled).
    void finished(const gui::WhatIfOutcome &outcome);
    void failed(const QString &message);

private:
    void finish(quint64 generation);
    // `loading` hears how far loading got (permille, text); called on the worker thread.
    static void work(QPromise<WhatIfOutcome> &promise, const WhatIfInput &input, const std::atomic<bool> &cancel,
                     const std::function<void(int, const QString &)> &loading);

    QFutureWatcher<WhatIfOutcome> m_watcher;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QFuture<WhatIfOutcome>> m_runs; // started and maybe still going (waited for on destruction)
    std::vector<std::shared_ptr<std::atomic<bool>>> m_flags;
};

} // namespace gui
