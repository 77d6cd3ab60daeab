// SPDX-License-Identifier: Apache-2.0
// Pod labels for a chart axis: short, cut in the middle, and never two alike
// for names that differ.

#include "podlabels.h"
#include "texttable.h"

#include <QSet>

#include <algorithm>
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
        const bool allFit = std::all_of(names.begin(), names.end(), [&](const QString &n) { return TextTable::displayWidth(n) <= width; });
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (allFit)
                QCOMPARE(labels[i], names[i]); // all fit: shown whole
            else
                QVERIFY2(TextTable::displayWidth(labels[i]) <= width, qPrintable(labels[i]));
        }
    }

    // Too wide: what the names share goes, each differing part is cut to what tells it apart.
    void abbreviatedToWhatTellsThemApart()
    {
        const QStringList names{QStringLiteral("frankfurt-east-general-pod-1"), QStringLiteral("munich-east-general-pod-1"),
                                QStringLiteral("frankfurt-west-general-pod-1"), QStringLiteral("frankfurt-east-general-pod-2")};
        QCOMPARE(PodLabels::shorten(names, 12),
                 (QStringList{QStringLiteral("f-e-1"), QStringLiteral("m-e-1"), QStringLiteral("f-w-1"), QStringLiteral("f-e-2")}));
        // Enough room: whole names.
        QCOMPARE(PodLabels::shorten(names, 40), names);
    }
};

QTEST_GUILESS_MAIN(TestPodLabels)
#include "tst_podlabels.moc"
