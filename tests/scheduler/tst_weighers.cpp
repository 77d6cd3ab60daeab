// SPDX-License-Identifier: Apache-2.0
// Each weigher alone, and the Nova-style normalisation in WeightTable:
// every weigher counts, order does not matter, nothing leaks between calls.

#include "weighers.h"
#include "weighttable.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace sched;

Q_DECLARE_METATYPE(sched::WeigherKind)

namespace {
PodRecord makePod(std::uint32_t index, std::uint32_t rank, std::int64_t usedRam, std::int64_t vms, double cost)
{
    PodRecord p;
    p.index = index;
    p.creationRank = rank;
    p.limit = {90, 900, 900};
    p.used = {10, usedRam, 100};
    p.runningVms = vms;
    p.cost = cost;
    return p;
}

std::vector<const Weigher *> raw(const std::vector<std::unique_ptr<Weigher>> &owned)
{
    std::vector<const Weigher *> out;
    for (const auto &w : owned)
        out.push_back(w.get());
    return out;
}
} // namespace

class TestWeighers : public QObject
{
    Q_OBJECT

private slots:
    void singleWeigher_data();
    void singleWeigher();
    void normalisation();
    void allEqualGivesZero();
    void everyWeigherCounts();
    void weigherOrderDoesNotMatter();
    void candidateOrderDoesNotMatter();
    void noStateBetweenCalls();
};

// Pod a and pod b differ in one respect; `aWins` says which one the weigher prefers.
void TestWeighers::singleWeigher_data()
{
    QTest::addColumn<WeigherKind>("kind");
    QTest::addColumn<bool>("aWins");
    QTest::addColumn<double>("rawA");
    // a: rank 0, 100 MB used, 5 VMs, cost 1.0, vcpus used 10, disk used 100
    QTest::newRow("older-pod-first") << WeigherKind::CreationOrder << true << 0.0;
    QTest::newRow("more-free-ram-first") << WeigherKind::FreeRam << true << 800.0;
    QTest::newRow("more-free-vcpus-first") << WeigherKind::FreeVcpus << false << 80.0;
    QTest::newRow("more-free-disk-first") << WeigherKind::FreeDisk << true << 800.0;
    QTest::newRow("fewer-vms-first") << WeigherKind::Workload << true << -5.0;
    QTest::newRow("cheaper-first") << WeigherKind::Cost << false << -1.0;
}

void TestWeighers::singleWeigher()
{
    QFETCH(WeigherKind, kind);
    QFETCH(bool, aWins);
    QFETCH(double, rawA);
    PodRecord a = makePod(0, 0, 100, 5, 1.0);
    PodRecord b = makePod(1, 7, 600, 9, 0.5);
    b.used = {5, 600, 500}; // b has more free vCPUs, less free disk
    const auto w = makeWeigher(kind);
    QCOMPARE(w->kind(), kind);
    QCOMPARE(w->raw(a, {}), rawA);
    WeightTable t;
    const std::vector<const Weigher *> ws{w.get()};
    const std::vector<const PodRecord *> pods{&a, &b};
    t.compute(ws, std::vector<double>{2.0}, pods, {});
    QCOMPARE(t.total(aWins ? 0 : 1), 2.0); // best normalises to 1, times the multiplier
    QCOMPARE(t.total(aWins ? 1 : 0), 0.0);
}

void TestWeighers::normalisation()
{
    const PodRecord a = makePod(0, 0, 0, 0, 1.0), b = makePod(1, 0, 450, 0, 1.0), c = makePod(2, 0, 900, 0, 1.0);
    const auto w = makeWeigher(WeigherKind::FreeRam);
    WeightTable t;
    t.compute(std::vector<const Weigher *>{w.get()}, std::vector<double>{3.0},
              std::vector<const PodRecord *>{&a, &b, &c}, {});
    QCOMPARE(t.normalised(0, 0), 1.0);
    QCOMPARE(t.normalised(1, 0), 0.5);
    QCOMPARE(t.normalised(2, 0), 0.0);
    QCOMPARE(t.weighted(1, 0), 1.5);
    QCOMPARE(t.raw(2, 0), 0.0);
}

void TestWeighers::allEqualGivesZero()
{
    const PodRecord a = makePod(0, 4, 100, 1, 1.0), b = makePod(1, 4, 100, 1, 1.0);
    const auto w = makeWeigher(WeigherKind::Cost);
    WeightTable t;
    t.compute(std::vector<const Weigher *>{w.get()}, std::vector<double>{5.0}, std::vector<const PodRecord *>{&a, &b}, {});
    QCOMPARE(t.total(0), 0.0);
    QCOMPARE(t.total(1), 0.0);
}

// Upstream's attempt returned after the first weigher: here a pod that only
// the LAST weigher favours must win when the earlier ones tie.
void TestWeighers::everyWeigherCounts()
{
    std::vector<std::unique_ptr<Weigher>> owned;
    for (std::size_t i = 0; i < kWeigherCount; ++i)
        owned.push_back(makeWeigher(WeigherKind(i)));
    const PodRecord a = makePod(0, 0, 100, 5, 2.0);
    PodRecord b = a;
    b.index = 1;
    b.cost = 1.0; // cheaper: only the cost weigher (last) sees a difference
    WeightTable t;
    t.compute(raw(owned), std::vector<double>(kWeigherCount, 1.0), std::vector<const PodRecord *>{&a, &b}, {});
    QVERIFY(t.total(1) > t.total(0));
    for (std::size_t w = 0; w + 1 < kWeigherCount; ++w)
        QCOMPARE(t.normalised(1, w), 0.0);
    QCOMPARE(t.normalised(1, kWeigherCount - 1), 1.0);
}

void TestWeighers::weigherOrderDoesNotMatter()
{
    std::vector<std::unique_ptr<Weigher>> owned;
    for (std::size_t i = 0; i < kWeigherCount; ++i)
        owned.push_back(makeWeigher(WeigherKind(i)));
    const std::vector<double> mult{4, 1, 2, 3, 0.5, 1.5};
    std::vector<PodRecord> pods;
    for (std::uint32_t i = 0; i < 6; ++i)
        pods.push_back(makePod(i, (i * 5) % 6, 100 * i, (i * 7) % 4, 0.5 + (i % 3)));
    std::vector<const PodRecord *> ptrs;
    for (const auto &p : pods)
        ptrs.push_back(&p);
    WeightTable ref;
    ref.compute(raw(owned), mult, ptrs, {});
    std::vector<std::size_t> perm(kWeigherCount);
    std::iota(perm.begin(), perm.end(), 0);
    int permutations = 0;
    do {
        std::vector<const Weigher *> ws;
        std::vector<double> ms;
        for (std::size_t k : perm) {
            ws.push_back(owned[k].get());
            ms.push_back(mult[k]);
        }
        WeightTable t;
        t.compute(ws, ms, ptrs, {});
        for (std::size_t c = 0; c < pods.size(); ++c)
            QVERIFY(std::abs(t.total(c) - ref.total(c)) < 1e-9);
        ++permutations;
    } while (std::next_permutation(perm.begin(), perm.end()));
    QCOMPARE(permutations, 720);
}

void TestWeighers::candidateOrderDoesNotMatter()
{
    std::vector<std::unique_ptr<Weigher>> owned;
    for (std::size_t i = 0; i < kWeigherCount; ++i)
        owned.push_back(makeWeigher(WeigherKind(i)));
    std::vector<PodRecord> pods;
    for (std::uint32_t i = 0; i < 5; ++i)
        pods.push_back(makePod(i, (i * 3) % 5, 150 * i, (i * 7) % 4, 0.5 + (i % 3)));
    std::vector<const PodRecord *> ptrs;
    for (const auto &p : pods)
        ptrs.push_back(&p);
    WeightTable ref;
    ref.compute(raw(owned), std::vector<double>(kWeigherCount, 1.0), ptrs, {});
    std::vector<const PodRecord *> reversed(ptrs.rbegin(), ptrs.rend());
    WeightTable t;
    t.compute(raw(owned), std::vector<double>(kWeigherCount, 1.0), reversed, {});
    for (std::size_t c = 0; c < pods.size(); ++c)
        QCOMPARE(t.total(pods.size() - 1 - c), ref.total(c));
}

// Upstream's attempt kept min/max between calls: weighing a wide set first
// must not change how a narrow set is weighed afterwards.
void TestWeighers::noStateBetweenCalls()
{
    const auto w = makeWeigher(WeigherKind::FreeRam);
    const std::vector<const Weigher *> ws{w.get()};
    const std::vector<double> mult{1.0};
    const PodRecord wide0 = makePod(0, 0, 0, 0, 1), wide1 = makePod(1, 0, 900, 0, 1);
    const PodRecord n0 = makePod(2, 0, 400, 0, 1), n1 = makePod(3, 0, 500, 0, 1);
    WeightTable fresh;
    fresh.compute(ws, mult, std::vector<const PodRecord *>{&n0, &n1}, {});
    WeightTable reused;
    reused.compute(ws, mult, std::vector<const PodRecord *>{&wide0, &wide1, &n0}, {});
    reused.compute(ws, mult, std::vector<const PodRecord *>{&n0, &n1}, {});
    QCOMPARE(reused.candidates(), std::size_t(2));
    QCOMPARE(reused.total(0), fresh.total(0));
    QCOMPARE(reused.total(1), fresh.total(1));
    QCOMPARE(reused.total(0), 1.0);
}

QTEST_GUILESS_MAIN(TestWeighers)
#include "tst_weighers.moc"
