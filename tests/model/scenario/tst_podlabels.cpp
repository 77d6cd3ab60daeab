// SPDX-License-Identifier: Apache-2.0
// Pod labels for a chart axis: short, cut in the middle, and never two alike
// for names that differ.

#include "podlabels.h"
#include "texttable.h"

#include <QSet>
#include <QTest>

using model::PodLabels;
using model::TextTable;

class TestPodLabels : public QObject
{
    Q_OBJECT

private slots:
    void distinctAndShort_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("width");
        QTest::newRow("same-prefix-differing-ends")
            << QStringList{QStringLiteral("az2-general-purpose-pod-01"), QStringLiteral("az2-general-purpose-pod-02"),
                           QStringLiteral("az2-general-purpose-pod-03")}
            << 10;
        QTest::newRow("same-ends-differing-middle")
            << QStringList{QStringLiteral("frankfurt-east-pod-1"), QStringLiteral("frankfurt-west-pod-1"),
                           QStringLiteral("frankfurt-north-pod-1")}
            << 10;
        QTest::newRow("short-names-whole") << QStringList{QStringLiteral("p1"), QStringLiteral("p2")} << 10;
        QTest::newRow("chinese") << QStringList{QStringLiteral("北京数据中心第一资源池"), QStringLiteral("北京数据中心第二资源池")} << 10;
        QTest::newRow("one-name-prefix-of-another")
            << QStringList{QStringLiteral("pod-general-0001"), QStringLiteral("pod-general-0001-b")} << 8;
    }

    void distinctAndShort()
    {
        QFETCH(QStringList, names);
        QFETCH(int, width);
        const QStringList labels = PodLabels::shorten(names, width);
        QCOMPARE(labels.size(), names.size());
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (TextTable::displayWidth(names[i]) <= width)
                QCOMPARE(labels[i], names[i]); // fits: shown whole
            else
                QVERIFY2(labels[i].contains(QChar(0x2026)), qPrintable(labels[i]));
        }
    }

    // Names that differ only in the middle keep more of themselves, only as much as they must.
    void onlyClashingLabelsGrow()
    {
        const QStringList labels = PodLabels::shorten({QStringLiteral("frankfurt-east-pod-1"), QStringLiteral("frankfurt-west-pod-1"),
                                                       QStringLiteral("zurich-pod-number-7")},
                                                      10);
        QCOMPARE(TextTable::displayWidth(labels[2]), 10);
        QVERIFY(TextTable::displayWidth(labels[0]) > 10);
        QVERIFY(labels[0] != labels[1]);
    }
};

QTEST_GUILESS_MAIN(TestPodLabels)
#include "tst_podlabels.moc"
