// SPDX-License-Identifier: Apache-2.0
// CandidateTableModel: an Engine explanation as rows (acceptable pods ranked
// by total weight, then rejected pods with filter and reason), under
// QAbstractItemModelTester; DrainPlanner and DecisionChanges on the same
// small cloud.

#include "candidatetablemodel.h"
#include "decisionchanges.h"
#include "drainplan.h"
#include "engine.h"
#include "statefixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <set>

using namespace model;

class TestCandidateTableModel : public QObject
{
    Q_OBJECT

    static sched::CloudState cloud()
    {
        sched::CloudState s;
        s.pods = {fixtures::pod("top", "RegionOne", ""), fixtures::pod("p1", "Pod1", "az1"),
                  fixtures::pod("p2", "Pod2", "az1"), fixtures::pod("p3", "Pod3", "az1"),
                  fixtures::pod("p4", "Pod4", "az2")};
        s.pods[3].state = sched::PodState::Maintenance;
        s.pods[2].createdAtUs = 2'000'000; // younger than Pod1
        s.bindings = {fixtures::binding("b1", "t1", "p1"), fixtures::binding("b2", "t2", "p1"),
                      fixtures::binding("b3", "t3", "p4")};
        return s;
    }

private slots:
    void rowsRankPassedPodsThenRejected()
    {
        const sched::CloudState s = cloud();
        sched::Engine engine(s, {});
        const auto r = engine.resolve("t9", "az1", "", std::nullopt);
        QVERIFY(r.ok());
        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(CandidateTableModel::rowsFrom(engine.explain(r.request)));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CandidateTableModel::ColumnCount));
        QCOMPARE(model.index(0, CandidateTableModel::PodColumn).data().toString(), QStringLiteral("Pod1")); // oldest first
        QVERIFY(model.index(0, 0).data(CandidateTableModel::ChosenRole).toBool());
        QCOMPARE(model.chosenRow(), 0);
        QCOMPARE(model.index(1, CandidateTableModel::PodColumn).data().toString(), QStringLiteral("Pod2"));
        QVERIFY(model.rows()[0].total >= model.rows()[1].total);
        for (int row = 2; row < 5; ++row) {
            QVERIFY(!model.index(row, 0).data(CandidateTableModel::PassedRole).toBool());
            QVERIFY(!model.index(row, CandidateTableModel::FilterColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, CandidateTableModel::ReasonColumn).data().toString().isEmpty());
            QVERIFY(!(model.flags(model.index(row, 0)) & Qt::ItemIsSelectable)); // cannot be picked
        }
        const int maintenance = model.rowOfPod(QStringLiteral("p3"));
        QVERIFY(maintenance >= 2);
        QCOMPARE(model.index(maintenance, CandidateTableModel::ReasonColumn).data().toString(), QStringLiteral("in maintenance"));
        QVERIFY(model.headerData(CandidateTableModel::FirstWeigherColumn, Qt::Horizontal).toString().size() > 0);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.chosenRow(), -1);
    }

    void drainPlanMovesEveryTenantOrSaysWhyNot()
    {
        const auto plan = DrainPlanner::plan(cloud(), {}, "p1");
        QVERIFY(plan.ok());
        QCOMPARE(plan->podName, QStringLiteral("Pod1"));
        QCOMPARE(int(plan->moves.size()), 2);
        std::set<std::string> moved;
        for (const DrainMove &m : plan->moves) {
            QCOMPARE(m.toPodId, std::string("p2")); // the only other acceptable pod of az1
            QCOMPARE(m.fromPodId, std::string("p1"));
            moved.insert(m.bindingId);
        }
        QCOMPARE(moved, (std::set<std::string>{"b1", "b2"})); // each of p1's bindings once
        QVERIFY(plan->stuck.empty());
        const auto stuck = DrainPlanner::plan(cloud(), {}, "p4"); // alone in az2
        QVERIFY(stuck.ok());
        QCOMPARE(int(stuck->moves.size()), 0);
        QCOMPARE(int(stuck->stuck.size()), 1);
        QVERIFY(!stuck->stuck.front().reason.isEmpty());
        QVERIFY(!DrainPlanner::plan(cloud(), {}, "nope").ok());
    }

    void decisionChangesJoinARebind()
    {
        const sched::CloudState s = cloud();
        const std::string t1 = "t1", p1 = "p1", p2 = "p2";
        const std::vector<sched::BindingChange> engineChanges{
            {sched::BindingChange::Kind::Ended, 0, 1, t1, p1}, {sched::BindingChange::Kind::Created, 0, 2, t1, p2}};
        const auto changes = DecisionChanges::fromEngine(engineChanges, s);
        QVERIFY(changes.ok());
        QCOMPARE(int(changes->size()), 1);
        QCOMPARE(changes->front().endBindingId, std::string("b1"));
        QCOMPARE(changes->front().newPodId, std::string("p2"));
        const std::string ghost = "t7";
        QVERIFY(!DecisionChanges::fromEngine({{sched::BindingChange::Kind::Ended, 0, 1, ghost, p1}}, s).ok());
    }
};

QTEST_GUILESS_MAIN(TestCandidateTableModel)
#include "tst_candidatetablemodel.moc"
