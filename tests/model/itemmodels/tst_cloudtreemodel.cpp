// SPDX-License-Identifier: Apache-2.0
#include "cloudtreemodel.h"
#include "democloud.h"
#include "statefixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace model;

class TestCloudTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        CloudTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSnapshot(CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {}));
        tree.setIcons({}, {}, {});
        tree.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        tree.setSnapshot(nullptr);
    }

    void regionThenAzsThenPodsWithTenantCounts()
    {
        CloudTreeModel tree;
        tree.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        QCOMPARE(tree.rowCount(), 1);
        const QModelIndex region = tree.index(0, 0);
        QCOMPARE(region.data().toString(), QStringLiteral("RegionOne"));
        QCOMPARE(tree.rowCount(region), 2);
        const QModelIndex az1 = tree.index(0, 0, region);
        QCOMPARE(az1.data().toString(), QStringLiteral("az1"));
        // t1 holds two bindings in az1 (two groups): one tenant, not two.
        QCOMPARE(az1.siblingAtColumn(1).data().toInt(), 1);
        QCOMPARE(region.siblingAtColumn(1).data().toInt(), 2); // t1 and t2; three active bindings
        QCOMPARE(tree.rowCount(az1), 2);
        const QModelIndex pod2 = tree.index(1, 0, az1);
        QCOMPARE(pod2.data().toString(), QStringLiteral("Pod2"));
        QCOMPARE(pod2.data(CloudTreeModel::PodIndexRole).toInt(), 2);
        QCOMPARE(pod2.data(CloudTreeModel::AzIndexRole).toInt(), 0);
        QCOMPARE(tree.podIndex(2), pod2);
        QCOMPARE(tree.parent(pod2), az1);
        QCOMPARE(tree.azIndex(1).data().toString(), QStringLiteral("az2"));
        QCOMPARE(tree.azIndex(1).siblingAtColumn(1).data().toInt(), 1); // t2 (t1 only has history there)
        QCOMPARE(tree.index(0, 1, az1).data().toInt(), 1);
    }

    void azsAndPodsInNaturalOrder()
    {
        sched::CloudState s;
        s.pods = {fixtures::pod("t", "RegionOne", ""), fixtures::pod("a", "pod-10", "az10"),
                  fixtures::pod("b", "pod-9", "az10"), fixtures::pod("c", "pod-1", "az2"),
                  fixtures::pod("d", "pod-2", "AZ1")};
        CloudTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSnapshot(CloudSnapshot::build(std::move(s), 0, {}));
        const QModelIndex region = tree.index(0, 0);
        QStringList azs;
        for (int row = 0; row < tree.rowCount(region); ++row)
            azs.append(tree.index(row, 0, region).data().toString());
        QCOMPARE(azs, QStringList({QStringLiteral("AZ1"), QStringLiteral("az2"), QStringLiteral("az10")}));
        const QModelIndex az10 = tree.index(2, 0, region);
        QCOMPARE(tree.index(0, 0, az10).data().toString(), QStringLiteral("pod-9"));
        QCOMPARE(tree.index(1, 0, az10).data().toString(), QStringLiteral("pod-10"));
        QCOMPARE(tree.podIndex(1), tree.index(1, 0, az10)); // pod-10 found at its sorted row
    }
};

QTEST_GUILESS_MAIN(TestCloudTreeModel)
#include "tst_cloudtreemodel.moc"
