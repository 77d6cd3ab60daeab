// SPDX-License-Identifier: Apache-2.0
// PlanApplyOperation: a bad operation refuses the whole plan before anything
// is written, naming its index and field; invented tenants are counted in
// the preview; the SQL store applies a plan in one transaction and finds a
// plan applied twice already done; on a live cloud an interrupted plan,
// whose later operations end bindings its earlier ones made, is finished by
// applying it again.

#include "operationfixture.h"
#include "planapplyoperation.h"

#include <QTest>

using model::TenantChange;
using whatif::PlanOp;

Q_DECLARE_METATYPE(whatif::PlanOp)

namespace {

// Top region; az1: Pod1, Pod2, Pod3; az2: Pod4. t0..t3 on Pod1, t9 on Pod4.
sched::CloudState cloud()
{
    using remotetest::pod;
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1"), pod("p3", "Pod3", "az1"),
              pod("p4", "Pod4", "az2")};
    for (int t = 0; t < 4; ++t) {
        const std::string id = "t" + std::to_string(t);
        s.bindings.push_back(remotetest::binding(("b" + id).c_str(), id.c_str(), "p1"));
    }
    s.bindings.push_back(remotetest::binding("bt9", "t9", "p4"));
    return s;
}

PlanOp rebind(const char *tenant, const char *end, const char *from, const char *to, const char *newId)
{
    PlanOp op;
    op.kind = PlanOp::Kind::Rebind;
    op.tenantId = tenant;
    op.endBindingId = end;
    op.fromPodId = from;
    op.toPodId = to;
    op.newBindingId = newId;
    return op;
}

PlanOp bind(const char *tenant, const char *to, const char *newId)
{
    PlanOp op;
    op.kind = PlanOp::Kind::Bind;
    op.tenantId = tenant;
    op.toPodId = to;
    op.newBindingId = newId;
    return op;
}

// Every tenant of Pod1 to Pod2, then t0 on to Pod3 (ending the binding the
// plan made), and two tenants the cloud never had.
whatif::Plan plan()
{
    whatif::Plan p;
    p.policyName = "weighted";
    for (int t = 0; t < 4; ++t) {
        const std::string id = "t" + std::to_string(t);
        p.ops.push_back(rebind(id.c_str(), ("b" + id).c_str(), "p1", "p2", ("n" + id).c_str()));
    }
    p.ops.push_back(rebind("t0", "nt0", "p2", "p3", "n-t0-again"));
    p.ops.push_back(bind("new1", "p3", "nnew1"));
    p.ops.push_back(bind("new2", "p4", "nnew2"));
    return p;
}

} // namespace

class TestPlanApplyOperation : public QObject
{
    Q_OBJECT

    optest::Backends m_backends;

    static void checkApplied(const sched::CloudState &s)
    {
        QCOMPARE(optest::activeOn(s, "p1"), 0);
        QCOMPARE(optest::activeOn(s, "p2"), 3);
        QCOMPARE(optest::activeOn(s, "p3"), 2); // t0 and new1
        QCOMPARE(optest::activeOn(s, "p4"), 2); // t9 and new2
    }

private slots:
    void initTestCase()
    {
        if (!m_backends.unavailable().isEmpty())
            QFAIL(qPrintable(m_backends.unavailable()));
    }

    void previewCountsInventedTenantsAndTargets()
    {
        const auto preview = model::PlanApplyOperation::preview(cloud(), plan());
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->inventedTenants, 2);
        QCOMPARE(preview->list.count(TenantChange::Status::Planned), 7);
        QCOMPARE(preview->list.changes[4].index, 4);
        QCOMPARE(preview->list.changes[4].change.endBindingId, std::string("nt0"));
        QCOMPARE(int(preview->list.targets.size()), 3);
        QCOMPARE(preview->list.targets[0].podId, std::string("p2"));
        QCOMPARE(preview->list.targets[0].received, 4);
    }

    void badOperationRefusesThePlanNamingIndexAndField_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<PlanOp>("op");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown-target-pod") << 5 << bind("new1", "nowhere", "x") << QStringLiteral("operations[5].to_pod_id");
        QTest::newRow("binding-not-active") << 5 << rebind("t1", "bt9", "p1", "p3", "x") << QStringLiteral("operations[5].end_binding_id");
        QTest::newRow("target-in-another-az") << 2 << rebind("t2", "bt2", "p1", "p4", "x") << QStringLiteral("operations[2].to_pod_id");
        QTest::newRow("no-tenant") << 0 << bind("", "p2", "x") << QStringLiteral("operations[0].tenant_id");
        QTest::newRow("tenant-already-bound-in-az") << 6 << bind("t2", "p3", "x") << QStringLiteral("operations[6].to_pod_id");
    }
    void badOperationRefusesThePlanNamingIndexAndField()
    {
        QFETCH(int, index);
        QFETCH(PlanOp, op);
        QFETCH(QString, named);
        whatif::Plan bad = plan();
        bad.ops[std::size_t(index)] = op;
        auto backend = m_backends.local(cloud());
        const auto preview = model::PlanApplyOperation::preview(optest::state(*backend), bad);
        QVERIFY(!preview.ok());
        QVERIFY2(preview.error().startsWith(named), qPrintable(preview.error()));
        QVERIFY2(preview.error().contains(QStringLiteral("nothing was written")), qPrintable(preview.error()));
        QCOMPARE(optest::activeOn(optest::state(*backend), "p1"), 4);
    }

    void localApplyIsWholeAndASecondApplyFindsItDone()
    {
        auto backend = m_backends.local(cloud());
        auto preview = model::PlanApplyOperation::preview(optest::state(*backend), plan());
        QVERIFY(preview.ok());
        const model::Status s = model::PlanApplyOperation::apply(*backend, preview.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(preview->list.count(TenantChange::Status::Applied), 7);
        checkApplied(optest::state(*backend));
        auto again = model::PlanApplyOperation::preview(optest::state(*backend), plan());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->list.count(TenantChange::Status::Planned), 0);
        QCOMPARE(again->inventedTenants, 0);
    }

    void localApplyThatFailsWritesNothing()
    {
        auto backend = m_backends.local(cloud());
        auto preview = model::PlanApplyOperation::preview(optest::state(*backend), plan());
        QVERIFY(preview.ok());
        // Someone else binds new2 in az2 after the preview: the last operation fails, so all do.
        model::ChangeList theirs;
        theirs.changes.push_back({});
        theirs.changes.back().change = {"new2", {}, "p4", {}, 0};
        QVERIFY(model::ChangeWriter::write(*backend, theirs).ok());
        QVERIFY(!model::PlanApplyOperation::apply(*backend, preview.value()).ok());
        QCOMPARE(preview->list.count(TenantChange::Status::NotApplied), 7);
        const sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), 4);
        QCOMPARE(optest::activeOn(after, "p3"), 0);
    }

    void remoteApplyInterruptedThenFinished()
    {
        auto backend = m_backends.remote(cloud());
        auto preview = model::PlanApplyOperation::preview(optest::state(*backend), plan());
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        // Stopped after the first four: t0 is on Pod2 with a binding id the server made, not "nt0".
        const model::Status first = model::PlanApplyOperation::apply(*backend, preview.value(),
                                                                     [](int done, int) { return done < 4; });
        QVERIFY(!first.ok());
        QCOMPARE(preview->list.count(TenantChange::Status::Applied), 4);
        QCOMPARE(preview->list.count(TenantChange::Status::NotApplied), 3);
        auto again = model::PlanApplyOperation::preview(optest::state(*backend), plan());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->list.count(TenantChange::Status::AlreadyDone), 4);
        QCOMPARE(again->list.count(TenantChange::Status::Planned), 3);
        m_backends.server().cloud().clearLog();
        const model::Status second = model::PlanApplyOperation::apply(*backend, again.value());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(int(m_backends.server().cloud().requestLog().count(QStringLiteral("POST /v1.0/bindings"))), 3);
        checkApplied(optest::state(*backend));
    }

    void remoteApplyEndsBindingsItMadeInTheSameRun()
    {
        auto backend = m_backends.remote(cloud());
        auto preview = model::PlanApplyOperation::preview(optest::state(*backend), plan());
        QVERIFY(preview.ok());
        m_backends.server().cloud().clearLog();
        const model::Status s = model::PlanApplyOperation::apply(*backend, preview.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        // One full listing checks the whole plan before it; then only targeted calls.
        QCOMPARE(int(m_backends.server().cloud().requestLog().count(QStringLiteral("GET /v1.0/bindings"))), 1);
        checkApplied(optest::state(*backend));
    }
};

QTEST_GUILESS_MAIN(TestPlanApplyOperation)
#include "tst_planapplyoperation.moc"
