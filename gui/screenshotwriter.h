// SPDX-License-Identifier: Apache-2.0
#pragma once

// `trio2o-console --screenshot FILE`: once the main window shows its data,
// saves a picture of it into FILE (PNG, never half-written) and quits; exit
// status 1 with the reason when loading or saving fails. Can make the AppStream
// screenshot again, and lets a test run the installed console without a display.

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace gui {

class MainWindow;

class ScreenshotWriter final : public QObject
{
    Q_OBJECT

public:
    ScreenshotWriter(MainWindow *window, const QString &path);

private:
    void save();
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_path;
};

} // namespace gui
