// SPDX-License-Identifier: Apache-2.0
#pragma once

// Waits for a backend future on the GUI thread without freezing it (see
// WaitProgress): input is held back for a moment, then a progress dialog
// with Cancel shows what is being done. `cancelled`, when given, is set when
// the user stopped waiting; the result is then an error saying that the
// server may still have applied the change.

#include "futurewait.h"
#include "waitprogress.h"

#include <QCoreApplication>

namespace gui {

inline QString cancelledWaitText()
{
    return QCoreApplication::translate("gui::waitFor",
                                       "cancelled; the server may still have applied it, refresh to see");
}

template <typename T>
T waitFor(QFuture<T> future, const QString &what = {}, bool *cancelled = nullptr)
{
    if (cancelled)
        *cancelled = false;
    if (future.isFinished())
        return model::waitForResult(future);
    QFutureWatcher<T> watcher;
    watcher.setFuture(future);
    WaitProgress progress(what);
    if (!progress.wait(watcher)) {
        if (cancelled)
            *cancelled = true;
        return T(model::Error{cancelledWaitText()});
    }
    return model::waitForResult(future);
}

} // namespace gui
