// SPDX-License-Identifier: Apache-2.0
// The what-if replay on hand-made clouds: maintenance and drains rebind within
// the AZ and group, bursts fill pods in creation order, capacity exhaustion
// moves requests on, a drain of a group's last pod fails, policies compare,
// and the plan, progress and cancellation behave.

#include "plan.h"
#include "tenantpattern.h"
#include "whatifrun.h"
#include "whatiftestclouds.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace whatif;
using whatiftest::binding;
using whatiftest::createVm;

namespace {

Scenario withPolicy(const sched::SchedulerConfig &config = whatiftest::creationOnly(), std::string name = "weighted")
{
    Scenario s;
    s.policies.push_back({std::move(name), config});
    return s;
}

// "event tenant from->to reason" per change.
QStringList changes(const Report &r)
{
    QStringList out;
    for (const ChangeRecord &c : r.changes) {
        const auto pod = [&](std::uint32_t p) { return QString::fromStdString(p == kNoId ? std::string("-") : r.pods[p].name); };
        out << QStringLiteral("%1 %2 %3->%4 %5")
                   .arg(c.event)
                   .arg(QString::fromStdString(r.tenants[c.tenant]), pod(c.fromPod), pod(c.toPod),
                        QString::fromLatin1(changeReasonKey(c.reason)));
    }
    return out;
}

const PodReport &podNamed(const Report &r, const std::string &name)
{
    for (const PodReport &p : r.pods)
        if (p.name == name)
            return p;
    qFatal("no pod %s", name.c_str());
}

std::uint32_t patternList(Scenario &s, const std::string &pattern, std::uint64_t count)
{
    const PatternParse p = parseTenantPattern(pattern, count);
    std::vector<NameId> names;
    for (std::uint64_t i = 0; i < p.pattern.size(); ++i)
        names.push_back(s.intern(p.pattern.name(i)));
    return s.addTenantList(std::move(names));
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void maintenanceRebindsEachTenantOnItsNextRequest();
    void drainMovesAllTenantsAtOnce();
    void burstFillsPodsInCreationOrder();
    void capacityExhaustionMovesToNextPod();
    void drainOfLastPodOfGroupFails();
    void compareShowsUpstreamRotation();
    void compareShowsWhereUpstreamIsBoundTwice();
    void deleteVmFreesCapacity();
    void podEventsChangeTheCloud();
    void planChainsBindingIds();
    void seriesIsSampled();
    void progressAndCancel();
    void baseIsNotChanged();
    void deleteFindsTheBindingOfARemovedPod();
    void deleteBeyondUsageStopsAtZeroAndCounts();
    void newBindingIdsAreUuidsUnlikeAnyBaseId();
};

void TestReplay::maintenanceRebindsEachTenantOnItsNextRequest()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1"), binding("t2", "p1"), binding("t3", "g1")};
    Scenario s = withPolicy();
    s.events.push_back(SetPodState{s.intern("p1"), sched::PodState::Maintenance});
    createVm(s, "t1", "az1", "", 1);
    createVm(s, "t1", "az1", "", 1); // now sticky on p2
    createVm(s, "t3", "az1", "resource:gpu", 1); // other group: untouched
    createVm(s, "t2", "", "", 1);    // any AZ: still az1's general group
    const RunResult r = runScenario(s, base);
    const Report &rep = r.reports.at(0);
    QCOMPARE(changes(rep), QStringList({"1 t1 p1->p2 current_rejected", "4 t2 p1->p2 current_rejected"}));
    QCOMPARE(rep.changes[0].rejection->reason, sched::Reason::Maintenance);
    QCOMPARE(rep.azs[rep.changes[1].az], std::string("az1"));
    QCOMPARE(rep.summary, (Summary{2, 0, 2, 0, 5, 4, 0, 0}));
    QCOMPARE(podNamed(rep, "p1").before->tenants, 2u);
    QCOMPARE(podNamed(rep, "p1").after.tenants, 0u);
    QCOMPARE(podNamed(rep, "p1").after.state, sched::PodState::Maintenance);
    QCOMPARE(podNamed(rep, "p2").after.tenants, 2u);
    QCOMPARE(*podNamed(rep, "p2").after.used[0], std::int64_t(3));
}

void TestReplay::drainMovesAllTenantsAtOnce()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1"), binding("t2", "p1"), binding("t3", "p1"), binding("t4", "p2")};
    Scenario s = withPolicy();
    s.events.push_back(DrainPod{s.intern("p1")});
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(changes(rep), QStringList({"0 t1 p1->p2 drain", "0 t2 p1->p2 drain", "0 t3 p1->p2 drain"}));
    QCOMPARE(podNamed(rep, "p1").after.tenants, 0u);
    QCOMPARE(podNamed(rep, "p2").after.tenants, 4u);
    QCOMPARE(rep.summary.rebind, 3u);
}

void TestReplay::burstFillsPodsInCreationOrder()
{
    Scenario s = withPolicy();
    s.events.push_back(CreateVm{{kNoId, patternList(s, "b-{1..25}", 25)}, s.intern("az1"), s.intern(""), {1, 0, 0}, 25});
    const Report rep = runScenario(s, whatiftest::cloud()).reports.at(0);
    QCOMPARE(rep.summary.bind, 25u);
    QCOMPARE(*podNamed(rep, "p1").after.used[0], std::int64_t(10));
    QCOMPARE(*podNamed(rep, "p2").after.used[0], std::int64_t(10));
    QCOMPARE(*podNamed(rep, "p3").after.used[0], std::int64_t(5));
    QCOMPARE(podNamed(rep, "p3").after.tenants, 5u);
    QCOMPARE(changes(rep).at(9), QString("0 b-10 -->p1 new_binding"));
    QCOMPARE(changes(rep).at(10), QString("0 b-11 -->p2 new_binding"));
    QCOMPARE(changes(rep).at(20), QString("0 b-21 -->p3 new_binding"));
}

void TestReplay::capacityExhaustionMovesToNextPod()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1")};
    Scenario s = withPolicy();
    createVm(s, "t1", "az1", "", 4, 4); // 4, 8 on p1; 12 > 10 -> p2; then sticky on p2
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(changes(rep), QStringList({"0 t1 p1->p2 current_rejected"}));
    const sched::Rejection why = *rep.changes[0].rejection;
    QCOMPARE(why.reason, sched::Reason::OverThreshold);
    QCOMPARE(why.used, std::int64_t(8));
    QCOMPARE(why.requested, std::int64_t(4));
    QCOMPARE(why.limit, std::int64_t(10));
    QCOMPARE(rep.summary, (Summary{3, 0, 1, 0, 1, 4, 0, 0}));
    QCOMPARE(*podNamed(rep, "p2").after.used[0], std::int64_t(8));
}

void TestReplay::drainOfLastPodOfGroupFails()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "g1")};
    Scenario s = withPolicy();
    s.events.push_back(DrainPod{s.intern("g1")});
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(rep.summary.fail, 1u);
    QCOMPARE(rep.changes.size(), std::size_t(0));
    const FailureRecord &f = rep.failures.at(0);
    QCOMPARE(rep.tenants[f.tenant], std::string("t1"));
    QCOMPARE(rep.groups[f.group], std::string("resource:gpu"));
    QCOMPARE(f.failure.code, sched::FailCode::AllRejected);
    QCOMPARE(sched::describe(f.failure), std::string("all_rejected, ignore_pods: 1 [e.g. ignore_pods: ignored]"));
    QCOMPARE(podNamed(rep, "g1").after.tenants, 1u); // still bound there
}

// Upstream's rotation: a group request moves the tenant to the next pod of the
// AZ under `trio2o`, and back to the first pod fails (one row per tenant and
// pod); `weighted` finds no tagged pod at all.
void TestReplay::compareShowsUpstreamRotation()
{
    sched::CloudState base;
    base.pods = {whatiftest::pod("RegionOne", "", "", 0), whatiftest::pod("pod1", "az1", "", 1),
                 whatiftest::pod("pod2", "az2", "", 2), whatiftest::pod("pod3", "az2", "", 3)};
    base.bindings = {binding("tenant1", "pod2"), binding("tenant2", "pod1")};
    Scenario s = withPolicy(sched::SchedulerConfig{});
    sched::SchedulerConfig trio2o;
    trio2o.policy = sched::Policy::Trio2o;
    s.policies.push_back({"trio2o", trio2o});
    createVm(s, "tenant1", "az2", "resource:gpu", 1);
    createVm(s, "tenant1", "az2", "resource:gpu", 1);
    createVm(s, "tenant2", "az1", "", 1);
    const RunResult r = runScenario(s, base);
    QCOMPARE(r.reports.size(), std::size_t(2));
    QCOMPARE(r.reports[0].summary, (Summary{1, 0, 0, 2, 3, 1, 0, 0}));
    QCOMPARE(r.reports[1].summary, (Summary{1, 0, 1, 1, 3, 2, 0, 0}));
    QCOMPARE(changes(r.reports[1]), QStringList({"0 tenant1 pod2->pod3 rotation"}));
    QCOMPARE(r.reports[1].failures.at(0).failure.code, sched::FailCode::HistoryConflict);
    QCOMPARE(r.reports[0].failures.at(0).failure.code, sched::FailCode::NoCandidates);
    QCOMPARE(r.differences.size(), std::size_t(1));
    const auto &diff = r.differences[0];
    QCOMPARE(diff.size(), std::size_t(1)); // tenant2 kept pod1 under both
    QCOMPARE(diff[0].tenantId, std::string("tenant1"));
    QCOMPARE(diff[0].primary, (TenantOutcome{{"pod2"}, 2}));
    QCOMPARE(diff[0].other, (TenantOutcome{{"pod3"}, 1}));
}

// trio2o's rotation across AZs: t0 (Charlie in az2, Delta in az1) asks with
// an empty AZ and a group -> Charlie -> Foxtrot (az1). Upstream would leave
// Delta active too; the replay ends it and the report and comparison say so.
void TestReplay::compareShowsWhereUpstreamIsBoundTwice()
{
    sched::CloudState base;
    base.pods = {whatiftest::pod("RegionOne", "", "", 0), whatiftest::pod("Delta", "az1", "", 1),
                 whatiftest::pod("Charlie", "az2", "", 2), whatiftest::pod("Foxtrot", "az1", "", 3)};
    base.bindings = {binding("t0", "Charlie"), binding("t0", "Delta")};
    Scenario s = withPolicy(sched::SchedulerConfig{});
    sched::SchedulerConfig trio2o;
    trio2o.policy = sched::Policy::Trio2o;
    s.policies.push_back({"trio2o", trio2o});
    createVm(s, "t0", "", "resource:gpu", 1);
    const RunResult r = runScenario(s, base);
    const Report &up = r.reports[1];
    QCOMPARE(changes(up), QStringList({"0 t0 Delta->- replaced", "0 t0 Charlie->Foxtrot rotation"}));
    QCOMPARE(up.pods[up.changes[0].alongside].name, std::string("Foxtrot"));
    QCOMPARE(up.changes[1].alongside, kNoId);
    QVERIFY(r.reports[0].changes.empty()); // weighted: no GPU pod at all
    QCOMPARE(r.differences[0].size(), std::size_t(1));
    const TenantDifference &d = r.differences[0][0];
    QCOMPARE(d.tenantId, std::string("t0"));
    QCOMPARE(d.primary, (TenantOutcome{{"Charlie", "Delta"}, 1}));
    QCOMPARE(d.other, (TenantOutcome{{"Foxtrot"}, 0, {UpstreamBoundTwice{0, "az1", "Delta", "Foxtrot"}}}));
}

void TestReplay::deleteVmFreesCapacity()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1")};
    base.pods[1].used = {9, 0, 0};
    base.pods[1].runningVms = 3;
    Scenario s = withPolicy();
    s.events.push_back(DeleteVm{{s.intern("t1")}, s.intern(""), s.intern(""), {3, 0, 0}, 2});
    s.events.push_back(DeleteVm{{s.intern("t1")}, s.intern("az1"), s.intern("resource:gpu"), {1, 0, 0}, 1});
    createVm(s, "t1", "az1", "", 4); // 3 + 4 <= 10: stays on p1
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(rep.summary, (Summary{1, 0, 0, 0, 3, 1, 2, 1}));
    QCOMPARE(*podNamed(rep, "p1").after.used[0], std::int64_t(7));
    QCOMPARE(podNamed(rep, "p1").after.vms, std::int64_t(2));
    QCOMPARE(rep.failures.at(0).kind, FailureKind::NoBinding);
    QCOMPARE(rep.failures.at(0).event, 1u);
}

void TestReplay::podEventsChangeTheCloud()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "q1")};
    Scenario s = withPolicy();
    sched::Pod q2 = whatiftest::pod("q2", "az2", "", 60);
    s.events.push_back(AddPod{s.addNewPod(q2)});
    s.events.push_back(RemovePod{s.intern("q1")});
    s.events.push_back(SetCapacity{s.intern("p1"), sched::Resource::Vcpus, 50, 0.5});
    s.events.push_back(SetUsage{s.intern("id-p2"), sched::Resource::Vcpus, 7});
    createVm(s, "t1", "az2", "", 1);
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(changes(rep), QStringList({"4 t1 q1->q2 current_rejected"}));
    QCOMPARE(rep.changes[0].rejection->reason, sched::Reason::Removed);
    QVERIFY(podNamed(rep, "q1").removed);
    QVERIFY(!podNamed(rep, "q2").before);
    QCOMPARE(podNamed(rep, "q2").after.tenants, 1u);
    QCOMPARE(podNamed(rep, "p1").capacity[0], std::int64_t(50));
    QCOMPARE(*podNamed(rep, "p2").after.used[0], std::int64_t(7));
}

void TestReplay::planChainsBindingIds()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1")};
    Scenario s = withPolicy();
    s.events.push_back(SetPodState{s.intern("p1"), sched::PodState::Disabled});
    createVm(s, "t1", "az1", "", 1); // p1 -> p2: ends the base binding
    s.events.push_back(SetPodState{s.intern("p2"), sched::PodState::Maintenance});
    createVm(s, "t1", "az1", "", 1); // p2 -> p3: ends the binding the plan created
    createVm(s, "t1", "az2", "", 1); // a fresh bind
    const Plan plan = makePlan(runScenario(s, base).reports.at(0));
    QCOMPARE(plan.ops.size(), std::size_t(3));
    QCOMPARE(plan.ops[0].kind, PlanOp::Kind::Rebind);
    QCOMPARE(plan.ops[0].endBindingId, std::string("b-t1-p1"));
    QCOMPARE(plan.ops[0].fromPodId, std::string("id-p1"));
    QCOMPARE(plan.ops[0].toPodName, std::string("p2"));
    QCOMPARE(plan.ops[1].endBindingId, plan.ops[0].newBindingId);
    QCOMPARE(plan.ops[1].toPodName, std::string("p3"));
    QCOMPARE(plan.ops[2].kind, PlanOp::Kind::Bind);
    QVERIFY(plan.ops[2].endBindingId.empty());
    QCOMPARE(plan.ops[2].toPodName, std::string("q1"));
    QVERIFY(plan.ops[2].newBindingId != plan.ops[1].newBindingId);
}

void TestReplay::seriesIsSampled()
{
    Scenario s = withPolicy();
    s.maxSamples = 4;
    for (int i = 0; i < 10; ++i)
        createVm(s, std::string("t").append(std::to_string(i)), "az1", "", 1); // (not "t" + ...: GCC 12 warns falsely)
    const Report rep = runScenario(s, whatiftest::cloud()).reports.at(0);
    QCOMPARE(rep.series.every, 3u);
    QCOMPARE(rep.series.afterEvent, (std::vector<std::uint64_t>{0, 3, 6, 9, 10}));
    QCOMPARE(rep.series.values.size(), std::size_t(5));
    QCOMPARE(*rep.series.values[2][0].used[0], std::int64_t(6)); // p1 after 6 VMs
    QCOMPARE(rep.series.values[4][0], podNamed(rep, "p1").after);
}

void TestReplay::progressAndCancel()
{
    Scenario s = withPolicy();
    s.events.push_back(CreateVm{{kNoId, patternList(s, "b-{1..50}", 50)}, s.intern(""), s.intern(""), {0, 0, 0}, 200000});
    createVm(s, "never", "az1", "", 1);
    std::atomic<bool> cancel{false};
    RunOptions o;
    o.cancel = &cancel;
    std::uint64_t last = 0;
    o.progress = [&](std::uint64_t done, std::uint64_t total) {
        QCOMPARE(total, std::uint64_t(200001));
        QVERIFY(done >= last);
        last = done;
    };
    const RunResult full = runScenario(s, whatiftest::cloud(), o);
    QVERIFY(!full.cancelled);
    QCOMPARE(last, std::uint64_t(200001));
    cancel = true;
    last = 0;
    const RunResult stopped = runScenario(s, whatiftest::cloud(), o);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.reports.at(0).cancelled);
    QVERIFY(stopped.reports[0].summary.vmsCreated < 200000);
}

void TestReplay::baseIsNotChanged()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1")};
    const sched::CloudState copy = base;
    Scenario s = withPolicy();
    s.events.push_back(DrainPod{s.intern("p1")});
    createVm(s, "t2", "az1", "", 5);
    (void)runScenario(s, base);
    QCOMPARE(base.bindings.size(), copy.bindings.size());
    QCOMPARE(base.bindings[0].podId, copy.bindings[0].podId);
    QCOMPARE(*base.pods[1].used[0], *copy.pods[1].used[0]);
}

// remove_pod leaves the tenant's binding until its next request: a delete_vm
// in between still finds the pod (it was skipped as "no binding").
void TestReplay::deleteFindsTheBindingOfARemovedPod()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "q1")};
    base.pods[5].used = {6, 0, 0};
    base.pods[5].runningVms = 3;
    Scenario s = withPolicy();
    s.events.push_back(RemovePod{s.intern("q1")});
    s.events.push_back(DeleteVm{{s.intern("t1")}, s.intern("az2"), s.intern(""), {2, 0, 0}, 1});
    s.events.push_back(DeleteVm{{s.intern("t1")}, s.intern(""), s.intern(""), {2, 0, 0}, 1}); // any AZ
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(rep.summary.skipped, 0u);
    QCOMPARE(rep.summary.vmsDeleted, 2u);
    QVERIFY(rep.failures.empty());
    QVERIFY(podNamed(rep, "q1").removed);
    QCOMPARE(*podNamed(rep, "q1").after.used[0], std::int64_t(2));
    QCOMPARE(podNamed(rep, "q1").after.vms, std::int64_t(1));
}

// More deleted than the pod holds: usage stops at 0, only the VMs it had count
// as deleted, and the report says how many deletes went beyond usage.
void TestReplay::deleteBeyondUsageStopsAtZeroAndCounts()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1"), binding("t2", "p2")};
    base.pods[1].used = {9, 0, 0};
    base.pods[1].runningVms = 3;
    base.pods[2].used = {9, 0, 0};
    base.pods[2].runningVms = 3;
    Scenario s = withPolicy();
    s.events.push_back(DeleteVm{{s.intern("t1")}, s.intern("az1"), s.intern(""), {3, 0, 0}, 5}); // 15 of 9
    s.events.push_back(DeleteVm{{s.intern("t2")}, s.intern("az1"), s.intern(""), {3, 0, 0}, 2}); // 6 of 9
    const Report rep = runScenario(s, base).reports.at(0);
    QCOMPARE(*podNamed(rep, "p1").after.used[0], std::int64_t(0));
    QCOMPARE(podNamed(rep, "p1").after.vms, std::int64_t(0));
    QCOMPARE(*podNamed(rep, "p2").after.used[0], std::int64_t(3));
    QCOMPARE(rep.summary.vmsDeleted, 3u + 2u);
    QCOMPARE(rep.summary.clampedDeletes, 1u);
}

// A counter-made id (00000000-...-000000000001) could equal a base binding's
// id or one a previous plan put in the store.
void TestReplay::newBindingIdsAreUuidsUnlikeAnyBaseId()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1")};
    base.bindings[0].id = "00000000-0000-4000-8000-000000000001";
    Scenario s = withPolicy();
    for (int i = 0; i < 50; ++i)
        createVm(s, std::string("n").append(std::to_string(i)), "az1", "", 0);
    const Plan first = makePlan(runScenario(s, base).reports.at(0));
    const Plan second = makePlan(runScenario(s, base).reports.at(0));
    QCOMPARE(first.ops.size(), std::size_t(50));
    const QRegularExpression uuid4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    std::set<std::string> seen{base.bindings[0].id};
    for (const Plan *plan : {&first, &second}) {
        for (const PlanOp &op : plan->ops) {
            QVERIFY2(uuid4.match(QString::fromStdString(op.newBindingId)).hasMatch(), op.newBindingId.c_str());
            QVERIFY2(seen.insert(op.newBindingId).second, op.newBindingId.c_str()); // no repeat, across plans too
        }
    }
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
