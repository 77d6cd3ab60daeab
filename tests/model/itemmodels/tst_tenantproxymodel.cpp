// SPDX-License-Identifier: Apache-2.0
#include "democloud.h"
#include "statefixtures.h"
#include "tenantproxymodel.h"
#include "tenanttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace model;
using Column = TenantTableModel::Column;

class TestTenantProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        TenantTableModel tenants;
        TenantProxyModel proxy;
        proxy.setSourceModel(&tenants);
        QAbstractItemModelTester t1(&tenants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tenants.setSnapshot(CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {}));
        for (int c = 0; c < int(Column::Count); ++c)
            proxy.sort(c);
        proxy.setFilterText(QStringLiteral("a"));
        proxy.setFilterText(QStringLiteral("ab"));
        proxy.setScope(0, -1);
        proxy.sort(int(Column::Active), Qt::DescendingOrder);
        proxy.setFilterText(QString());
        tenants.setSnapshot(nullptr);
    }

    // prepare(): the rows made on a worker equal the ones made on the spot,
    // also when the filter or sort changed while the worker ran; the scope
    // is the one prepared for, whatever was clicked in the old tree meanwhile.
    void preparedRowsEqualTheDirectOnes_data()
    {
        QTest::addColumn<QString>("meanwhile");
        QTest::addColumn<int>("preparedAz");
        QTest::newRow("nothing") << QString() << -1;
        QTest::newRow("filter-typed") << QStringLiteral("filter") << -1;
        QTest::newRow("prepared-for-an-az") << QString() << 1;
        QTest::newRow("scope-clicked-in-the-old-tree") << QStringLiteral("scope") << -1;
        QTest::newRow("sort-changed") << QStringLiteral("sort") << -1;
    }
    void preparedRowsEqualTheDirectOnes()
    {
        QFETCH(QString, meanwhile);
        QFETCH(int, preparedAz);
        const SnapshotPtr next = CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {});
        const auto change = [&](TenantProxyModel &p) {
            if (meanwhile == QLatin1String("filter"))
                p.setFilterText(QStringLiteral("a"));
            else if (meanwhile == QLatin1String("sort"))
                p.sort(int(Column::Active), Qt::AscendingOrder);
        };
        TenantTableModel tenants;
        tenants.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        TenantProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&tenants);
        proxy.sort(int(Column::Tenant), Qt::DescendingOrder);
        QFuture<void> job = proxy.prepare(next, preparedAz, -1);
        change(proxy);
        if (meanwhile == QLatin1String("scope"))
            proxy.setScope(0, -1);
        job.waitForFinished();
        tenants.setSnapshot(next);

        TenantTableModel direct;
        direct.setSnapshot(next);
        TenantProxyModel reference;
        reference.setSourceModel(&direct);
        reference.sort(int(Column::Tenant), Qt::DescendingOrder);
        change(reference);
        reference.setScope(preparedAz, -1);
        QVERIFY(reference.rowCount() > 0);
        if (preparedAz >= 0)
            QVERIFY(reference.rowCount() < next->tenantCount());
        QCOMPARE(proxy.rowCount(), reference.rowCount());
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data().toString(), reference.index(r, 0).data().toString());
    }

    void sortsOnRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("tenant-ascending") << int(Column::Tenant) << int(Qt::AscendingOrder)
                                          << QStringList{"t1", "t10", "t2"}; // ids sort as text
        QTest::newRow("tenant-descending") << int(Column::Tenant) << int(Qt::DescendingOrder)
                                           << QStringList{"t2", "t10", "t1"};
        QTest::newRow("active-descending") << int(Column::Active) << int(Qt::DescendingOrder)
                                           << QStringList{"t1", "t2", "t10"};
        QTest::newRow("pods-ascending") << int(Column::Pods) << int(Qt::AscendingOrder)
                                        << QStringList{"t10", "t1", "t2"}; // none, "Pod1, Pod2", "Pod3"
    }

    void sortsOnRawValues()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        sched::CloudState s = fixtures::smallCloud();
        s.bindings.push_back(fixtures::binding("b9", "t10", "p1", false));
        TenantTableModel tenants;
        tenants.setSnapshot(CloudSnapshot::build(std::move(s), 0, {}));
        TenantProxyModel proxy;
        proxy.setSourceModel(&tenants);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, Qt::SortOrder(order));
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, int(Column::Tenant)).data().toString());
        QCOMPARE(shown, expected);
    }

    void typingNarrowsThenWidensAgain()
    {
        TenantTableModel tenants;
        tenants.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        TenantProxyModel proxy;
        proxy.setSourceModel(&tenants);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        proxy.setFilterText(QStringLiteral("t"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("t2"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("t2"));
        proxy.setFilterText(QStringLiteral("t"));
        QCOMPARE(proxy.rowCount(), 2);
        // One reset per keystroke, never a signal per removed row.
        QCOMPARE(resets.size(), 3);
    }

    void countsActiveAndEndedBindings()
    {
        TenantTableModel tenants;
        tenants.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        QCOMPARE(tenants.rowCount(), 2);
        QCOMPARE(tenants.index(0, int(Column::Tenant)).data().toString(), QStringLiteral("t1"));
        QCOMPARE(tenants.index(0, int(Column::Active)).data().toInt(), 2);
        QCOMPARE(tenants.index(0, int(Column::History)).data().toInt(), 1);
        QCOMPARE(tenants.index(0, int(Column::Pods)).data().toString(), QStringLiteral("Pod1, Pod2"));
    }

    void scopeKeepsTenantsBoundThere()
    {
        TenantTableModel tenants;
        tenants.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        TenantProxyModel proxy;
        proxy.setSourceModel(&tenants);
        proxy.setScope(-1, 3); // t1 only has history on Pod3
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("t2"));
        proxy.setScope(-1, -1);
        proxy.setFilterText(QStringLiteral("T1"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTenantProxyModel)
#include "tst_tenantproxymodel.moc"
