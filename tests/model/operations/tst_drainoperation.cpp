// SPDX-License-Identifier: Apache-2.0
// DrainOperation: the preview (per tenant, per target pod with its load), the
// refusal of a target in another AZ or group naming both pods, and the apply:
// one transaction on the SQL store (also with the pod put into maintenance,
// and nothing at all when one move lost a race), and on a live cloud an
// interrupted drain whose report says who moved and whose second run
// finishes without moving anyone twice.

#include "drainoperation.h"
#include "operationfixture.h"

#include <QRegularExpression>
#include <QTest>

using model::TenantChange;

namespace {

constexpr int kTenants = 6;

// Top region; az1: Pod1 (drained), Pod2, Pod3, Gpu1 (group resource:gpu); az2: Pod4.
sched::CloudState cloud()
{
    using remotetest::pod;
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1", 200),
              pod("p3", "Pod3", "az1", 300), pod("g1", "Gpu1", "az1"), pod("p4", "Pod4", "az2")};
    s.pods[4].tags = {{"resource", "gpu"}};
    for (int t = 0; t < kTenants; ++t) {
        const std::string id = "t" + std::to_string(t);
        s.bindings.push_back(remotetest::binding(("b" + id).c_str(), id.c_str(), "p1"));
    }
    s.bindings.push_back(remotetest::binding("other", "t0", "p4")); // t0 also lives in az2
    return s;
}

} // namespace

class TestDrainOperation : public QObject
{
    Q_OBJECT

    optest::Backends m_backends;

private slots:
    void initTestCase()
    {
        if (!m_backends.unavailable().isEmpty())
            QFAIL(qPrintable(m_backends.unavailable()));
    }

    void previewShowsEveryTenantAndTargetLoad()
    {
        const auto preview = model::DrainOperation::preview(cloud(), {}, {"p1", {}, true});
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(int(preview->list.changes.size()), kTenants);
        QCOMPARE(preview->list.count(TenantChange::Status::Planned), kTenants);
        QVERIFY(preview->changesPod);
        QCOMPARE(preview->podAfter.state, sched::PodState::Maintenance);
        int received = 0;
        for (const model::TargetLoad &t : preview->list.targets) {
            QVERIFY2(t.podId == "p2" || t.podId == "p3", t.podId.c_str()); // never the other group or AZ
            received += t.received;
            QCOMPARE(t.usage, 0.25); // remotetest::pod: a quarter of every resource used
            QCOMPARE(t.threshold, 0.9);
        }
        QCOMPARE(received, kTenants);
        for (const TenantChange &c : preview->list.changes) {
            QCOMPARE(c.fromPodId, std::string("p1"));
            QVERIFY(!c.reason.isEmpty());
        }
    }

    void namedTargetOutsideAzOrGroupIsRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("named");
        QTest::newRow("other-az") << QStringLiteral("p4") << QStringLiteral("az2");
        QTest::newRow("other-group") << QStringLiteral("g1") << QStringLiteral("resource:gpu");
    }
    void namedTargetOutsideAzOrGroupIsRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, named);
        auto backend = m_backends.local(cloud());
        const sched::CloudState before = optest::state(*backend);
        const auto preview = model::DrainOperation::preview(before, {}, {"p1", target.toStdString(), true});
        QVERIFY(!preview.ok());
        QVERIFY2(preview.error().contains(QStringLiteral("Pod1")) && preview.error().contains(named), qPrintable(preview.error()));
        QCOMPARE(optest::activeOn(optest::state(*backend), "p1"), kTenants);
    }

    void drainToNamedPodWithMaintenanceIsOneTransaction()
    {
        auto backend = m_backends.local(cloud());
        auto preview = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", "p3", true});
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        const model::Status s = model::DrainOperation::apply(*backend, preview.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(preview->list.count(TenantChange::Status::Applied), kTenants);
        const sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), 0);
        QCOMPARE(optest::activeOn(after, "p3"), kTenants);
        QCOMPARE(optest::activeOn(after, "p4"), 1); // t0's other binding stays
        QCOMPARE(after.findPod("p1")->state, sched::PodState::Maintenance);
    }

    void lostRaceWritesNothing()
    {
        auto backend = m_backends.local(cloud());
        auto preview = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", {}, true});
        QVERIFY(preview.ok());
        // Meanwhile someone else moves t3.
        model::ChangeList theirs;
        theirs.changes.push_back({});
        theirs.changes.back().change = {"t3", "bt3", "p2", {}, 0};
        QVERIFY(model::ChangeWriter::write(*backend, theirs).ok());
        const model::Status s = model::DrainOperation::apply(*backend, preview.value());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("t3")), qPrintable(s.error()));
        QCOMPARE(preview->list.count(TenantChange::Status::NotApplied), kTenants);
        const sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), kTenants - 1); // only their move
        QCOMPARE(after.findPod("p1")->state, sched::PodState::Enabled); // the pod's state went back with the rest
    }

    // A drain of 40 tenants among 4,000 bindings: the whole binding list is
    // read once for the preview and once before the batch, never per tenant.
    void remoteDrainListsEverythingAtMostThreeTimes()
    {
        sched::CloudState big = cloud();
        for (int t = 0; t < 40; ++t) {
            const std::string id = "d" + std::to_string(t);
            big.bindings.push_back(remotetest::binding(("b" + id).c_str(), id.c_str(), "p1"));
        }
        for (int t = 0; t < 4000; ++t) {
            const std::string id = "x" + std::to_string(t);
            big.bindings.push_back(remotetest::binding(("b" + id).c_str(), id.c_str(), t % 2 ? "p2" : "p4"));
        }
        auto backend = m_backends.remote(big);
        m_backends.server().cloud().clearLog();
        auto preview = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", {}, true});
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        const model::Status s = model::DrainOperation::apply(*backend, preview.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QStringList log = m_backends.server().cloud().requestLog();
        QCOMPARE(int(log.count(QStringLiteral("POST /v1.0/bindings"))), 40 + kTenants);
        QCOMPARE(int(log.count(QStringLiteral("GET /v1.0/bindings"))), 2); // goal: at most 3
        QVERIFY(log.count(QStringLiteral("GET /v1.0/bindings")) <= 3);
        QCOMPARE(backend->fullListings(), 2);
        // Each move was checked alone just before it (another client may have moved the tenant).
        QCOMPARE(int(log.filter(QRegularExpression(QStringLiteral("^GET /v1.0/bindings/."))).size()), 40 + kTenants);
        const sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), 0);
    }

    // Another client moves a tenant after the batch's check: that tenant is
    // refused before anything is written for it, and a second run finishes.
    void remoteDrainNoticesAMoveSinceTheCheck()
    {
        auto backend = m_backends.remote(cloud());
        auto preview = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", "p2", false});
        QVERIFY(preview.ok());
        const auto theirs = [&](int done, int) {
            if (done == 1) { // between the first and the second tenant: someone else moves t1
                sched::CloudState s = m_backends.server().cloud().state();
                std::erase_if(s.bindings, [](const sched::Binding &b) { return b.id == "bt1"; });
                s.bindings.push_back(remotetest::binding("theirs", "t1", "p3"));
                m_backends.server().cloud().setState(s);
            }
            return true;
        };
        const model::Status s = model::DrainOperation::apply(*backend, preview.value(), theirs);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("changed since the check")), qPrintable(s.error()));
        sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p3"), 1); // t1 where they put it, not bound twice
        QCOMPARE(optest::activeOn(after, "p2"), 1);
        auto again = model::DrainOperation::preview(after, {}, {"p1", "p2", false});
        QVERIFY(again.ok());
        QCOMPARE(again->list.count(TenantChange::Status::Planned), kTenants - 2);
        QVERIFY(model::DrainOperation::apply(*backend, again.value()).ok());
        after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), 0);
        QCOMPARE(optest::activeOn(after, "p3"), 1);
    }

    void remoteDrainInterruptedThenFinished_data()
    {
        QTest::addColumn<bool>("serverFails");
        QTest::newRow("stopped-by-the-user") << false;
        QTest::newRow("server-fails") << true;
    }
    void remoteDrainInterruptedThenFinished()
    {
        QFETCH(bool, serverFails);
        auto backend = m_backends.remote(cloud());
        auto preview = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", {}, true});
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        m_backends.server().cloud().clearLog();
        constexpr int kBeforeStop = 2;
        const auto stopAfterTwo = [&](int done, int) {
            if (done < kBeforeStop)
                return true;
            if (!serverFails)
                return false;
            testserver::Faults f;
            f.fail500Next = 1000; // every retry too
            m_backends.server().cloud().setFaults(f);
            return true;
        };
        const model::Status first = model::DrainOperation::apply(*backend, preview.value(), stopAfterTwo);
        QVERIFY(!first.ok());
        m_backends.server().cloud().setFaults({});
        // The report says who moved.
        QCOMPARE(preview->list.count(TenantChange::Status::Applied), kBeforeStop);
        QCOMPARE(preview->list.count(TenantChange::Status::Failed), serverFails ? 1 : 0);
        QCOMPARE(optest::activeOn(optest::state(*backend), "p1"), kTenants - kBeforeStop);
        // Running the same drain again finishes the rest.
        auto again = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", {}, true});
        QVERIFY(again.ok());
        QCOMPARE(again->list.count(TenantChange::Status::Planned), kTenants - kBeforeStop);
        for (const TenantChange &moved : preview->list.changes)
            if (moved.status == TenantChange::Status::Applied)
                for (const TenantChange &c : again->list.changes)
                    QVERIFY2(c.tenantId != moved.tenantId, "a tenant that moved is moved again");
        m_backends.server().cloud().clearLog();
        const model::Status second = model::DrainOperation::apply(*backend, again.value());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const sched::CloudState after = optest::state(*backend);
        QCOMPARE(optest::activeOn(after, "p1"), 0);
        QCOMPARE(after.findPod("p1")->state, sched::PodState::Maintenance);
        // The second run bound only the tenants that had not moved.
        QCOMPARE(int(m_backends.server().cloud().requestLog().count(QStringLiteral("POST /v1.0/bindings"))),
                 kTenants - kBeforeStop);
    }
};

QTEST_GUILESS_MAIN(TestDrainOperation)
#include "tst_drainoperation.moc"
