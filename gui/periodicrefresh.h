// SPDX-License-Identifier: Apache-2.0
#pragma once

// The optional periodic refresh of a remote cloud (off by default; the
// interval is a console setting, chosen in View ▸ Refresh Remote Cloud). A
// refresh it started compares the cloud before and after (SnapshotDiff) and
// shows what changed on the server in the banner ("Pod3 set to maintenance on
// the server", "5 changes on the server"). The console's own writes refresh
// without a banner; a local store has no timer (a PostgreSQL store has LiveRefresh).

#include "cloudsnapshot.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QMenu;
class QActionGroup;

namespace model {
class Backend;
}

namespace gui {

class ConsoleSettings;
class NoticeBanner;

class PeriodicRefresh final : public QObject
{
    Q_OBJECT

public:
    PeriodicRefresh(ConsoleSettings &settings, NoticeBanner *banner, QObject *parent = nullptr);

    // The timer runs only for a remote backend and a non-zero interval.
    void setBackend(model::Backend *backend);
    // 0: off. Stored in the console settings.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const;
    // Every snapshot the window shows (the baseline of the next comparison).
    void snapshotApplied(const model::SnapshotPtr &snapshot);
    // View ▸ Refresh Remote Cloud: Off, every 30 s, 1, 5, 15 minutes.
    QMenu *createMenu(QWidget *parent);
    const QTimer &timer() const { return m_timer; }
    // A tick while this says the window is busy (a load under way) is skipped:
    // the load that answers it is not one to compare.
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }

signals:
    // Time for a refresh (not emitted while the busy check says so).
    void refreshNeeded();
    void noticeShown(const QString &text);

private:
    void update();
    void tick();

    ConsoleSettings &m_settings;
    NoticeBanner *m_banner;
    QPointer<model::Backend> m_backend;
    QTimer m_timer;
    model::SnapshotPtr m_baseline;
    bool m_compareNext = false; // the next snapshot is the answer to our own tick
    QActionGroup *m_choices = nullptr;
    std::function<bool()> m_busy;
};

} // namespace gui
