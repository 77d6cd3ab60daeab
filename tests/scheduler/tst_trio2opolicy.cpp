// SPDX-License-Identifier: Apache-2.0
// The `trio2o` policy replays upstream's FilterScheduler (DOMAIN.md).

#include "engine.h"
#include "testclouds.h"

#include <QTest>

using namespace sched;
using testclouds::binding;
using testclouds::pod;

namespace {
CloudState upstreamCloud()
{
    CloudState c;
    c.pods = {pod("RegionOne", ""), pod("pod1", "az1", "", 1), pod("pod2", "az2", "", 2), pod("pod3", "az2", "", 3)};
    c.bindings = {binding("tenant1", "pod1")};
    return c;
}

SchedulerConfig trio2o()
{
    SchedulerConfig cfg;
    cfg.policy = Policy::Trio2o;
    return cfg;
}

Decision ask(Engine &e, const std::string &tenant, const std::string &az, const std::string &group = {})
{
    return e.select(e.resolve(tenant, az, group).request);
}
} // namespace

class TestTrio2oPolicy : public QObject
{
    Q_OBJECT

private slots:
    void upstreamSequence();
    void rotationBackToAnOldPodFails();
    void lastPodRotatesToFirst();
    void ignoresPodStateAndCapacity();
    void currentIsTheLowestPodId();
    void crossAzRotationSaysUpstreamIsBoundTwice();
    void rotationWithinTheBucketFollowsUpstream();
};

// The upstream unit test, step by step.
void TestTrio2oPolicy::upstreamSequence()
{
    Engine e(upstreamCloud(), trio2o());
    const auto active = [&](const char *tenant) {
        std::vector<std::string> pods;
        for (const auto &b : e.activeBindings())
            if (b.tenantId == tenant)
                pods.emplace_back(b.podId);
        std::sort(pods.begin(), pods.end());
        return pods;
    };

    Decision d = ask(e, "tenant1", ""); // bound tenant, no AZ -> its pod
    QCOMPARE(d.outcome, Outcome::Keep);
    QCOMPARE(d.podName, std::string_view("pod1"));

    d = ask(e, "tenant2", ""); // new tenant, no AZ -> first bottom pod, bound
    QCOMPARE(d.outcome, Outcome::Bind);
    QCOMPARE(d.podName, std::string_view("pod1"));

    d = ask(e, "tenant2", "az1"); // same tenant, AZ 1 -> kept
    QCOMPARE(d.outcome, Outcome::Keep);
    QCOMPARE(d.podName, std::string_view("pod1"));

    d = ask(e, "tenant2", "az2"); // AZ 2 -> a second binding
    QCOMPARE(d.outcome, Outcome::Bind);
    QCOMPARE(d.podName, std::string_view("pod2"));
    QCOMPARE(active("tenant2"), (std::vector<std::string>{"id-pod1", "id-pod2"}));

    d = ask(e, "tenant1", "az2"); // first tenant, AZ 2 -> bound there
    QCOMPARE(d.outcome, Outcome::Bind);
    QCOMPARE(d.podName, std::string_view("pod2"));
    e.takeChanges();

    d = ask(e, "tenant1", "az1", "resource:gpu"); // group in AZ 1: only one pod -> failure
    QCOMPARE(d.outcome, Outcome::Fail);
    QCOMPARE(d.failure.code, FailCode::OnlyCandidate);
    QCOMPARE(d.podName, std::string_view("pod1"));
    QCOMPARE(e.pendingChangeCount(), std::size_t(0));
    QCOMPARE(active("tenant1"), (std::vector<std::string>{"id-pod1", "id-pod2"}));

    d = ask(e, "tenant1", "az2", "resource:gpu"); // group in AZ 2 -> rebound to the other pod
    QCOMPARE(d.outcome, Outcome::Rebind);
    QCOMPARE(d.podName, std::string_view("pod3"));
    QCOMPARE(d.previousPodId, std::string_view("id-pod2"));
    const auto changes = e.takeChanges();
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[0].kind, BindingChange::Kind::Ended); // old row inactive
    QCOMPARE(changes[0].podId, std::string_view("id-pod2"));
    QCOMPARE(changes[1].podId, std::string_view("id-pod3"));
    QCOMPARE(active("tenant1"), (std::vector<std::string>{"id-pod1", "id-pod3"}));
}

// Upstream keeps one row per (tenant, pod): back to pod2 hits the unique key.
void TestTrio2oPolicy::rotationBackToAnOldPodFails()
{
    CloudState c = upstreamCloud();
    c.bindings.push_back(binding("tenant1", "pod2", false)); // history
    c.bindings.push_back(binding("tenant1", "pod3"));
    Engine e(c, trio2o());
    const Decision d = ask(e, "tenant1", "az2", "resource:gpu"); // pod3 is last -> first = pod2
    QCOMPARE(d.outcome, Outcome::Fail);
    QCOMPARE(d.failure.code, FailCode::HistoryConflict);
    QCOMPARE(d.podName, std::string_view("pod2"));
    QCOMPARE(e.pendingChangeCount(), std::size_t(0));
}

void TestTrio2oPolicy::lastPodRotatesToFirst()
{
    CloudState c = upstreamCloud();
    c.bindings.push_back(binding("tenant9", "pod3"));
    Engine e(c, trio2o());
    const Decision d = ask(e, "tenant9", "az2", "resource:gpu");
    QCOMPARE(d.outcome, Outcome::Rebind);
    QCOMPARE(d.podName, std::string_view("pod2"));
}

void TestTrio2oPolicy::ignoresPodStateAndCapacity()
{
    Engine e(upstreamCloud(), trio2o());
    e.setState(*e.findPod("pod2"), PodState::Maintenance);
    e.addUsage(*e.findPod("pod2"), {1000, 0, 0});
    const Decision d = ask(e, "tenant5", "az2");
    QCOMPARE(d.outcome, Outcome::Bind);
    QCOMPARE(d.podName, std::string_view("pod2")); // upstream had no such filters
    const auto x = e.explain(e.resolve("tenant6", "az2", "").request);
    for (const auto &row : x.candidates)
        QCOMPARE(row.passed, row.podName == "pod2" || row.podName == "pod3");
}

// Several active bindings match an empty AZ: upstream's current is the
// lowest pod_id (its unique index's order), not the oldest binding.
void TestTrio2oPolicy::currentIsTheLowestPodId()
{
    CloudState c;
    c.pods = {pod("RegionOne", ""), pod("Pod-Bravo", "az1"), pod("Pod-Foxtrot", "az2")};
    c.pods[1].id = "pod-02";
    c.pods[2].id = "pod-01";
    Engine e(c, trio2o());
    QCOMPARE(ask(e, "t0", "").podName, std::string_view("Pod-Bravo"));   // first in table order
    QCOMPARE(ask(e, "t0", "az2").podName, std::string_view("Pod-Foxtrot")); // a second binding
    const Decision d = ask(e, "t0", "");
    QCOMPARE(d.outcome, Outcome::Keep);
    QCOMPARE(d.podName, std::string_view("Pod-Foxtrot")); // pod-01 < pod-02, although Bravo is older
    // With a group the rotation starts from Foxtrot: it is last, so back to
    // Bravo, which the tenant holds already -> upstream's unique key refuses.
    const Decision g = ask(e, "t0", "", "resource:gpu");
    QCOMPARE(g.outcome, Outcome::Fail);
    QCOMPARE(g.failure.code, FailCode::HistoryConflict);
    QCOMPARE(g.podName, std::string_view("Pod-Bravo"));
}

// Delta (az1), Charlie (az2), Foxtrot (az1): an empty AZ with a group rotates
// Charlie -> Foxtrot into az1, where upstream leaves Delta active too.
void TestTrio2oPolicy::crossAzRotationSaysUpstreamIsBoundTwice()
{
    CloudState c;
    c.pods = {pod("RegionOne", ""), pod("Delta", "az1"), pod("Charlie", "az2"), pod("Foxtrot", "az1")};
    Engine e(c, trio2o());
    QCOMPARE(ask(e, "t0", "az2").podName, std::string_view("Charlie"));
    QCOMPARE(ask(e, "t0", "az1").podName, std::string_view("Delta"));
    e.takeChanges();
    const Decision preview = e.preview(e.resolve("t0", "", "resource:gpu").request);
    const Decision d = ask(e, "t0", "", "resource:gpu");
    for (const Decision *x : {&preview, &d}) {
        QCOMPARE(x->outcome, Outcome::Rebind);
        QCOMPARE(x->podName, std::string_view("Foxtrot"));
        QCOMPARE(x->previousPodId, std::string_view("id-Charlie"));
        QVERIFY(x->departsFromUpstream());
        QCOMPARE(x->upstreamAlsoBoundName, std::string_view("Delta"));
        QCOMPARE(x->upstreamAlsoBoundId, std::string_view("id-Delta"));
        QCOMPARE(x->azName, std::string_view("az1"));
    }
    const auto changes = e.takeChanges();
    QCOMPARE(changes.size(), std::size_t(3));
    QCOMPARE(changes[0].kind, BindingChange::Kind::Ended); // the binding the store cannot keep
    QCOMPARE(changes[0].podId, std::string_view("id-Delta"));
    QCOMPARE(changes[1].kind, BindingChange::Kind::Ended); // the rotation's own end ...
    QCOMPARE(changes[1].podId, std::string_view("id-Charlie"));
    QCOMPARE(changes[2].kind, BindingChange::Kind::Created); // ... next to its start
    QCOMPARE(changes[2].podId, std::string_view("id-Foxtrot"));
    QCOMPARE(e.activeBindingCount(), std::size_t(1));
}

// A rotation that stays in its AZ and group is exactly upstream's: no flag.
void TestTrio2oPolicy::rotationWithinTheBucketFollowsUpstream()
{
    Engine e(upstreamCloud(), trio2o());
    QCOMPARE(ask(e, "t0", "az2").podName, std::string_view("pod2"));
    const Decision d = ask(e, "t0", "az2", "resource:gpu");
    QCOMPARE(d.outcome, Outcome::Rebind);
    QVERIFY(!d.departsFromUpstream());
    QCOMPARE(d.upstreamAlsoBoundId, std::string_view());
}

QTEST_GUILESS_MAIN(TestTrio2oPolicy)
#include "tst_trio2opolicy.moc"
