#pragma once

// Waits for a backend future on the GUI thread without freezing painting:
// a local event loop that keeps timers and repaints running but holds back
// user input, so an undo or an edit completes before the next one starts.

#include "futurewait.h"

#include <QCursor>
#include <QGuiApplication>

namespace gui {

template <typename T>
T waitFor(QFuture<T> future)
{
    if (future.isFinished())
        return model::waitForResult(future);
    // A remote write can take a while: show that something is going on.
    QGuiApplication::setOverrideCursor(QCursor(Qt::BusyCursor));
    T result = model::waitForResult(future, QEventLoop::ExcludeUserInputEvents);
    QGuiApplication::restoreOverrideCursor();
    return result;
}

} // namespace gui
