// SPDX-License-Identifier: Apache-2.0
// RebindBatchOperation: several chosen bindings moved at once — by the
// scheduler inside each binding's own AZ and group (never to the pod it is
// on), or to a named pod; the bindings that cannot move are named with the
// reason and not written; the rest is one transaction on the SQL store.

#include "rebindbatchoperation.h"
#include "operationfixture.h"

#include <QTest>

using model::RebindItem;
using model::TenantChange;

namespace {

// Top region; az1: Pod1, Pod2, Pod3 (maintenance), Gpu1 (group resource:gpu); az2: Pod4.
// t0..t3 on Pod1, t4 on Gpu1, t5 on Pod4, t6's binding to Pod1 has ended.
sched::CloudState cloud()
{
    using remotetest::pod;
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1", 200),
              pod("p3", "Pod3", "az1", 300), pod("g1", "Gpu1", "az1"), pod("p4", "Pod4", "az2")};
    s.pods[3].state = sched::PodState::Maintenance;
    s.pods[4].tags = {{"resource", "gpu"}};
    for (int t = 0; t < 4; ++t) {
        const std::string id = "t" + std::to_string(t);
        s.bindings.push_back(remotetest::binding(("b" + id).c_str(), id.c_str(), "p1"));
    }
    s.bindings.push_back(remotetest::binding("bt4", "t4", "g1"));
    s.bindings.push_back(remotetest::binding("bt5", "t5", "p4"));
    s.bindings.push_back(remotetest::binding("bt6", "t6", "p1", false));
    return s;
}

std::vector<RebindItem> onPod1() { return {{"t0", "bt0"}, {"t1", "bt1"}, {"t2", "bt2"}, {"t3", "bt3"}}; }

const TenantChange &changeOf(const model::ChangeList &list, const std::string &tenant)
{
    for (const TenantChange &c : list.changes)
        if (c.tenantId == tenant)
            return c;
    qFatal("no change for %s", tenant.c_str());
}

} // namespace

class TestRebindBatchOperation : public QObject
{
    Q_OBJECT

    optest::Backends m_backends;

private slots:
    void initTestCase()
    {
        if (!m_backends.unavailable().isEmpty())
            QFAIL(qPrintable(m_backends.unavailable()));
    }

    void schedulerMovesEachInsideItsAzAndGroup()
    {
        const auto preview = model::RebindBatchOperation::preview(cloud(), {}, onPod1());
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(int(preview->changes.size()), 4);
        QCOMPARE(preview->count(TenantChange::Status::Planned), 4);
        for (const TenantChange &c : preview->changes) {
            QCOMPARE(c.fromPodId, std::string("p1"));
            QCOMPARE(c.fromPodName, QStringLiteral("Pod1"));
            // Pod3 is in maintenance, Gpu1 another group, Pod4 another AZ, Pod1 the one left.
            QCOMPARE(c.toPodId, std::string("p2"));
            QCOMPARE(c.change.endBindingId, "b" + c.tenantId);
            QVERIFY(!c.reason.isEmpty());
        }
        QCOMPARE(int(preview->targets.size()), 1);
        QCOMPARE(preview->targets.front().received, 4);
    }

    void refusalsAreNamed_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("binding");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("named");
        QTest::newRow("other-az") << QStringLiteral("t0") << QStringLiteral("bt0") << QStringLiteral("p4") << QStringLiteral("az2");
        QTest::newRow("other-group") << QStringLiteral("t0") << QStringLiteral("bt0") << QStringLiteral("g1") << QStringLiteral("resource:gpu");
        QTest::newRow("maintenance") << QStringLiteral("t0") << QStringLiteral("bt0") << QStringLiteral("p3") << QStringLiteral("Pod3");
        QTest::newRow("already-there") << QStringLiteral("t0") << QStringLiteral("bt0") << QStringLiteral("p1") << QStringLiteral("Pod1");
        QTest::newRow("ended-binding") << QStringLiteral("t6") << QStringLiteral("bt6") << QStringLiteral("p2") << QStringLiteral("t6");
        QTest::newRow("binding-of-another-tenant") << QStringLiteral("t5") << QStringLiteral("bt0") << QStringLiteral("p2") << QStringLiteral("t5");
        QTest::newRow("scheduler-finds-no-other-pod") << QStringLiteral("t4") << QStringLiteral("bt4") << QStringLiteral("") << QStringLiteral("az1, group resource:gpu");
    }
    void refusalsAreNamed()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, binding);
        QFETCH(QString, target);
        QFETCH(QString, named);
        // t1 can move in every case: the refusal concerns one binding, not the batch.
        const std::vector<RebindItem> items{{tenant.toStdString(), binding.toStdString()}, {"t1", "bt1"}};
        const auto preview = model::RebindBatchOperation::preview(cloud(), {}, items, target.toStdString());
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        const TenantChange &stuck = changeOf(preview.value(), tenant.toStdString());
        QCOMPARE(stuck.status, TenantChange::Status::Stuck);
        QVERIFY2(stuck.reason.contains(named), qPrintable(stuck.reason));
        const bool t1Moves = target.isEmpty() || target == QLatin1String("p2");
        QCOMPARE(changeOf(preview.value(), "t1").status, t1Moves ? TenantChange::Status::Planned : TenantChange::Status::Stuck);
    }

    void wholeBatchRefused_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("named");
        QTest::newRow("nothing-chosen") << true << QStringLiteral("") << QStringLiteral("no binding");
        QTest::newRow("unknown-target") << false << QStringLiteral("nosuch") << QStringLiteral("nosuch");
    }
    void wholeBatchRefused()
    {
        QFETCH(bool, empty);
        QFETCH(QString, target);
        QFETCH(QString, named);
        const auto preview = model::RebindBatchOperation::preview(cloud(), {}, empty ? std::vector<RebindItem>() : onPod1(),
                                                                  target.toStdString());
        QVERIFY(!preview.ok());
        QVERIFY2(preview.error().contains(named), qPrintable(preview.error()));
    }

    void sameBindingTwiceMovesOnce()
    {
        std::vector<RebindItem> items = onPod1();
        items.push_back({"t0", "bt0"});
        items.push_back({"t1", {}, "p1"}); // named by its pod, as a table row names it
        const auto preview = model::RebindBatchOperation::preview(cloud(), {}, items, "p2");
        QVERIFY(preview.ok());
        QCOMPARE(int(preview->changes.size()), 4);
    }

    void aBindingNamedByTenantAndPod()
    {
        const auto preview = model::RebindBatchOperation::preview(cloud(), {}, {{"t2", {}, "p1"}, {"t5", {}, "p1"}});
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(changeOf(preview.value(), "t2").status, TenantChange::Status::Planned);
        QCOMPARE(changeOf(preview.value(), "t2").change.endBindingId, std::string("bt2"));
        QCOMPARE(changeOf(preview.value(), "t5").status, TenantChange::Status::Stuck); // t5 is on Pod4, not Pod1
    }

    void applyWritesThePlannedOnesInOneTransaction()
    {
        auto backend = m_backends.local(cloud());
        std::vector<RebindItem> items = onPod1();
        items.push_back({"t6", "bt6"}); // ended: stuck, not written
        auto preview = model::RebindBatchOperation::preview(optest::state(*backend), {}, items, "p2");
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        const model::Status s = model::RebindBatchOperation::apply(*backend, preview.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(preview->count(TenantChange::Status::Applied), 4);
        QCOMPARE(preview->count(TenantChange::Status::Stuck), 1);
        const sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), 0);
        QCOMPARE(optest::activeOn(after, "p2"), 4);
        QCOMPARE(optest::activeOn(after, "p4"), 1);
    }

    void lostRaceWritesNothing()
    {
        auto backend = m_backends.local(cloud());
        auto preview = model::RebindBatchOperation::preview(optest::state(*backend), {}, onPod1(), "p2");
        QVERIFY(preview.ok());
        model::ChangeList theirs; // meanwhile someone else ends t2's binding
        theirs.changes.push_back({});
        theirs.changes.back().change = {"t2", "bt2", "p2", {}, 0};
        QVERIFY(model::ChangeWriter::write(*backend, theirs).ok());
        const model::Status s = model::RebindBatchOperation::apply(*backend, preview.value());
        QVERIFY(!s.ok());
        QCOMPARE(optest::activeOn(optest::state(*backend), "p1"), 3); // only their move
    }
};

QTEST_GUILESS_MAIN(TestRebindBatchOperation)
#include "tst_rebindbatchoperation.moc"
