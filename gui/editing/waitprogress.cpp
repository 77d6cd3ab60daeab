// SPDX-License-Identifier: Apache-2.0
#include "waitprogress.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

namespace gui {

namespace {
QPointer<QProgressDialog> g_current;
} // namespace

WaitProgress::WaitProgress(const QString &what) : m_what(what) {}

WaitProgress::~WaitProgress() = default;

QProgressDialog *WaitProgress::current() { return g_current.data(); }

bool WaitProgress::wait(QFutureWatcherBase &watcher)
{
    if (watcher.isFinished())
        return true;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QGuiApplication::setOverrideCursor(QCursor(Qt::BusyCursor));
    // A quick write: no dialog, and no input that could start another edit meanwhile.
    QTimer::singleShot(kShowAfterMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    bool cancelled = false;
    if (!watcher.isFinished()) {
        QProgressDialog dialog(QApplication::activeWindow());
        dialog.setWindowTitle(tr("Waiting for the Cloud"));
        dialog.setLabelText(m_what.isEmpty() ? tr("Waiting for the cloud to answer…")
                                             : tr("Waiting for the cloud to answer: %1…").arg(m_what));
        dialog.setRange(0, 0); // how long it takes is unknown
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(0);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
            cancelled = true;
            loop.quit();
        });
        g_current = &dialog;
        dialog.show();
        if (!watcher.isFinished())
            loop.exec();
        g_current = nullptr;
    }
    QGuiApplication::restoreOverrideCursor();
    return !cancelled;
}

} // namespace gui
