// SPDX-License-Identifier: Apache-2.0
#include "cloudtreemodel.h"
#include "democloud.h"
#include "podproxymodel.h"
#include "podtablemodel.h"
#include "statefixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <functional>

using namespace model;
using Column = PodTableModel::Column;

class TestPodProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        PodTableModel pods;
        PodProxyModel proxy;
        proxy.setSourceModel(&pods);
        QAbstractItemModelTester t1(&pods, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pods.setSnapshot(CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {}));
        for (int c = 0; c < int(Column::Count); ++c)
            proxy.sort(c);
        proxy.setFilterText(QStringLiteral("south"));
        proxy.setScope(1, -1);
    }

    void usageColumnsCarryFractionAndThreshold()
    {
        PodTableModel pods;
        pods.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        const QModelIndex vcpus = pods.index(1, int(Column::Vcpus));
        QCOMPARE(vcpus.data(PodTableModel::UsageRole).toDouble(), 0.1);
        QCOMPARE(vcpus.data(PodTableModel::ThresholdRole).toDouble(), 0.9);
        // RAM never collected: no fraction, sorts below every known value.
        const QModelIndex ram = pods.index(1, int(Column::Ram));
        QVERIFY(!ram.data(PodTableModel::UsageRole).isValid());
        QCOMPARE(ram.data(PodTableModel::SortRole).toDouble(), -1.0);
        QCOMPARE(pods.index(1, int(Column::Tenants)).data().toInt(), 1);
    }

    // The pod's tooltips say where its numbers came from (usage tooltips and the tree's).
    void tooltipsNameTheUsageSource()
    {
        sched::CloudState s = fixtures::smallCloud();
        s.pods[1].usageSource = sched::UsageSource::Placement;
        s.pods[2].usageSource = sched::UsageSource::HypervisorStatistics;
        s.pods[2].vcpuRatio = 16.0;
        s.pods[2].ramRatio = 1.5;
        PodTableModel pods;
        const auto snapshot = CloudSnapshot::build(std::move(s), 0, {});
        pods.setSnapshot(snapshot);
        const auto tip = [&](int row) { return pods.index(row, int(Column::Vcpus)).data(Qt::ToolTipRole).toString(); };
        QVERIFY2(tip(1).contains(QLatin1String("Usage from Placement")), qPrintable(tip(1)));
        QVERIFY2(tip(2).contains(QStringLiteral("hypervisor statistics × ratio: vCPUs × 16, RAM × 1.5")), qPrintable(tip(2)));
        QVERIFY2(tip(3).contains(QLatin1String("entered by hand (manual)")), qPrintable(tip(3)));
        CloudTreeModel tree;
        tree.setSnapshot(snapshot);
        int seen = 0;
        const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < tree.rowCount(parent); ++row) {
                const QModelIndex i = tree.index(row, 0, parent);
                seen += i.data(Qt::ToolTipRole).toString().contains(QLatin1String("Usage from Placement"));
                walk(i);
            }
        };
        walk({});
        QCOMPARE(seen, 1); // Pod1 only
    }

    void sortsUsageNumericallyNotAsText()
    {
        sched::CloudState s = fixtures::smallCloud();
        s.pods[1].used[0] = 9;  // 9 %
        s.pods[2].used[0] = 80; // 80 %
        s.pods[3].used[0] = 10; // 10 %: "10 %" < "9 %" as text
        PodTableModel pods;
        pods.setSnapshot(CloudSnapshot::build(std::move(s), 0, {}));
        PodProxyModel proxy;
        proxy.setSourceModel(&pods);
        proxy.sort(int(Column::Vcpus), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Pod2"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Pod3"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Pod1"));
    }

    void filtersByTextAndScope()
    {
        PodTableModel pods;
        pods.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        PodProxyModel proxy;
        proxy.setSourceModel(&pods);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setScope(0, -1);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("GPU"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setScope(-1, 3);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPodProxyModel)
#include "tst_podproxymodel.moc"
