// SPDX-License-Identifier: Apache-2.0
#include "connectdialog.h"
#include "consoleoptions.h"
#include "consolesettings.h"
#include "screenshot.h"
#include "usagebardelegate.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace gui;

class TestConsoleWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-widgets-test"));
        ConsoleSettings().clearRecentDatabases();
    }

    void recentDatabasesAreUniqueNewestFirstAndCapped()
    {
        ConsoleSettings settings;
        for (int i = 0; i < ConsoleSettings::kMaxRecent + 3; ++i)
            settings.addRecentDatabase(QStringLiteral("/tmp/db%1.sqlite").arg(i));
        settings.addRecentDatabase(QStringLiteral("/tmp/db5.sqlite"));
        const QStringList recent = ConsoleSettings().recentDatabases();
        QCOMPARE(recent.size(), ConsoleSettings::kMaxRecent);
        QCOMPARE(recent.first(), QStringLiteral("/tmp/db5.sqlite"));
        QCOMPARE(recent.count(QStringLiteral("/tmp/db5.sqlite")), 1);
    }

    void headerStateAndFlagsRoundTrip()
    {
        ConsoleSettings settings;
        settings.setHeaderState(QStringLiteral("pods"), QByteArray("abc"));
        settings.setShowBindingHistory(true);
        settings.setCurrentTab(2);
        ConsoleSettings again;
        QCOMPARE(again.headerState(QStringLiteral("pods")), QByteArray("abc"));
        QVERIFY(again.showBindingHistory());
        QCOMPARE(again.currentTab(), 2);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("lang");
        QTest::newRow("db-and-lang") << QStringList{QStringLiteral("--db"), QStringLiteral("/x.sqlite"), QStringLiteral("--lang"), QStringLiteral("de")}
                                     << true << QStringLiteral("/x.sqlite") << QStringLiteral("de");
        QTest::newRow("unknown-option-fails") << QStringList{QStringLiteral("--nope")} << false << QString() << QString();
        QTest::newRow("stray-argument-fails") << QStringList{QStringLiteral("file")} << false << QString() << QString();
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        QString message;
        int code = -1;
        const auto options = ConsoleOptionsParser::parse(QStringList{QStringLiteral("trio2o-console")} + args, &message, &code);
        QCOMPARE(options.has_value(), ok);
        if (ok) {
            QTEST(options->databasePath, "db");
            QTEST(options->language, "lang");
        } else {
            QCOMPARE(code, 2);
        }
    }

    void defaultDatabaseIsTheStoresDefault()
    {
        QString message;
        int code = -1;
        const auto options = ConsoleOptionsParser::parse({QStringLiteral("trio2o-console")}, &message, &code);
        QVERIFY(options);
        QVERIFY(options->databasePath.endsWith(QStringLiteral("trio2o-console/trio2o.sqlite")));
    }

    void connectDialogPicksARecentConnection()
    {
        ConnectDialog dialog({QStringLiteral("/data/a.sqlite"), QStringLiteral("/data/b.sqlite")}, QStringLiteral("/data/a.sqlite"));
        dialog.show();
        QCOMPARE(dialog.recentList()->count(), 2);
        dialog.recentList()->setCurrentRow(1);
        QCOMPARE(dialog.connection().databasePath, QStringLiteral("/data/b.sqlite"));
        testing::saveScreenshot(&dialog, QStringLiteral("connect-dialog"));
        dialog.pathEdit()->clear();
        QCOMPARE(dialog.connection().databasePath, QString());
    }

    void usageColoursFollowTheThreshold()
    {
        QCOMPARE(UsageBarDelegate::colorFor(0.95, 0.9), UsageBarDelegate::colorFor(1.0, 0.9));
        QVERIFY(UsageBarDelegate::colorFor(0.87, 0.9) != UsageBarDelegate::colorFor(0.95, 0.9));
        QVERIFY(UsageBarDelegate::colorFor(0.3, 0.9) != UsageBarDelegate::colorFor(0.87, 0.9));
    }
};

QTEST_MAIN(TestConsoleWidgets)
#include "tst_consolewidgets.moc"
