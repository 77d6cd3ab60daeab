// SPDX-License-Identifier: Apache-2.0
// ConsoleSettings: recent databases are remembered by absolute path (a
// relative one would name another file when the console starts elsewhere);
// PostgreSQL URLs are kept as given.

#include "consolesettings.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gui;

class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-settings-test"));
        ConsoleSettings().clearRecentDatabases();
    }

    void recentDatabasesAreAbsolute_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("remembered"); // relative to the folder the test runs in
        QTest::newRow("relative-file") << QStringLiteral("cloud.sqlite") << QStringLiteral("{dir}/cloud.sqlite");
        QTest::newRow("dot-dot") << QStringLiteral("sub/../other.sqlite") << QStringLiteral("{dir}/other.sqlite");
        QTest::newRow("absolute") << QStringLiteral("/var/lib/x//y.sqlite") << QStringLiteral("/var/lib/x/y.sqlite");
        QTest::newRow("postgresql-url") << QStringLiteral("postgresql://ops@db:5432/trio2o")
                                        << QStringLiteral("postgresql://ops@db:5432/trio2o");
    }

    void recentDatabasesAreAbsolute()
    {
        QFETCH(QString, given);
        QFETCH(QString, remembered);
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        ConsoleSettings().addRecentDatabase(given);
        QVERIFY(QDir::setCurrent(before));
        remembered.replace(QStringLiteral("{dir}"), QDir(dir.path()).canonicalPath());
        QString first = ConsoleSettings().recentDatabases().value(0);
        // The temporary folder may sit behind a symbolic link (/tmp): compare canonical forms.
        QCOMPARE(first.replace(dir.path(), QDir(dir.path()).canonicalPath()), remembered);
    }
};

QTEST_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
