// SPDX-License-Identifier: Apache-2.0
// Property-style tests: thousands of random requests and mutations on
// generated clouds; after every step the invariants must hold. The candidate
// loop takes a bucket's ready pods as a block from its summary (only the rest
// one by one); explain() checks every pod with every filter itself, so it is
// the reference the summaries are held to.

#include "cloudgenerator.h"
#include "engine.h"

#include <QTest>

#include <cmath>
#include <limits>
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

    void bucketSummariesAgreeWithEachPodsOwnCheck_data();
    void bucketSummariesAgreeWithEachPodsOwnCheck();
    void blockAndPodByPodPathsAgreeEvenOnNanCosts();

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

namespace {
// A generated cloud made hostile: usage past the limit, unknown usage, zero
// and int64-sized capacities, every state.
CloudState hostileCloud(std::uint64_t seed)
{
    CloudState cloud = generateCloud({4, 48, 600, seed});
    SplitMix64 rng(seed ^ 0x5eed);
    for (Pod &p : cloud.pods) {
        if (p.isTop())
            continue;
        switch (rng.below(8)) {
        case 0: p.used = {p.capacity[0], p.capacity[1], p.capacity[2]}; break; // past any threshold
        case 1: p.used = {}; break;                                             // never collected
        case 2: p.capacity = {0, 0, 0}; break;
        case 3: p.capacity = {std::numeric_limits<std::int64_t>::max(), 1 << 20, 100}; break;
        case 4: p.state = PodState(rng.below(3)); break;
        default: break;
        }
    }
    return cloud;
}

std::optional<Amounts> hostileSize(SplitMix64 &rng)
{
    switch (rng.below(6)) {
    case 0: return std::nullopt;
    case 1: return Amounts{0, 0, 0};
    case 2: return Amounts{std::numeric_limits<std::int64_t>::max(), 1, 1};
    case 3: return Amounts{1, std::int64_t(1) << 40, 0};
    default: return Amounts{std::int64_t(1 + rng.below(64)), std::int64_t(512 * (1 + rng.below(256))),
                            std::int64_t(rng.below(400))};
    }
}

// A bound tenant (70 %) or a new one, in one of az1..az4 or none (`noAz`),
// general or GPU, of a hostileSize().
Request hostileRequest(const CloudState &cloud, SplitMix64 &rng, int step, double noAz)
{
    Request q;
    q.tenantId = rng.chance(0.7) ? cloud.bindings[rng.below(cloud.bindings.size())].tenantId
                                 : "new-" + std::to_string(step);
    q.az = rng.chance(noAz) ? std::string() : "az" + std::to_string(1 + rng.below(4));
    q.group = *parseGroup(rng.chance(0.5) ? "" : "resource:gpu");
    q.size = hostileSize(rng);
    return q;
}

bool structural(FilterKind f)
{
    return f == FilterKind::BottomPod || f == FilterKind::AvailabilityZone || f == FilterKind::ResourceAffinity;
}
} // namespace

void TestSchedulerProperties::bucketSummariesAgreeWithEachPodsOwnCheck_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("hostile-cloud-1") << quint64(11);
    QTest::newRow("hostile-cloud-2") << quint64(12);
    QTest::newRow("hostile-cloud-3") << quint64(13);
}

// Every decision that weighs (not a kept binding) must count the same
// rejections per filter as explain() finds among the pods in the request's
// scope, and choose explain()'s best passing pod; in between, pods change
// usage, capacity, threshold and state, and pods come and go (each marks a
// bucket summary stale or rebuilds them all).
void TestSchedulerProperties::bucketSummariesAgreeWithEachPodsOwnCheck()
{
    QFETCH(quint64, seed);
    const CloudState cloud = hostileCloud(seed);
    Engine e(cloud);
    SplitMix64 rng(seed * 31);
    std::array<int, 4> outcomes{};
    int withPodLists = 0;
    for (int step = 0; step < 3000; ++step) {
        const auto pod = std::uint32_t(rng.below(e.podCount()));
        const auto roll = rng.below(100);
        if (roll < 6 && e.podExists(pod)) {
            if (const auto size = hostileSize(rng))
                roll < 3 ? e.addUsage(pod, *size) : (void)e.subtractUsage(pod, *size);
            continue;
        }
        if (roll < 9 && e.podExists(pod)) {
            e.setState(pod, PodState(rng.below(3)));
            continue;
        }
        if (roll < 11 && e.podExists(pod)) {
            e.setCapacity(pod, hostileSize(rng).value_or(Amounts{8, 8192, 80}), 0.5 + 0.5 * rng.unit());
            continue;
        }
        if (roll == 11 && e.podExists(pod) && !e.podRecord(pod).top) {
            e.removePod(pod);
            continue;
        }
        if (roll == 12) {
            Pod p = e.pod(pod);
            p.id = "added-" + std::to_string(step);
            p.name = p.id;
            if (p.isTop())
                p.azName = "az1";
            p.createdAtUs += 1;
            e.addPod(p);
            continue;
        }
        Request q = hostileRequest(cloud, rng, step, 0.4);
        if (rng.chance(0.15) && e.podExists(pod)) {
            q.ignorePods.push_back(e.pod(pod).id);
            ++withPodLists;
        } else if (rng.chance(0.05) && e.podExists(pod)) {
            q.destinationPod = e.pod(pod).name;
            ++withPodLists;
        }
        const auto r = e.resolve(q);
        if (!r.ok())
            continue;
        const Decision d = e.preview(r.request);
        const Explanation x = e.explain(r.request);
        ++outcomes[std::size_t(d.outcome)];
        if (d.outcome == Outcome::Keep)
            continue; // decided before any pod was weighed
        std::array<std::uint32_t, kFilterCount> expected{};
        const CandidateReport *best = nullptr;
        for (const CandidateReport &c : x.candidates) {
            if (c.rejection && !structural(c.rejection->filter))
                ++expected[std::size_t(c.rejection->filter)];
            if (c.passed && (!best || c.total > best->total ||
                             (c.total == best->total && e.podRecord(c.pod).nameRank < e.podRecord(best->pod).nameRank)))
                best = &c;
        }
        for (std::size_t f = 0; f < kFilterCount; ++f)
            QCOMPARE(d.failure.rejectedBy[f], expected[f]);
        if (!best) {
            QCOMPARE(d.outcome, Outcome::Fail);
            continue;
        }
        QVERIFY(d.outcome != Outcome::Fail);
        QCOMPARE(e.pod(d.pod).name, e.pod(best->pod).name);
    }
    qInfo("keep %d, bind %d, rebind %d, fail %d; %d with an ignored or forced pod", outcomes[0], outcomes[1],
          outcomes[2], outcomes[3], withPodLists);
    for (const int n : outcomes)
        QVERIFY(n > 20);
    QVERIFY(withPodLists > 100);
}

// The candidate loop takes a bucket pod by pod, in bucket order, whenever the
// request names pods (an ignored or forced one); ignoring the top region,
// which is never a candidate, changes nothing else. So every request must be
// decided alike with and without that ignore - also where a pod's cost is not
// a number or infinite (the scheduler library is given such pods only by a
// caller that skipped the model's checks), which makes the weights' bounds
// depend on the order the block path would change.
void TestSchedulerProperties::blockAndPodByPodPathsAgreeEvenOnNanCosts()
{
    CloudState cloud = hostileCloud(21);
    SplitMix64 rng(2121);
    std::string topId;
    for (Pod &p : cloud.pods) {
        if (p.isTop())
            topId = p.id;
        else if (rng.chance(0.15))
            p.cost = rng.chance(0.5) ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    }
    Engine e(cloud);
    int nanCandidates = 0;
    for (int step = 0; step < 3000; ++step) {
        const auto pod = std::uint32_t(rng.below(e.podCount()));
        if (rng.chance(0.05) && e.podExists(pod)) {
            if (const auto size = hostileSize(rng))
                e.addUsage(pod, *size);
            continue;
        }
        Request q = hostileRequest(cloud, rng, step, 0.5);
        Request podByPod = q;
        podByPod.ignorePods.push_back(topId);
        const Decision block = e.preview(e.resolve(q).request);
        const Decision each = e.preview(e.resolve(podByPod).request);
        QCOMPARE(block.outcome, each.outcome);
        QCOMPARE(block.pod, each.pod);
        for (std::size_t f = 0; f < kFilterCount; ++f)
            QCOMPARE(block.failure.rejectedBy[f], each.failure.rejectedBy[f]);
        QCOMPARE(block.failure.example.has_value(), each.failure.example.has_value());
        if (block.failure.example)
            QCOMPARE(describe(block.failure), describe(each.failure));
        const Explanation x = e.explain(e.resolve(q).request);
        nanCandidates += std::any_of(x.candidates.begin(), x.candidates.end(), [&](const CandidateReport &c) {
            return c.passed && std::isnan(e.pod(c.pod).cost);
        });
    }
    qInfo("%d decisions weighed a pod whose cost is not a number", nanCandidates);
    QVERIFY(nanCandidates > 100);
}

QTEST_GUILESS_MAIN(TestSchedulerProperties)
#include "tst_schedulerproperties.moc"
