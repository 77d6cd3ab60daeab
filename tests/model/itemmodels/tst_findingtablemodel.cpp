// SPDX-License-Identifier: Apache-2.0
// FindingTableModel: one row per inconsistency CheckOperation found, with its
// kind, text and repair; under QAbstractItemModelTester while it is filled,
// emptied and refilled.

#include "checkoperation.h"
#include "findingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

sched::Pod pod(const char *id, const char *name, const char *az)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.capacity = {64, 262144, 2000};
    return p;
}

sched::Binding binding(const char *id, const char *tenant, const char *podId)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.createdAtUs = 1'600'000'000'000'000;
    return b;
}

// t1 bound twice in az1, t2 bound to a pod that is gone.
sched::CloudState inconsistent()
{
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1")};
    s.bindings = {binding("b1", "t1", "p1"), binding("b2", "t1", "p2"), binding("b3", "t2", "gone")};
    return s;
}

} // namespace

class TestFindingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreTheFindingsWithTheirRepairs()
    {
        model::FindingTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        const model::CheckReport report = model::CheckOperation::preview(inconsistent());
        m.setFindings(report.findings);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(model::FindingTableModel::Column::Count));
        QStringList keys;
        for (int r = 0; r < m.rowCount(); ++r) {
            keys << m.index(r, 0).data(model::FindingTableModel::KindKeyRole).toString();
            const QString repair = m.index(r, int(model::FindingTableModel::Column::Repair)).data().toString();
            QVERIFY2(repair.startsWith(QStringLiteral("end binding")) || repair.startsWith(QStringLiteral("rebind binding")),
                     qPrintable(repair));
            QVERIFY(!m.index(r, int(model::FindingTableModel::Column::Finding)).data().toString().isEmpty());
        }
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("bound_twice"), QStringLiteral("missing_pod")}));
        QVERIFY(m.index(0, int(model::FindingTableModel::Column::Repair)).data().toString().contains(QStringLiteral("b")));
        // The findings alone (the banner's count) carry no repair yet.
        m.setFindings(model::CheckOperation::find(inconsistent()));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, int(model::FindingTableModel::Column::Repair)).data().toString(),
                 QStringLiteral("shown when the list is opened"));
        m.setFindings({});
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Repair"));
    }
};

QTEST_GUILESS_MAIN(TestFindingTableModel)
#include "tst_findingtablemodel.moc"
