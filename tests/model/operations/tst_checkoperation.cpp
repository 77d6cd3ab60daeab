// SPDX-License-Identifier: Apache-2.0
// CheckOperation: every inconsistency a real Trio2o can hold found once (by
// ImportRepair), each with its repair; the repair applied on the loopback
// test server seeded as a real server ends up; schedule and rebind refuse to
// guess while a tenant is bound twice; tenant ids trimmed before every check,
// on the SQL store and on a live cloud.

#include "checkoperation.h"
#include "inconsistentcloud.h"
#include "podplacements.h"
#include "operationfixture.h"
#include "rebindoperation.h"
#include "tenantid.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

using testserver::inconsistentCloudBinding;
using testserver::inconsistentCloudPod;

QStringList kinds(const model::CheckReport &r)
{
    QStringList out;
    for (const model::CheckFinding &f : r.findings)
        out << model::CheckOperation::kindKey(f.kind);
    return out;
}

int activeOf(const sched::CloudState &s, const std::string &tenant)
{
    int n = 0;
    for (const sched::Binding &b : s.bindings)
        n += b.active && b.tenantId == tenant;
    return n;
}

} // namespace

class TestCheckOperation : public QObject
{
    Q_OBJECT

    optest::Backends m_backends;

private slots:
    void initTestCase()
    {
        if (!m_backends.unavailable().isEmpty())
            QFAIL(qPrintable(m_backends.unavailable()));
    }

    void aConsistentCloudIsClean()
    {
        const model::CheckReport r = model::CheckOperation::preview(testserver::consistentCloud());
        QVERIFY(r.clean());
        QVERIFY(r.changes.changes.empty());
        QVERIFY(r.podsToDelete.empty());
    }

    void eachInconsistencyIsFoundWithItsRepair_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("named");  // in the finding
        QTest::addColumn<QString>("repair"); // in its repair line
        QTest::newRow("bound-twice") << QStringLiteral("bound_twice") << QStringLiteral("tenant t1 is bound 2 time")
                                     << QStringLiteral("binding b1 (tenant t1, pod Pod1) stays: it has the lowest pod_id");
        QTest::newRow("pod-missing") << QStringLiteral("missing_pod")
                                     << QStringLiteral("binding b2 (tenant t2, pod p4) is bound to a pod that does not exist")
                                     << QStringLiteral("rebind binding b2");
        QTest::newRow("second-top-region") << QStringLiteral("second_top_region")
                                           << QStringLiteral("RegionTwo (pod_id t9) is a second top region")
                                           << QStringLiteral("delete pod RegionTwo");
        QTest::newRow("top-region-binding") << QStringLiteral("top_region_binding")
                                            << QStringLiteral("binding b5 (tenant t5, pod RegionOne) binds the top region")
                                            << QStringLiteral("rebind binding b5");
    }
    void eachInconsistencyIsFoundWithItsRepair()
    {
        QFETCH(QString, kind);
        QFETCH(QString, named);
        QFETCH(QString, repair);
        sched::CloudState s = testserver::consistentCloud();
        s.pods.erase(s.pods.begin() + 4); // Pod4 deleted under t2's binding
        s.pods.push_back(inconsistentCloudPod("t9", "RegionTwo", ""));
        s.bindings.push_back(inconsistentCloudBinding("b12", " t1", "p2")); // stored before the server trimmed
        s.bindings.push_back(inconsistentCloudBinding("b5", "t5", "p0"));
        const model::CheckReport r = model::CheckOperation::preview(s);
        QCOMPARE(r.findings.size(), std::size_t(testserver::SeededInconsistencies::kFindings));
        const auto f = std::find_if(r.findings.begin(), r.findings.end(), [&](const model::CheckFinding &x) {
            return model::CheckOperation::kindKey(x.kind) == kind;
        });
        QVERIFY2(f != r.findings.end(), qPrintable(kinds(r).join(QLatin1Char(' '))));
        QVERIFY2(f->text.contains(named), qPrintable(f->text));
        QVERIFY2(f->repairs.join(QLatin1Char('\n')).contains(repair), qPrintable(f->repairs.join(QLatin1Char('\n'))));
        // One change per binding repaired; the second top region is deleted after them.
        QCOMPARE(r.changes.changes.size(), std::size_t(3));
        QCOMPARE(r.podsToDelete, std::vector<std::string>{"t9"});
        for (const model::TenantChange &c : r.changes.changes) {
            QCOMPARE(c.status, model::TenantChange::Status::Planned);
            if (c.change.endBindingId == "b12") // the extra binding ends; nothing replaces it
                QVERIFY(c.change.newPodId.empty());
            else // t2 and t5 had nothing else: the scheduler's pod in place of what places them nowhere
                QVERIFY2(s.findPod(c.change.newPodId) && !s.findPod(c.change.newPodId)->isTop(), c.tenantId.c_str());
        }
    }

    void anOrphanOfATenantBoundElsewhereOnlyEnds()
    {
        sched::CloudState s = testserver::consistentCloud();
        s.bindings.push_back(inconsistentCloudBinding("b9", "t1", "gone"));
        s.bindings.push_back(inconsistentCloudBinding("b8", "t3", "gone"));
        s.bindings.back().active = false; // history: left alone
        const model::CheckReport r = model::CheckOperation::preview(s);
        QCOMPARE(kinds(r), QStringList{QStringLiteral("missing_pod")});
        QCOMPARE(r.changes.changes.size(), std::size_t(1));
        QCOMPARE(r.changes.changes.front().change.endBindingId, std::string("b9"));
        QVERIFY(r.changes.changes.front().change.newPodId.empty());
        QVERIFY2(r.findings.front().repairs.constFirst().contains(QStringLiteral("keeps its binding to pod Pod1")),
                 qPrintable(r.findings.front().repairs.constFirst()));
    }

    // Two bindings of t2 to pods that are gone: the first gets the scheduler's
    // pod, the second only ends - the tenant keeps the pod just given.
    void aTenantWithTwoOrphansIsReboundOnce()
    {
        sched::CloudState s = testserver::consistentCloud();
        s.bindings[1].podId = "gone1";
        s.bindings.push_back(inconsistentCloudBinding("b7", "t2", "gone2"));
        const model::CheckReport r = model::CheckOperation::preview(s);
        QCOMPARE(kinds(r), (QStringList{QStringLiteral("missing_pod"), QStringLiteral("missing_pod")}));
        QCOMPARE(r.changes.changes.size(), std::size_t(2));
        const model::TenantChange &first = r.changes.changes[0], &second = r.changes.changes[1];
        QCOMPARE(first.kind, model::TenantChange::Kind::Rebind);
        QCOMPARE(second.kind, model::TenantChange::Kind::Unbind);
        QVERIFY2(second.reason.contains(QStringLiteral("keeps its binding to pod ") + first.toPodName), qPrintable(second.reason));
    }

    // Pod3 moved from az2 to az1 and Pod1 into the gpu group since the
    // placements were seen, under t3 and t1: one finding each, naming the pod,
    // before and after, and the tenants; nothing to write. A tenant bound since
    // was bound knowing the new place; a pod with none bound before is no finding.
    void aPodMovedUnderBoundTenantsIsFound()
    {
        const sched::CloudState was = testserver::consistentCloud();
        const std::int64_t seenAt = 1'700'000'000'000'000;
        const model::PodPlacements seen = model::PodPlacements::of(was, seenAt);
        QCOMPARE(seen.pods.size(), std::size_t(4)); // the bottom pods
        QVERIFY(model::CheckOperation::preview(was, {}, &seen).clean());

        sched::CloudState now = was;
        now.pods[3].azName = "az1";                        // Pod3, t3's pod
        now.pods[1].tags = *sched::parseGroup("resource:gpu"); // Pod1, t1's pod
        now.pods[2].azName = "az3";                        // Pod2: nobody bound
        sched::Binding since = inconsistentCloudBinding("b8", "t8", "p3");
        since.createdAtUs = seenAt + 1;
        now.bindings.push_back(since);
        const model::CheckReport r = model::CheckOperation::preview(now, {}, &seen);
        QCOMPARE(kinds(r), (QStringList{QStringLiteral("pod_changed"), QStringLiteral("pod_changed")}));
        QVERIFY(r.podsChanged());
        QVERIFY(r.changes.changes.empty());
        QVERIFY(r.podsToDelete.empty());
        const model::CheckFinding &pod1 = r.findings[0], &pod3 = r.findings[1];
        QVERIFY2(pod1.text.contains(QStringLiteral("pod Pod1 moved from AZ az1, group general to AZ az1, group resource:gpu")),
                 qPrintable(pod1.text));
        QVERIFY2(pod3.text.contains(QStringLiteral("pod Pod3 moved from AZ az2, group general to AZ az1, group general")),
                 qPrintable(pod3.text));
        QCOMPARE(pod3.bindingIds, std::vector<std::string>{"b3"}); // not t8's, bound since
        QCOMPARE(pod3.tenantId, std::string("t3"));
        QVERIFY2(pod3.text.contains(QStringLiteral("(t3)")) && !pod3.text.contains(QStringLiteral("t8")), qPrintable(pod3.text));
        QVERIFY2(pod3.repairs.constFirst().startsWith(QStringLiteral("accept the move")), qPrintable(pod3.repairs.constFirst()));
        QCOMPARE(model::CheckOperation::toJson(pod3).value(QLatin1String("kind")).toString(), QStringLiteral("pod_changed"));
        // Without placements seen (a database), nothing is looked for.
        QVERIFY(model::CheckOperation::preview(now).clean());
        QCOMPARE(model::CheckOperation::find(now, &seen).size(), std::size_t(2));
    }

    // The placements are recorded only when no move is pending or it was
    // accepted; a damaged record is an error naming the file.
    void placementsAreRememberedUntilAMoveIsAccepted()
    {
        QTemporaryDir dir;
        const QString path = model::PodPlacements::pathBeside(dir.filePath(QStringLiteral("cloud-x.sqlite")));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("cloud-x.placements.json"));
        QVERIFY(!model::PodPlacements::load(path).value().has_value());
        const sched::CloudState was = testserver::consistentCloud();
        QVERIFY(model::CheckOperation::remember(path, was, model::CheckOperation::preview(was), false).ok());
        auto seen = model::PodPlacements::load(path);
        QVERIFY2(seen.ok() && seen.value().has_value(), seen.ok() ? "none" : qPrintable(seen.error()));
        QCOMPARE(seen.value()->find("p3")->azName, std::string("az2"));

        sched::CloudState now = was;
        now.pods[3].azName = "az1";
        const model::CheckReport moved = model::CheckOperation::preview(now, {}, &*seen.value());
        QVERIFY(moved.podsChanged());
        QVERIFY(model::CheckOperation::remember(path, now, moved, false).ok()); // pending: kept
        QCOMPARE(model::PodPlacements::load(path).value()->find("p3")->azName, std::string("az2"));
        QVERIFY(model::CheckOperation::remember(path, now, moved, true).ok()); // accepted
        const auto after = model::PodPlacements::load(path).value();
        QCOMPARE(after->find("p3")->azName, std::string("az1"));
        QVERIFY(model::CheckOperation::preview(now, {}, &*after).clean());

        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"pods\": 3");
        damaged.close();
        const auto bad = model::PodPlacements::load(path);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(path), qPrintable(bad.error()));
    }

    void scheduleAndRebindRefuseToGuessWhileBoundTwice()
    {
        sched::CloudState s = testserver::consistentCloud();
        s.bindings.push_back(inconsistentCloudBinding("b12", "t1", "p2"));
        const model::Status refused = model::CheckOperation::refuseWhileBoundTwice(s, " t1 ", "az1", "");
        QVERIFY(!refused.ok());
        for (const char *part : {"binding b1 to pod Pod1", "binding b12 to pod Pod2", "check --repair", "AZ az1"})
            QVERIFY2(refused.error().contains(QLatin1String(part)), qPrintable(refused.error()));
        QVERIFY(model::CheckOperation::refuseWhileBoundTwice(s, "t1", "", "").error() == refused.error()); // any AZ
        QVERIFY(model::CheckOperation::refuseWhileBoundTwice(s, "t1", "az2", "").ok());
        QVERIFY(model::CheckOperation::refuseWhileBoundTwice(s, "t3", "az2", "").ok());
        // A rebind names the same two bindings, and never says "rebind it instead".
        const auto rebind = model::RebindOperation::preview(s, "t1", {}, "p2");
        QVERIFY(!rebind.ok());
        QCOMPARE(rebind.error(), refused.error());
        QVERIFY(!rebind.error().contains(QLatin1String("instead")));
    }

    void tenantIdsAreTrimmedAsTheServerTrimsThem()
    {
        QCOMPARE(model::trimmedTenantId(" t1\t"), std::string("t1"));
        QCOMPARE(model::trimmedTenantId("\u00a0t1\u2003"), std::string("t1")); // Unicode spaces, as str.strip()
        QCOMPARE(model::trimmedTenantId("t 1"), std::string("t 1"));
        QVERIFY(model::sameTenant(" t1", "t1"));
        QVERIFY(!model::sameTenant("t12", "t1"));
    }

    // `bind " t1" Pod2` while t1 is bound to Pod1 in the same AZ: refused by
    // every backend's guard, because the id is trimmed before the check.
    void aPaddedTenantIdCannotSlipASecondBindingIn_data()
    {
        QTest::addColumn<bool>("remote");
        QTest::newRow("database") << false;
        QTest::newRow("live-cloud") << true;
    }
    void aPaddedTenantIdCannotSlipASecondBindingIn()
    {
        QFETCH(bool, remote);
        std::unique_ptr<model::Backend> backend;
        if (remote)
            backend = m_backends.remote(testserver::consistentCloud());
        else
            backend = m_backends.local(testserver::consistentCloud());
        const auto made = model::waitForResult(backend->createBinding(" t1", "p2"));
        QVERIFY(!made.ok());
        QVERIFY2(made.error().contains(QLatin1String("t1")), qPrintable(made.error()));
        const auto s = optest::state(*backend);
        QCOMPARE(activeOf(s, "t1"), 1);
        QCOMPARE(activeOf(s, " t1"), 0);
        // A new tenant with padding is stored trimmed, as the server stores it.
        const auto fresh = model::waitForResult(backend->createBinding(" t7 ", "p2"));
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
        QCOMPARE(activeOf(optest::state(*backend), "t7"), 1);
    }

    // The test server seeded through its own API as a real one ends up;
    // check finds all four, --repair mends them, a second check is clean.
    void theRepairMendsALiveCloud()
    {
        auto backend = m_backends.remote(testserver::consistentCloud());
        const testserver::SeededInconsistencies seeded = testserver::seedInconsistencies(m_backends.server().cloud());
        QVERIFY2(seeded.failure.isEmpty(), qPrintable(seeded.failure));
        const sched::CloudState before = optest::state(*backend);
        QCOMPARE(activeOf(before, "t1"), 2); // " t1" was stored as t1
        model::CheckReport r = model::CheckOperation::preview(before);
        QCOMPARE(r.findings.size(), std::size_t(seeded.kFindings));
        const model::Status applied = model::CheckOperation::apply(*backend, r);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(r.changes.count(model::TenantChange::Status::Applied), 3);
        QCOMPARE(r.podsDeleted, std::vector<std::string>{seeded.secondTopId});
        const sched::CloudState after = m_backends.server().cloud().state();
        QVERIFY(model::CheckOperation::preview(after).clean());
        QCOMPARE(activeOf(after, "t1"), 1);
        QVERIFY(std::none_of(after.bindings.begin(), after.bindings.end(),
                             [&](const sched::Binding &b) { return b.id == seeded.doubleBindingId; }));
        const auto t1 = std::find_if(after.bindings.begin(), after.bindings.end(),
                                     [](const sched::Binding &b) { return b.tenantId == "t1"; });
        QCOMPARE(t1->podId, std::string("p1")); // the lowest pod_id stays
        QCOMPARE(activeOf(after, "t2"), 1);     // rebound, not lost
        QCOMPARE(activeOf(after, "t5"), 1);
        QVERIFY(!after.findPod(seeded.secondTopId));
    }
};

QTEST_GUILESS_MAIN(TestCheckOperation)
#include "tst_checkoperation.moc"
