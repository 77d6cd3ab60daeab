// SPDX-License-Identifier: Apache-2.0
#include "bindingproxymodel.h"
#include "democloud.h"
#include "statefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QThreadPool>
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

    // A big new snapshot is sorted on a worker thread: shown unsorted at once,
    // then in order with a layout change; the selection follows.
    void aBigSnapshotIsSortedInTheBackground()
    {
        sched::CloudState big;
        big.pods = {fixtures::pod("p1", "Pod1", "az1"), fixtures::pod("p2", "Pod2", "az2")};
        const int n = BindingProxyModel::kBackgroundRows + 1000;
        big.bindings.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i) {
            sched::Binding b = fixtures::binding("", "", i % 2 ? "p1" : "p2");
            b.id = "b" + std::to_string(i);
            b.tenantId = "t" + std::to_string(i);
            b.createdAtUs = std::int64_t((i * 7919) % n) * 1000; // shuffled times
            big.bindings.push_back(std::move(b));
        }
        BindingTableModel source;
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.sort(int(Column::Since), Qt::DescendingOrder);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy sorting(&proxy, &BindingProxyModel::sortingChanged);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        source.setSnapshot(CloudSnapshot::build(std::move(big), 0, {}));
        QCOMPARE(proxy.rowCount(), n);
        QVERIFY(proxy.sorting());
        QCOMPARE(sorting.size(), 1);
        const QPersistentModelIndex kept = proxy.index(5, 0); // source row 5 while unsorted
        const QString keptTenant = kept.data().toString();
        QVERIFY(sorting.wait(30000));
        QCOMPARE(sorting.last().constFirst().toBool(), false);
        QVERIFY(!proxy.sorting());
        QCOMPARE(layout.size(), 1);
        const auto since = [&](int row) {
            return proxy.index(row, int(Column::Since)).data(BindingTableModel::SortRole).toLongLong();
        };
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(since(r - 1) >= since(r));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), keptTenant);
    }

    // prepare(): a big snapshot sorted and filtered on a worker before the
    // source gets it shows sorted at once (no background sort afterwards); a
    // filter typed meanwhile is applied to the prepared order; a sort changed
    // meanwhile drops the prepared rows (the sort then runs in the background).
    void aPreparedSnapshotShowsSortedAtOnce_data()
    {
        QTest::addColumn<QString>("meanwhile");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("sortingAfter");
        const int n = BindingProxyModel::kBackgroundRows + 1000;
        QTest::newRow("nothing") << QString() << n << false;
        QTest::newRow("filter-typed") << QStringLiteral("filter") << n / 2 << false;
        QTest::newRow("sort-changed") << QStringLiteral("sort") << n << true;
    }
    void aPreparedSnapshotShowsSortedAtOnce()
    {
        QFETCH(QString, meanwhile);
        QFETCH(int, rows);
        QFETCH(bool, sortingAfter);
        sched::CloudState big;
        big.pods = {fixtures::pod("p1", "Pod1", "az1"), fixtures::pod("p2", "Pod2", "az2")};
        const int n = BindingProxyModel::kBackgroundRows + 1000;
        for (int i = 0; i < n; ++i) {
            sched::Binding b = fixtures::binding("", "", i % 2 ? "p1" : "p2");
            b.id = "b" + std::to_string(i);
            b.tenantId = "t" + std::to_string(i);
            b.createdAtUs = std::int64_t((i * 7919) % n) * 1000; // shuffled times
            big.bindings.push_back(std::move(b));
        }
        const SnapshotPtr snapshot = CloudSnapshot::build(std::move(big), 0, {});
        BindingTableModel source;
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.sort(int(Column::Since), Qt::DescendingOrder);
        QFuture<void> job = proxy.prepare(snapshot);
        if (meanwhile == QLatin1String("filter"))
            proxy.setFilterText(QStringLiteral("pod1"));
        else if (meanwhile == QLatin1String("sort"))
            proxy.sort(int(Column::Since), Qt::AscendingOrder);
        job.waitForFinished();
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        source.setSnapshot(snapshot);
        QCOMPARE(proxy.rowCount(), rows);
        QCOMPARE(proxy.sorting(), sortingAfter);
        if (sortingAfter)
            return; // the background sort's own test follows it to the end
        const auto since = [&](int row) {
            return proxy.index(row, int(Column::Since)).data(BindingTableModel::SortRole).toLongLong();
        };
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(since(r - 1) >= since(r));
        if (meanwhile == QLatin1String("filter"))
            for (int r = 0; r < proxy.rowCount(); r += 997)
                QCOMPARE(proxy.index(r, int(Column::Pod)).data().toString(), QStringLiteral("Pod1"));
    }

    // A snapshot other than the prepared one is filtered on the spot.
    void preparedRowsOfAnotherSnapshotAreNotUsed()
    {
        BindingTableModel source;
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setShowHistory(true);
        proxy.prepare(CloudSnapshot::build(buildDemoCloud(1'700'000'000'000'000), 0, {})).waitForFinished();
        source.setSnapshot(CloudSnapshot::build(fixtures::smallCloud(), 0, {}));
        QCOMPARE(proxy.rowCount(), 4);
    }

    // A sort asked for while the background one runs wins; the stale result is dropped.
    void theOperatorsSortWinsOverABackgroundOne()
    {
        sched::CloudState big;
        big.pods = {fixtures::pod("p1", "Pod1", "az1")};
        const int n = BindingProxyModel::kBackgroundRows + 10;
        for (int i = 0; i < n; ++i) {
            sched::Binding b = fixtures::binding("", "", "p1");
            b.id = "b" + std::to_string(i);
            b.tenantId = "t" + std::to_string(i);
            b.createdAtUs = std::int64_t(i);
            big.bindings.push_back(std::move(b));
        }
        BindingTableModel source;
        BindingProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.sort(int(Column::Since), Qt::DescendingOrder);
        source.setSnapshot(CloudSnapshot::build(std::move(big), 0, {}));
        QVERIFY(proxy.sorting());
        QSignalSpy sorting(&proxy, &BindingProxyModel::sortingChanged);
        proxy.sort(int(Column::Since), Qt::AscendingOrder);
        QVERIFY(!proxy.sorting());
        QCOMPARE(sorting.size(), 1); // "done": the operator's order is the one shown
        const auto first = [&] {
            return proxy.index(0, int(Column::Since)).data(BindingTableModel::SortRole).toLongLong();
        };
        QCOMPARE(first(), 0);
        // The worker finishes the stale descending sort; its result is dropped.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QCoreApplication::processEvents();
        QCOMPARE(first(), 0);
        QCOMPARE(sorting.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBindingProxyModel)
#include "tst_bindingproxymodel.moc"
