// SPDX-License-Identifier: Apache-2.0
#include "naturalorder.h"

#include <QTest>

#include <algorithm>

using model::NaturalOrder;

class TestNaturalOrder : public QObject
{
    Q_OBJECT

private slots:
    void compares_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("az2-before-az10") << "az2" << "az10" << -1;
        QTest::newRow("pod-9-before-pod-10") << "pod-9" << "pod-10" << -1;
        QTest::newRow("letters-without-case") << "AZ1" << "az2" << -1;
        QTest::newRow("prefix-first") << "az" << "az1" << -1;
        QTest::newRow("second-number-decides") << "pod-3-12" << "pod-3-2" << 1;
        QTest::newRow("leading-zeros-as-numbers") << "az007" << "az10" << -1;
        QTest::newRow("numbers-longer-than-64-bits") << "p99999999999999999999" << "p100000000000000000000" << -1;
        QTest::newRow("equal") << "az-3" << "az-3" << 0;
        QTest::newRow("case-only-still-ordered") << "Pod" << "pod" << -1;
        QTest::newRow("digits-before-letters") << "az1" << "aza" << -1;
    }

    void compares()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const int c = NaturalOrder::compare(a, b);
        QCOMPARE((c > 0) - (c < 0), sign);
        const int r = NaturalOrder::compare(b, a);
        QCOMPARE((r > 0) - (r < 0), -sign); // antisymmetric
    }

    void sortsAListOfAzs()
    {
        QStringList azs{QStringLiteral("az10"), QStringLiteral("az1"), QStringLiteral("az2"), QStringLiteral("az20"),
                        QStringLiteral("az11")};
        std::sort(azs.begin(), azs.end(), NaturalOrder());
        QCOMPARE(azs, QStringList({QStringLiteral("az1"), QStringLiteral("az2"), QStringLiteral("az10"),
                                   QStringLiteral("az11"), QStringLiteral("az20")}));
    }
};

QTEST_GUILESS_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
