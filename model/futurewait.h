// SPDX-License-Identifier: Apache-2.0
#pragma once

// Waits for a backend's future while this thread's event loop runs, so that
// backends which need it (network replies, queued signals) can deliver.
// A future that ends without a result (cancelled) gives an error, never a crash.

#include "result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace model {

template <typename T>
T waitForResult(const QFuture<T> &future, QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future); // reports "finished" even if it already is
        loop.exec(flags);
    }
    if (future.resultCount() == 0)
        return T(Error{QCoreApplication::translate("model::waitFor", "the operation was cancelled")});
    return future.result();
}

} // namespace model
