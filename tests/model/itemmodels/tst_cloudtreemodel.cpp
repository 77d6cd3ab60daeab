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
        QCOMPARE(az1.siblingAtColumn(1).data().toInt(), 2);
        QCOMPARE(tree.rowCount(az1), 2);
        const QModelIndex pod2 = tree.index(1, 0, az1);
        QCOMPARE(pod2.data().toString(), QStringLiteral("Pod2"));
        QCOMPARE(pod2.data(CloudTreeModel::PodIndexRole).toInt(), 2);
        QCOMPARE(pod2.data(CloudTreeModel::AzIndexRole).toInt(), 0);
        QCOMPARE(tree.podIndex(2), pod2);
        QCOMPARE(tree.parent(pod2), az1);
        QCOMPARE(tree.azIndex(1).data().toString(), QStringLiteral("az2"));
    }
};

QTEST_GUILESS_MAIN(TestCloudTreeModel)
#include "tst_cloudtreemodel.moc"
