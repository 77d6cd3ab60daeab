// SPDX-License-Identifier: Apache-2.0
#include "screenshotwriter.h"

#include "mainwindow.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSaveFile>
#include <QTextStream>

namespace gui {

ScreenshotWriter::ScreenshotWriter(MainWindow *window, const QString &path)
    : QObject(window), m_window(window), m_path(path)
{
    // Queued: the pages finish laying out the new data before the picture.
    connect(window, &MainWindow::snapshotApplied, this, &ScreenshotWriter::save, Qt::QueuedConnection);
    connect(window, &MainWindow::loadFailed, this, &ScreenshotWriter::fail);
}

void ScreenshotWriter::save()
{
    const QImage image = m_window->grab().toImage();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        fail(tr("cannot write the screenshot %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return;
    }
    QCoreApplication::exit(0);
}

void ScreenshotWriter::fail(const QString &message)
{
    QTextStream(stderr) << tr("trio2o-console: no screenshot: %1").arg(message) << Qt::endl;
    QCoreApplication::exit(1);
}

} // namespace gui
