// SPDX-License-Identifier: Apache-2.0
#pragma once

// Waits on the GUI thread for one backend write without freezing it: the
// event loop keeps running (painting, network, timers). For a short moment
// user input is held back, so a quick write simply completes; if the write
// takes longer, a window-modal progress dialog says what is being done and
// offers Cancel. Cancel stops the waiting, not the request: whatever was
// sent may still be applied by the server, and the caller must say so.

#include <QObject>
#include <QString>

class QFutureWatcherBase;
class QProgressDialog;

namespace gui {

class WaitProgress final : public QObject
{
    Q_OBJECT

public:
    // How long a write may take before the progress dialog shows.
    static constexpr int kShowAfterMs = 400;

    explicit WaitProgress(const QString &what);
    ~WaitProgress() override;

    // Runs until `watcher` reports finished (true) or the user cancels (false).
    bool wait(QFutureWatcherBase &watcher);
    // The progress dialog on screen during a wait, for tests; nullptr otherwise.
    static QProgressDialog *current();

private:
    QString m_what;
};

} // namespace gui
