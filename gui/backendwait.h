#pragma once

// Waits for a backend future on the GUI thread without freezing painting:
// a local event loop that keeps timers and repaints running but holds back
// user input, so an undo or an edit completes before the next one starts.

#include "result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QCursor>
#include <QGuiApplication>

namespace gui {

template <typename T>
T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished()) {
            // A remote write can take a while: show that something is going on.
            QGuiApplication::setOverrideCursor(QCursor(Qt::BusyCursor));
            loop.exec(QEventLoop::ExcludeUserInputEvents);
            QGuiApplication::restoreOverrideCursor();
        }
    }
    if (future.resultCount() == 0)
        return T(model::Error{QCoreApplication::translate("gui::waitFor", "the operation was cancelled")});
    return future.result();
}

} // namespace gui
