#include "bindingproxymodel.h"
#include "democloud.h"
#include "statefixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace model;
using Column = BindingTableModel::Column;

class TestBindingProxyModel : public QObject
{
    Q_OBJECT

    static QStringList column(const QAbstractItemModel &m, Column c)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, int(c)).data().toString();
        return out;
    }

private slots:
    void passesTheModelTesterThroughEveryChange()
    {
        BindingTableModel source;
        BindingProxyModel proxy;
        QAbstractItemModelTester sourceTester(&source, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setSnapshot(CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {}));
        QVERIFY(proxy.rowCount() > 0);
        for (int c = 0; c < int(Column::Count); ++c) {
            proxy.sort(c, Qt::AscendingOrder);
            proxy.sort(c, Qt::DescendingOrder);
        }
        proxy.setShowHistory(true);
        proxy.setFilterText(QStringLiteral("north"));
        proxy.setScope(0, -1);
        proxy.setFilterText({});
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
    }

    void hidesHistoryUntilAskedTo()
    {
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setShowHistory(true);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void filtersByTenantOrPodCaseInsensitively_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("tenant-t2") << QStringLiteral("T2") << 1;
        QTest::newRow("pod-name") << QStringLiteral("pod2") << 1;
        QTest::newRow("matches-both-tenants-pods") << QStringLiteral("pod") << 3;
        QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
        QTest::newRow("empty-is-all") << QString() << 3;
    }

    void filtersByTenantOrPodCaseInsensitively()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void typingNarrowsLikeAFreshFilter()
    {
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {}));
        BindingProxyModel typed;
        typed.setSourceModel(&source);
        typed.setShowHistory(true);
        typed.sort(int(Column::Pod), Qt::AscendingOrder);
        for (const char *text : {"p", "po", "pod-n", "pod-north", "pod-north-c", "pod-n", "a", "ab", ""}) {
            typed.setFilterText(QString::fromLatin1(text));
            BindingProxyModel fresh;
            fresh.setSourceModel(&source);
            fresh.setShowHistory(true);
            fresh.sort(int(Column::Pod), Qt::AscendingOrder);
            fresh.setFilterText(QString::fromLatin1(text));
            QCOMPARE(column(typed, Column::Tenant), column(fresh, Column::Tenant));
            QCOMPARE(column(typed, Column::Pod), column(fresh, Column::Pod));
        }
    }

    void scopeLimitsToAzOrPod()
    {
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setScope(0, -1); // az1
        QCOMPARE(column(proxy, Column::Pod), (QStringList{QStringLiteral("Pod1"), QStringLiteral("Pod2")}));
        proxy.setScope(1, 3);
        QCOMPARE(column(proxy, Column::Tenant), QStringList{QStringLiteral("t2")});
        proxy.setScope(-1, -1);
        proxy.setTenant(1);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void sortsOnRawValuesAndKeepsSortWhileFiltering()
    {
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setShowHistory(true);
        proxy.sort(int(Column::Pod), Qt::DescendingOrder);
        QCOMPARE(column(proxy, Column::Pod),
                 (QStringList{QStringLiteral("Pod3"), QStringLiteral("Pod3"), QStringLiteral("Pod2"), QStringLiteral("Pod1")}));
        proxy.setFilterText(QStringLiteral("t1"));
        QCOMPARE(column(proxy, Column::Pod),
                 (QStringList{QStringLiteral("Pod3"), QStringLiteral("Pod2"), QStringLiteral("Pod1")}));
        // Active rows ("now") sort after every ended one.
        proxy.sort(int(Column::Until), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, int(Column::Active)).data(BindingTableModel::ActiveRole).toBool(), false);
    }

    void persistentIndexesFollowTheSort()
    {
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.sort(int(Column::Pod), Qt::AscendingOrder);
        const QPersistentModelIndex first(proxy.index(0, int(Column::Pod)));
        QCOMPARE(first.data().toString(), QStringLiteral("Pod1"));
        proxy.sort(int(Column::Pod), Qt::DescendingOrder);
        QCOMPARE(first.row(), proxy.rowCount() - 1);
        QCOMPARE(first.data().toString(), QStringLiteral("Pod1"));
    }
};

QTEST_GUILESS_MAIN(TestBindingProxyModel)
#include "tst_bindingproxymodel.moc"
