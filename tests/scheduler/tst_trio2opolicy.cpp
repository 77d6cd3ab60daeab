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

QTEST_GUILESS_MAIN(TestTrio2oPolicy)
#include "tst_trio2opolicy.moc"
