#pragma once

// Waits for a backend's future while the event loop runs, so that backends
// which need it (network replies) can deliver their results.

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace cli {

template <typename T>
T awaitFuture(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future); // reports "finished" even if it already is
        loop.exec();
    }
    return future.result();
}

} // namespace cli
