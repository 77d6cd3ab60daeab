// SPDX-License-Identifier: Apache-2.0
#pragma once

// The status bar's sign that the console works in the background (a new
// snapshot's tables being prepared, a million rows sorted): a running bar and
// what is being done. It shows only once the work has lasted the delay
// (300 ms), so quick work never makes it flash, and hides when the last piece
// of work ends. Work is reported as begin()/end() under a key, or as a future.

#include <QFuture>
#include <QFutureWatcher>
#include <QMap>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;

namespace gui {

class BusyIndicator final : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDelay{300};

    explicit BusyIndicator(QWidget *parent = nullptr);

    // Starting again under a running key replaces its text.
    void begin(const QString &key, const QString &text);
    void end(const QString &key);
    // begin() now, end() when `future` finishes (also when it is cancelled).
    template <typename T>
    void watch(const QString &key, const QString &text, const QFuture<T> &future)
    {
        begin(key, text);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, generation = m_started[key]] {
            watcher->deleteLater();
            if (m_started.value(key) == generation) // a newer begin() under that key owns it now
                end(key);
        });
        watcher->setFuture(future);
    }

    bool isBusy() const { return !m_work.isEmpty(); }
    bool isShown() const { return m_shown; }
    QString text() const; // what is running, as shown
    // Tests: how long work runs before the indicator shows.
    void setDelay(std::chrono::milliseconds delay) { m_delay.setInterval(delay); }

signals:
    void shownChanged(bool shown);

private:
    void update();
    void setShown(bool shown);

    QMap<QString, QString> m_work;      // key -> what is being done
    QMap<QString, quint64> m_started;   // key -> its begin() count, so a stale watcher ends nothing
    QTimer m_delay;
    bool m_shown = false;
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace gui
