// SPDX-License-Identifier: Apache-2.0
// Plans: written from a report, read back unchanged, turned into the binding
// changes a backend applies; bad plans are refused with the operation's index.

#include "planjson.h"

#include <QTest>

using namespace model;
using whatif::PlanOp;

namespace {
whatif::Plan samplePlan()
{
    whatif::Plan plan;
    plan.policyName = "weighted";
    plan.ops.push_back({PlanOp::Kind::Rebind, 2, whatif::ChangeReason::CurrentRejected, "t1", "az1", "", "id-p1", "p1",
                        "b-1", "id-p2", "p2", "new-1"});
    plan.ops.push_back({PlanOp::Kind::Unbind, 3, whatif::ChangeReason::Replaced, "t1", "az1", "resource:gpu", "id-g1",
                        "g1", "b-2", "", "", ""});
    plan.ops.push_back({PlanOp::Kind::Bind, 4, whatif::ChangeReason::NewBinding, "t2", "", "", "", "", "", "id-p3",
                        "p3", "new-2"});
    return plan;
}
} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void bindingChanges();
    void badPlans_data();
    void badPlans();
};

void TestPlanJson::roundTrip()
{
    const whatif::Plan plan = samplePlan();
    const auto back = PlanJson::parse(PlanJson::serialize(plan));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->policyName, plan.policyName);
    QCOMPARE(back->ops.size(), plan.ops.size());
    for (std::size_t i = 0; i < plan.ops.size(); ++i) {
        QCOMPARE(back->ops[i].kind, plan.ops[i].kind);
        QCOMPARE(back->ops[i].event, plan.ops[i].event);
        QCOMPARE(back->ops[i].reason, plan.ops[i].reason);
        QCOMPARE(back->ops[i].tenantId, plan.ops[i].tenantId);
        QCOMPARE(back->ops[i].group, plan.ops[i].group);
        QCOMPARE(back->ops[i].endBindingId, plan.ops[i].endBindingId);
        QCOMPARE(back->ops[i].toPodName, plan.ops[i].toPodName);
        QCOMPARE(back->ops[i].newBindingId, plan.ops[i].newBindingId);
    }
}

void TestPlanJson::bindingChanges()
{
    const auto changes = PlanJson::toBindingChanges(samplePlan());
    QCOMPARE(changes.size(), std::size_t(3));
    QCOMPARE(changes[0].endBindingId, std::string("b-1"));
    QCOMPARE(changes[0].newPodId, std::string("id-p2"));
    QCOMPARE(changes[0].newBindingId, std::string("new-1"));
    QCOMPARE(changes[1].endBindingId, std::string("b-2"));
    QVERIFY(changes[1].newPodId.empty());
    QVERIFY(changes[2].endBindingId.empty());
    QCOMPARE(changes[2].tenantId, std::string("t2"));
}

void TestPlanJson::badPlans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not-a-plan") << QByteArray(R"({"pods": []})") << "field \"operations\" must be a list";
    QTest::newRow("unknown-op") << QByteArray(R"({"operations": [{"op": "move"}]})") << "operations[0]: field \"op\"";
    QTest::newRow("rebind-without-end") << QByteArray(R"({"operations": [{"op": "rebind", "tenant_id": "t", "to_pod_id": "p"}]})")
                                        << "operations[0]: a rebind needs tenant_id, end_binding_id and to_pod_id";
    QTest::newRow("non-string-field") << QByteArray(R"({"operations": [{"op": "bind", "tenant_id": 5, "to_pod_id": "p"}]})")
                                      << "operations[0]: field \"tenant_id\" must be a string";
}

void TestPlanJson::badPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto r = PlanJson::parse(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(message), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
