// SPDX-License-Identifier: Apache-2.0
#pragma once

// The status bar's content: which backend is shown, the connection state,
// the age of the snapshot and the time of the last refresh; a progress bar
// while loading.

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <cstdint>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace gui {

class StatusPanel final : public QObject
{
    Q_OBJECT

public:
    explicit StatusPanel(QStatusBar *bar);

    void setBackend(const QString &description);
    // A database the console seeded with the demo cloud: a DEMO badge.
    void setDemo(bool demo);
    bool isDemo() const;
    void setLoading(int percent, const QString &step);
    void setLoaded(std::int64_t snapshotAtUs);
    // The cloud could not be reached: what is shown is a saved snapshot taken then.
    void setSnapshotOnly(const QDateTime &takenAt);
    void setFailed(const QString &message);

    QString stateText() const;

private:
    void updateAge();

    QLabel *m_demo;
    QLabel *m_backend;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_age;
    QLabel *m_refreshed;
    QTimer m_ageTimer;
    std::int64_t m_snapshotAtUs = 0;
};

} // namespace gui
