// SPDX-License-Identifier: Apache-2.0
// The engine under the `weighted` policy: sticky bindings, rebinds when the
// current pod fails, failures with reasons, explain, preview, drain, mutations.

#include "engine.h"
#include "testclouds.h"

#include <QTest>

#include <limits>

using namespace sched;
using testclouds::binding;
using testclouds::pod;

namespace {
Decision ask(Engine &e, const std::string &tenant, const std::string &az, const std::string &group = {})
{
    const auto r = e.resolve(tenant, az, group);
    return e.select(r.request);
}
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void newTenantBindsOldestPod();
    void bindingIsSticky();
    void rebindWhenCurrentFails_data();
    void rebindWhenCurrentFails();
    void failures_data();
    void failures();
    void emptyAzChoosesAcrossAzs();
    void operatorForcesOrExcludes();
    void multipliersChangeTheChoice();
    void explainReportsEveryPod();
    void previewDoesNotApply();
    void drainRebindsEveryTenant();
    void subsetPickIsSeededAndStable();
    void addedPodIsUsed();
    void exportsActiveBindings();
    void hugeRequestIsRejectedNotWrapped_data();
    void hugeRequestIsRejectedNotWrapped();
    void usageSumsSaturate();
    void podWithoutThresholdUsesTheDefault();
    void boundPodFindsARemovedPodsBinding();
    void tiesGoToThePodName();
    void aCostThatIsNotANumberKeepsTheBucketOrder();
};

void TestEngine::newTenantBindsOldestPod()
{
    Engine e(testclouds::small());
    const Decision d = ask(e, "t1", "az1");
    QCOMPARE(d.outcome, Outcome::Bind);
    QCOMPARE(d.podName, std::string_view("p1"));
    QCOMPARE(d.azName, std::string_view("az1"));
    QCOMPARE(d.groupKey, std::string_view(""));
    const auto changes = e.takeChanges();
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0].kind, BindingChange::Kind::Created);
    QCOMPARE(changes[0].tenantId, std::string_view("t1"));
    QCOMPARE(changes[0].podId, std::string_view("id-p1"));
    QCOMPARE(ask(e, "t1", "az1").outcome, Outcome::Keep);
    QCOMPARE(e.pendingChangeCount(), std::size_t(0));
}

void TestEngine::bindingIsSticky()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("t1", "p2")}; // p1 is older and weighs more
    Engine e(c);
    const Decision d = ask(e, "t1", "az1");
    QCOMPARE(d.outcome, Outcome::Keep);
    QCOMPARE(d.podName, std::string_view("p2"));
}

void TestEngine::rebindWhenCurrentFails_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("filter");
    QTest::newRow("maintenance-pod-rebound") << "maintenance" << int(FilterKind::PodState);
    QTest::newRow("disabled-pod-rebound") << "disabled" << int(FilterKind::PodState);
    QTest::newRow("full-pod-rebound") << "full" << int(FilterKind::Capacity);
    QTest::newRow("removed-pod-rebound") << "removed" << int(FilterKind::PodState);
}

void TestEngine::rebindWhenCurrentFails()
{
    QFETCH(QString, change);
    QFETCH(int, filter);
    CloudState c = testclouds::small();
    c.bindings = {binding("t1", "p1")};
    Engine e(c);
    const std::uint32_t p1 = *e.findPod("p1");
    if (change == "maintenance")
        e.setState(p1, PodState::Maintenance);
    else if (change == "disabled")
        e.setState(p1, PodState::Disabled);
    else if (change == "full")
        e.addUsage(p1, {80, 0, 0});
    else
        e.removePod(p1);
    const Decision d = ask(e, "t1", "az1");
    QCOMPARE(d.outcome, Outcome::Rebind);
    QCOMPARE(d.podName, std::string_view("p2"));
    QCOMPARE(d.previousPodId, std::string_view("id-p1"));
    QVERIFY(d.currentRejection);
    QCOMPARE(int(d.currentRejection->filter), filter);
    const auto changes = e.takeChanges();
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[0].kind, BindingChange::Kind::Ended); // end first, as the store expects
    QCOMPARE(changes[0].podId, std::string_view("id-p1"));
    QCOMPARE(changes[1].kind, BindingChange::Kind::Created);
    QCOMPARE(changes[1].podId, std::string_view("id-p2"));
    QCOMPARE(e.activeBindingCount(), std::size_t(1));
}

void TestEngine::failures_data()
{
    QTest::addColumn<QString>("az");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("unknown-az-no-candidates") << "az9" << "" << int(FailCode::NoCandidates) << -1 << 0;
    QTest::newRow("unknown-group-no-candidates") << "az1" << "resource:cad" << int(FailCode::NoCandidates) << -1 << 0;
    QTest::newRow("only-gpu-pod-in-maintenance") << "az1" << "resource:gpu" << int(FailCode::AllRejected)
                                                 << int(FilterKind::PodState) << 1;
}

void TestEngine::failures()
{
    QFETCH(QString, az);
    QFETCH(QString, group);
    QFETCH(int, code);
    QFETCH(int, filter);
    QFETCH(int, count);
    Engine e(testclouds::small());
    e.setState(*e.findPod("g1"), PodState::Maintenance);
    const Decision d = ask(e, "t1", az.toStdString(), group.toStdString());
    QCOMPARE(d.outcome, Outcome::Fail);
    QCOMPARE(int(d.failure.code), code);
    if (filter >= 0) {
        QCOMPARE(int(d.failure.rejectedBy[std::size_t(filter)]), count);
        QCOMPARE(d.failure.example->reason, Reason::Maintenance);
    }
    QCOMPARE(e.activeBindingCount(), std::size_t(0));
    QCOMPARE(e.pendingChangeCount(), std::size_t(0));
}

void TestEngine::emptyAzChoosesAcrossAzs()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("bound", "p3")};
    Engine e(c);
    const Decision kept = ask(e, "bound", "");
    QCOMPARE(kept.outcome, Outcome::Keep);
    QCOMPARE(kept.podName, std::string_view("p3"));
    e.setState(*e.findPod("p1"), PodState::Maintenance);
    e.setState(*e.findPod("p2"), PodState::Maintenance);
    const Decision fresh = ask(e, "new", "");
    QCOMPARE(fresh.outcome, Outcome::Bind);
    QCOMPARE(fresh.podName, std::string_view("p3")); // the only general pod left, in az2
    QCOMPARE(fresh.azName, std::string_view("az2"));
    e.setState(*e.findPod("p3"), PodState::Maintenance);
    e.setState(*e.findPod("p1"), PodState::Enabled);
    const Decision moved = ask(e, "bound", "");
    QCOMPARE(moved.outcome, Outcome::Bind); // its az2 binding stays: the new one lives in az1
    QCOMPARE(moved.podName, std::string_view("p1"));
    QCOMPARE(e.activeBindingCount(), std::size_t(3));
}

void TestEngine::operatorForcesOrExcludes()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("t1", "p1")};
    Engine e(c);
    Request forced{"t1", "az1", {}, std::nullopt, {}, std::string("p2")};
    const Decision d = e.select(e.resolve(forced).request);
    QCOMPARE(d.outcome, Outcome::Rebind);
    QCOMPARE(d.podName, std::string_view("p2"));
    Request excluded{"t1", "az1", {}, std::nullopt, {"p2"}, std::nullopt};
    const Decision back = e.select(e.resolve(excluded).request);
    QCOMPARE(back.podName, std::string_view("p1"));
    Request unknown{"t1", "az1", {}, std::nullopt, {}, std::string("nope")};
    QCOMPARE(e.resolve(unknown).error, ResolveError::UnknownDestination);
}

void TestEngine::multipliersChangeTheChoice()
{
    CloudState c = testclouds::small();
    c.pods[2].used = {10, 0, 100}; // p2: more free RAM than p1
    SchedulerConfig cfg;
    cfg.multipliers = {0, 1, 0, 0, 0, 0};
    Engine e(c, cfg);
    QCOMPARE(ask(e, "t1", "az1").podName, std::string_view("p2"));
    cfg.multipliers = {1, 0, 0, 0, 0, 0};
    e.setConfig(cfg);
    QCOMPARE(ask(e, "t2", "az1").podName, std::string_view("p1"));
    cfg.multipliers = {0, 0, 0, 0, 0, 0}; // all tie: the name decides
    e.setConfig(cfg);
    QCOMPARE(ask(e, "t3", "az1").podName, std::string_view("p1"));
}

void TestEngine::explainReportsEveryPod()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("t1", "p2")};
    Engine e(c);
    e.setState(*e.findPod("p2"), PodState::Maintenance);
    const auto r = e.resolve("t1", "az1", "", Amounts{1, 1, 1}).request;
    const Explanation x = e.explain(r);
    QCOMPARE(x.decision.outcome, Outcome::Rebind);
    QCOMPARE(x.candidates.size(), std::size_t(5));
    const auto row = [&](std::string_view name) {
        for (const auto &cr : x.candidates)
            if (cr.podName == name)
                return cr;
        return CandidateReport{};
    };
    QCOMPARE(row("RegionOne").rejection->filter, FilterKind::BottomPod);
    QCOMPARE(row("p3").rejection->reason, Reason::OtherAz);
    QCOMPARE(row("g1").rejection->reason, Reason::TaggedPod);
    QCOMPARE(row("p2").rejection->reason, Reason::Maintenance);
    QVERIFY(row("p2").current);
    QVERIFY(row("p1").passed && row("p1").chosen);
    QCOMPARE(row("p1").weights[std::size_t(WeigherKind::CreationOrder)].normalised, 0.0); // lone candidate
    QCOMPARE(e.pendingChangeCount(), std::size_t(0));
    QCOMPARE(e.activePod(r.tenant, e.podRecord(*e.findPod("p2")).bucket), e.findPod("p2"));
}

void TestEngine::previewDoesNotApply()
{
    Engine e(testclouds::small());
    const auto r = e.resolve("t1", "az1", "").request;
    QCOMPARE(e.preview(r).outcome, Outcome::Bind);
    QCOMPARE(e.preview(r).outcome, Outcome::Bind);
    QCOMPARE(e.activeBindingCount(), std::size_t(0));
    QCOMPARE(e.select(r).outcome, Outcome::Bind);
    QCOMPARE(e.preview(r).outcome, Outcome::Keep);
}

void TestEngine::drainRebindsEveryTenant()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("a", "p1"), binding("b", "p1"), binding("c", "p2")};
    Engine e(c);
    const auto decisions = e.drain(*e.findPod("p1"));
    QCOMPARE(decisions.size(), std::size_t(2));
    for (const Decision &d : decisions) {
        QCOMPARE(d.outcome, Outcome::Rebind);
        QCOMPARE(d.podName, std::string_view("p2"));
    }
    for (const auto &b : e.activeBindings())
        QCOMPARE(b.podId, std::string_view("id-p2"));
}

void TestEngine::subsetPickIsSeededAndStable()
{
    CloudState c = testclouds::small();
    SchedulerConfig cfg;
    cfg.subsetSize = 2;
    Engine e(c, cfg);
    int p1 = 0;
    for (int i = 0; i < 200; ++i) {
        std::string tenant = "t";
        tenant += std::to_string(i); // (not "t" + ...: GCC 12 -Wrestrict false positive)
        const auto r = e.resolve(tenant, "az1", "").request;
        const Decision d = e.preview(r);
        QCOMPARE(e.preview(r).pod, d.pod); // the same input, the same pod
        p1 += d.podName == "p1";
    }
    QVERIFY(p1 > 50 && p1 < 150); // both of the best two are used
}

void TestEngine::addedPodIsUsed()
{
    Engine e(testclouds::small());
    Pod p0 = pod("p0", "az1", "", 5); // older than p1
    const std::uint32_t index = e.addPod(p0);
    QCOMPARE(ask(e, "t1", "az1").pod, index);
    Pod gpu = pod("g9", "az9", "resource:gpu", 50); // a new AZ and bucket
    e.addPod(gpu);
    QCOMPARE(ask(e, "t1", "az9", "resource:gpu").podName, std::string_view("g9"));
}

void TestEngine::exportsActiveBindings()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("b", "p1"), binding("a", "g1"), binding("a", "p2", false)};
    Engine e(c);
    const auto rows = e.activeBindings();
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].tenantId, std::string_view("a"));
    QCOMPARE(rows[0].groupKey, std::string_view("resource:gpu"));
    QCOMPARE(rows[1].podId, std::string_view("id-p1"));
    QVERIFY(e.usedBefore(*e.findTenant("a"), *e.findPod("p2")));
}

// `schedule --vcpus 9223372036854775807` once bound a tenant to a pod with
// 100 vCPUs: used + requested wrapped below the limit.
void TestEngine::hugeRequestIsRejectedNotWrapped_data()
{
    QTest::addColumn<qint64>("vcpus");
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<bool>("fits");
    QTest::newRow("int64-max-on-100") << qint64(std::numeric_limits<std::int64_t>::max()) << qint64(100) << false;
    QTest::newRow("int64-max-minus-used") << qint64(std::numeric_limits<std::int64_t>::max() - 9) << qint64(100) << false;
    QTest::newRow("fits-exactly") << qint64(80) << qint64(100) << true; // 10 used + 80 <= 90
    QTest::newRow("one-over") << qint64(81) << qint64(100) << false;
    // A capacity near the int64 limit: threshold x total must not overflow the limit.
    QTest::newRow("huge-capacity") << qint64(1000) << qint64(std::numeric_limits<std::int64_t>::max()) << true;
}

void TestEngine::hugeRequestIsRejectedNotWrapped()
{
    QFETCH(qint64, vcpus);
    QFETCH(qint64, capacity);
    QFETCH(bool, fits);
    CloudState c;
    c.pods = {pod("RegionOne", ""), pod("p1", "az1", "", 10)};
    c.pods[1].capacity[0] = capacity;
    if (capacity == std::numeric_limits<std::int64_t>::max())
        c.pods[1].threshold = 1.0; // 1.0 x 2^63 - 1 rounds to 2^63 as a double
    Engine e(c);
    const auto r = e.resolve("t1", "az1", "", Amounts{vcpus, 0, 0});
    QVERIFY(r.ok());
    const Decision d = e.select(r.request);
    QCOMPARE(d.outcome, fits ? Outcome::Bind : Outcome::Fail);
    if (!fits) {
        QCOMPARE(d.failure.code, FailCode::AllRejected);
        QCOMPARE(e.activeBindingCount(), std::size_t(0));
    }
}

void TestEngine::usageSumsSaturate()
{
    CloudState c = testclouds::small();
    Engine e(c);
    const std::uint32_t p1 = *e.findPod("p1");
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    e.addUsage(p1, {max, 0, 1}, max);
    QCOMPARE(*e.pod(p1).used[0], max); // 10 + max: stays at max, never negative
    QCOMPARE(*e.pod(p1).used[2], std::int64_t(101));
    QCOMPARE(*e.pod(p1).runningVms, max);
    QVERIFY(!e.subtractUsage(p1, {5, 0, 101}, 1));
    QCOMPARE(*e.pod(p1).used[2], std::int64_t(0));
    QVERIFY(e.subtractUsage(p1, {0, 200, 0}, 0)); // 200 of 100: stops at 0 and says so
    QCOMPARE(*e.pod(p1).used[1], std::int64_t(0));
}

// A pod with no threshold of its own (0 from a state file without one) is
// limited by the policy's default_threshold, not by a fixed 0.9.
void TestEngine::podWithoutThresholdUsesTheDefault()
{
    CloudState c;
    c.pods = {pod("RegionOne", ""), pod("p1", "az1", "", 10), pod("p2", "az1", "", 20)};
    c.pods[1].threshold = 0.0; // none of its own
    c.pods[1].used = {0, 0, 0};
    c.pods[2].used = {0, 0, 0};
    SchedulerConfig config;
    config.defaultThreshold = 0.5;
    Engine e(c, config);
    const auto fits = e.resolve("t1", "az1", "", Amounts{50, 0, 0});
    QCOMPARE(e.preview(fits.request).podName, std::string_view("p1")); // 50 <= 0.5 x 100
    const auto over = e.resolve("t2", "az1", "", Amounts{51, 0, 0});
    const Decision d = e.preview(over.request);
    QCOMPARE(d.podName, std::string_view("p2")); // p1's limit is 50; p2 keeps its own 0.9
    config.defaultThreshold = 0.6;
    e.setConfig(config);
    QCOMPARE(e.preview(over.request).podName, std::string_view("p1"));
}

void TestEngine::boundPodFindsARemovedPodsBinding()
{
    CloudState c = testclouds::small();
    c.bindings = {binding("t1", "p3")};
    Engine e(c);
    const std::uint32_t p3 = *e.findPod("p3");
    const std::uint32_t tenant = *e.findTenant("t1");
    const std::uint32_t az2 = *e.findAz("az2");
    const std::uint32_t general = *e.groups().find({});
    QCOMPARE(e.boundPod(tenant, az2, general), std::optional<std::uint32_t>(p3));
    e.removePod(p3);
    QCOMPARE(e.boundPod(tenant, az2, general), std::optional<std::uint32_t>(p3));
    QCOMPARE(e.boundPod(tenant, kNone, general), std::optional<std::uint32_t>(p3)); // any AZ
    QCOMPARE(e.boundPod(tenant, *e.findAz("az1"), general), std::nullopt);
}

// The README's rule: pods with the same created_at (a real Trio2o dump has
// none) are in creation order as listed (table order), so with the default
// weighers the first listed wins; an exact tie of total weight (creation order
// weighing 0) goes to the pod whose name sorts first, in byte order.
void TestEngine::tiesGoToThePodName()
{
    {
        CloudState same;
        same.pods = {pod("RegionOne", ""), pod("zeta", "az1", "", 10), pod("Beta", "az1", "", 10)};
        Engine e(same);
        QCOMPARE(ask(e, "t1", "az1").podName, std::string_view("zeta"));
    }
    CloudState c;
    c.pods = {pod("RegionOne", ""), pod("zeta", "az1", "", 10), pod("Beta", "az1", "", 20), pod("alpha", "az1", "", 30)};
    SchedulerConfig config;
    config.multipliers = {0, 1, 1, 1, 1, 1}; // no creation order: the three pods tie on everything else
    Engine e(c, config);
    QCOMPARE(ask(e, "t1", "az1").podName, std::string_view("Beta")); // 'B' < 'a' < 'z'
    e.removePod(*e.findPod("Beta"));
    QCOMPARE(ask(e, "t2", "az1").podName, std::string_view("alpha"));
}

// The weights' bounds are taken from the first candidate on, so a weight that
// is not a number (a cost no model check stopped) makes them depend on the
// candidates' order: the block of ready pods must not run ahead of a pod that
// passes without being ready. In bucket order pod-b comes first and sets the
// cost column's bounds (-1 .. -5): it weighs most. Had pod-a (NaN) come first,
// the column would drop out and the name would decide: pod-a.
void TestEngine::aCostThatIsNotANumberKeepsTheBucketOrder()
{
    CloudState c;
    Pod full = pod("pod-b", "az1", "", 10);
    full.used = {10, 100, 900}; // no disk left below the threshold: passes only a request without disk
    full.cost = 1;
    Pod nan = pod("pod-a", "az1", "", 20);
    nan.cost = std::numeric_limits<double>::quiet_NaN();
    Pod dear = pod("pod-c", "az1", "", 30);
    dear.cost = 5;
    c.pods = {pod("RegionOne", ""), full, nan, dear};
    SchedulerConfig config;
    config.multipliers = {0, 0, 0, 0, 0, 1}; // cost only
    Engine e(c, config);
    const Decision d = e.select(e.resolve("t1", "az1", "", Amounts{1, 1, 0}).request);
    QCOMPARE(d.podName, std::string_view("pod-b"));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
