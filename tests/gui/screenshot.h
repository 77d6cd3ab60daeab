// SPDX-License-Identifier: Apache-2.0
#pragma once

// Saves a widget's picture into the test output directory (TRIO2O_TEST_OUTPUT).

#include <QDir>
#include <QTest>
#include <QWidget>

namespace testing {

inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("TRIO2O_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/trio2o-test-output");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
    return path;
}

} // namespace testing
