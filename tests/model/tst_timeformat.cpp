// SPDX-License-Identifier: Apache-2.0
// Trio2o's time format, "YYYY-MM-DD HH:MM:SS.ffffff" in UTC without a zone.

#include "timeformat.h"

#include <QDateTime>
#include <QTest>

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("micros");
        QTest::newRow("trio2o-form") << QStringLiteral("2017-04-12 15:01:52.123456") << 1492009312123456LL;
        QTest::newRow("no-fraction") << QStringLiteral("2017-04-12 15:01:52") << 1492009312000000LL;
        QTest::newRow("short-fraction") << QStringLiteral("2017-04-12 15:01:52.5") << 1492009312500000LL;
        QTest::newRow("nanoseconds-dropped") << QStringLiteral("2017-04-12 15:01:52.123456789") << 1492009312123456LL;
        QTest::newRow("iso-t-and-z") << QStringLiteral("2017-04-12T15:01:52Z") << 1492009312000000LL;
        QTest::newRow("utc-offset") << QStringLiteral("2017-04-12T15:01:52+00:00") << 1492009312000000LL;
        QTest::newRow("epoch") << QStringLiteral("1970-01-01 00:00:00.000000") << 0LL;
        QTest::newRow("leap-day") << QStringLiteral("2024-02-29 23:59:59.999999") << 1709251199999999LL;
        QTest::newRow("before-epoch") << QStringLiteral("1969-12-31 23:59:59.000000") << -1000000LL;
        QTest::newRow("surrounding-space") << QStringLiteral(" 2017-04-12 15:01:52 ") << 1492009312000000LL;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, micros);
        const auto t = model::parseTrio2oTime(text);
        QVERIFY(t.has_value());
        QCOMPARE(qlonglong(*t), micros);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "yesterday", "2017-13-01 00:00:00", "2017-02-29 00:00:00", "2017-04-31 10:00:00",
                                "2017-04-12 24:00:00", "2017-04-12 10:60:00", "2017-04-12 10:00:00.", "2017-04-12 10:00:00.1x",
                                "2017-04-12 10:00:00+02:00", "2017/04/12 10:00:00", "17-04-12 10:00:00"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!model::parseTrio2oTime(text).has_value());
    }

    void formatsAndRoundTrips_data()
    {
        QTest::addColumn<qlonglong>("micros");
        QTest::newRow("epoch") << 0LL;
        QTest::newRow("upstream-commit") << 1492009312123456LL;
        QTest::newRow("before-epoch") << -1LL;
        QTest::newRow("far-future") << 4102444800000001LL;
    }
    void formatsAndRoundTrips()
    {
        QFETCH(qlonglong, micros);
        const QString text = model::formatTrio2oTime(micros);
        const QDateTime expected = QDateTime::fromMSecsSinceEpoch(micros >= 0 ? micros / 1000 : (micros - 999) / 1000, Qt::UTC);
        QCOMPARE(text.left(19), expected.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(text.size(), 26);
        QCOMPARE(qlonglong(model::parseTrio2oTime(text).value()), micros);
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
