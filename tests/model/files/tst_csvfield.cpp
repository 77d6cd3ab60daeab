// SPDX-License-Identifier: Apache-2.0
// csvField: RFC 4180 quoting (a lone carriage return included) and the guard
// against spreadsheet formula injection.

#include "files/csvfield.h"

#include <QTest>

class TestCsvField : public QObject
{
    Q_OBJECT

private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("pod-1") << QStringLiteral("pod-1");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line-feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("lone-carriage-return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("formula-equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("formula-plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("formula-minus") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
        QTest::newRow("formula-at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("leading-tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("leading-carriage-return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("negative-number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("signed-exponent") << QStringLiteral("+1.5e3") << QStringLiteral("+1.5e3");
        QTest::newRow("equals-inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void cells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(model::csvField(text), cell);
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
