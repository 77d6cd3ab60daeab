#include "democloud.h"
#include "statefixtures.h"
#include "tenantproxymodel.h"
#include "tenanttablemodel.h"

#include <QAbstractItemModelTester>
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
        proxy.setScope(0, -1);
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
