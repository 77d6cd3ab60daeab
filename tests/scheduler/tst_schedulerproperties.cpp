// SPDX-License-Identifier: Apache-2.0
// Property-style tests: thousands of random requests and mutations on
// generated clouds; after every step the invariants must hold.

#include "cloudgenerator.h"
#include "engine.h"

#include <QTest>

#include <map>
#include <set>

using namespace sched;

namespace {
struct Op {
    int kind = 0; // 0 request, 1 state change, 2 usage
    std::string tenant, az, group;
    std::optional<Amounts> size;
    std::uint32_t pod = 0;
    PodState state = PodState::Enabled;
};

std::vector<Op> makeOps(const CloudState &cloud, std::uint64_t seed, int count)
{
    SplitMix64 rng(seed);
    std::vector<Op> ops;
    for (int i = 0; i < count; ++i) {
        Op op;
        const auto roll = rng.below(100);
        op.kind = roll < 90 ? 0 : roll < 95 ? 1 : 2;
        op.pod = std::uint32_t(rng.below(cloud.pods.size()));
        op.state = PodState(rng.below(3) == 0 ? rng.below(3) : 0);
        const Binding &b = cloud.bindings[rng.below(cloud.bindings.size())];
        op.tenant = rng.chance(0.8) ? b.tenantId : "new-" + std::to_string(rng.below(500));
        op.az = rng.chance(0.1) ? std::string() : "az" + std::to_string(1 + rng.below(6)); // az6: unknown
        op.group = rng.chance(0.5) ? "" : "resource:gpu";
        if (rng.chance(0.7))
            op.size = Amounts{std::int64_t(1 + rng.below(32)), std::int64_t(512 * (1 + rng.below(64))),
                              std::int64_t(rng.below(200))};
        ops.push_back(std::move(op));
    }
    return ops;
}

using Key = std::tuple<std::string, std::string, std::string>; // tenant, az, group

std::set<std::pair<std::string, std::string>> activeSet(const Engine &e)
{
    std::set<std::pair<std::string, std::string>> out;
    for (const auto &b : e.activeBindings())
        out.emplace(b.tenantId, b.podId);
    return out;
}
} // namespace

class TestSchedulerProperties : public QObject
{
    Q_OBJECT

private slots:
    void randomRequests_data();
    void randomRequests();

private:
    void checkDecision(const Engine &e, const Decision &d, const Explanation &x);
};

void TestSchedulerProperties::randomRequests_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("subset");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("weighted-default") << int(Policy::Weighted) << 1 << quint64(1);
    QTest::newRow("weighted-other-cloud") << int(Policy::Weighted) << 1 << quint64(2);
    QTest::newRow("weighted-subset-of-three") << int(Policy::Weighted) << 3 << quint64(3);
    QTest::newRow("trio2o-upstream") << int(Policy::Trio2o) << 1 << quint64(4);
}

void TestSchedulerProperties::checkDecision(const Engine &e, const Decision &d, const Explanation &x)
{
    QCOMPARE(x.decision.outcome, d.outcome);
    QCOMPARE(x.decision.pod, d.pod);
    if (d.outcome == Outcome::Fail)
        return;
    const PodRecord &pod = e.podRecord(d.pod);
    QVERIFY(!pod.top);      // never the top region
    QVERIFY(!pod.removed);
    const CandidateReport *row = nullptr;
    for (const auto &c : x.candidates)
        if (c.pod == d.pod)
            row = &c;
    QVERIFY(row && row->chosen);
    if (e.config().policy == Policy::Trio2o)
        return; // upstream has no state or capacity filters
    QCOMPARE(pod.state, PodState::Enabled); // never maintenance or disabled
    QVERIFY(row->passed);                   // a kept binding passes every filter, so does a new one
    if (d.outcome == Outcome::Keep || e.config().subsetSize > 1)
        return;
    for (const auto &c : x.candidates) // the fast path chose the reference's best
        if (c.passed && c.pod != d.pod)
            QVERIFY(c.total < row->total ||
                    (c.total == row->total && e.podRecord(c.pod).nameRank > pod.nameRank));
}

void TestSchedulerProperties::randomRequests()
{
    QFETCH(int, policy);
    QFETCH(int, subset);
    QFETCH(quint64, seed);
    const CloudState cloud = generateCloud({5, 60, 2000, seed});
    SchedulerConfig cfg;
    cfg.policy = Policy(policy);
    cfg.subsetSize = std::uint32_t(subset);
    cfg.seed = seed;
    Engine e(cloud, cfg), twin(cloud, cfg);
    auto reference = activeSet(e); // replayed from the change log
    const auto ops = makeOps(cloud, seed * 77, 4000);
    std::array<int, 4> outcomes{};
    for (const Op &op : ops) {
        if (op.kind != 0) {
            for (Engine *x : {&e, &twin}) {
                if (op.kind == 1)
                    x->setState(op.pod, op.state);
                else
                    x->addUsage(op.pod, {16, 65536, 100});
            }
            continue;
        }
        const auto r = e.resolve({op.tenant, op.az, *parseGroup(op.group), op.size, {}, std::nullopt});
        QVERIFY(r.ok());
        const Decision first = e.preview(r.request);
        const Explanation x = e.explain(r.request);
        const Decision d = e.select(r.request);
        QCOMPARE(d.outcome, first.outcome); // the same input, the same decision
        QCOMPARE(d.pod, first.pod);
        checkDecision(e, d, x);
        ++outcomes[std::size_t(d.outcome)];
        if (QTest::currentTestFailed())
            return;
        const Decision t = twin.select(twin.resolve({op.tenant, op.az, *parseGroup(op.group), op.size, {}, std::nullopt}).request);
        QCOMPARE(t.podId, d.podId);
        QCOMPARE(t.outcome, d.outcome);
        for (const BindingChange &c : e.takeChanges()) {
            const std::pair<std::string, std::string> row{std::string(c.tenantId), std::string(c.podId)};
            if (c.kind == BindingChange::Kind::Ended)
                QVERIFY(reference.erase(row) == 1);
            else
                QVERIFY(reference.insert(row).second);
        }
    }
    qInfo("keep %d, bind %d, rebind %d, fail %d", outcomes[0], outcomes[1], outcomes[2], outcomes[3]);
    for (const int n : outcomes) // every outcome was exercised
        QVERIFY(n > 0);
    QCOMPARE(activeSet(e), reference);
    std::set<Key> keys; // never two active bindings for one (tenant, AZ, group)
    for (const auto &b : e.activeBindings()) {
        QVERIFY(keys.emplace(std::string(b.tenantId), std::string(b.azName), std::string(b.groupKey)).second);
        QVERIFY(!e.podRecord(b.pod).top);
    }
}

QTEST_GUILESS_MAIN(TestSchedulerProperties)
#include "tst_schedulerproperties.moc"
