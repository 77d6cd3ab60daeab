// SPDX-License-Identifier: Apache-2.0
// The console's command line beyond tst_consolewidgets: --lang found before
// parsing (so --help is in that language), --screenshot.

#include "consoleoptions.h"

#include <QTest>

using gui::ConsoleOptionsParser;

class TestConsoleOptions : public QObject
{
    Q_OBJECT

private slots:
    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        QTest::newRow("value-after-option") << QStringList{QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")}
                                            << QStringLiteral("de");
        QTest::newRow("equals-form") << QStringList{QStringLiteral("--lang=zh_CN"), QStringLiteral("--help")} << QStringLiteral("zh_CN");
        QTest::newRow("absent") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite")} << QString();
        QTest::newRow("option-without-value") << QStringList{QStringLiteral("--lang")} << QString();
        QTest::newRow("no-arguments") << QStringList{} << QString();
    }

    void languageArgument()
    {
        QFETCH(QStringList, args);
        QTEST(ConsoleOptionsParser::languageArgument(QStringList{QStringLiteral("trio2o-console")} + args), "language");
    }

    void screenshotOption()
    {
        QString message;
        int code = -1;
        const auto options = ConsoleOptionsParser::parse(
            {QStringLiteral("trio2o-console"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/shot.png")}, &message, &code);
        QVERIFY2(options, qPrintable(message));
        QCOMPARE(options->screenshot, QStringLiteral("/tmp/shot.png"));

        const auto plain = ConsoleOptionsParser::parse({QStringLiteral("trio2o-console")}, &message, &code);
        QVERIFY(plain);
        QVERIFY(plain->screenshot.isEmpty());

        const auto missingFile = ConsoleOptionsParser::parse(
            {QStringLiteral("trio2o-console"), QStringLiteral("--screenshot")}, &message, &code);
        QVERIFY(!missingFile);
        QCOMPARE(code, 2);
        QVERIFY2(message.contains(QStringLiteral("screenshot")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
