// SPDX-License-Identifier: Apache-2.0
// Each weigher alone, and the Nova-style normalisation in WeightTable:
// every weigher counts, order does not matter, nothing leaks between calls.

#include "splitmix64.h"
#include "weighers.h"
#include "weighttable.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
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
    void bestIsTheTopOfTheTable_data();
    void bestIsTheTopOfTheTable();
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

namespace {

// A value from a small set (ties, equal columns) or a wide range (near-ties
// far below the totals' rounding), per the table's style.
std::int64_t pick(SplitMix64 &rng, int style, std::int64_t wide)
{
    if (style == 0)
        return std::int64_t(rng.below(3));
    if (style == 1)
        return std::int64_t(rng.below(std::uint64_t(wide)));
    return rng.chance(0.2) ? 0 : wide - std::int64_t(rng.below(4)); // a few units apart over a huge range
}

double multiplier(SplitMix64 &rng, int style)
{
    static const double special[] = {1000.0, 1.0, -1.0, 0.0, 1e-300, 1e300, -2.5, 3e-9};
    if (style == 3)
        return special[rng.below(std::size(special))];
    return double(std::int64_t(rng.below(2001)) - 1000) / 10.0;
}

} // namespace

// best() picks what a scan of compute()'s totals picks - the highest total,
// ties to the lower name rank - bit for bit, whatever the values: ties, totals
// a rounding error apart, huge and tiny multipliers, a cost that is infinite.
void TestWeighers::bestIsTheTopOfTheTable_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("few-values-many-ties") << 0 << quint64(11);
    QTest::newRow("wide-values") << 1 << quint64(12);
    QTest::newRow("near-ties-at-2^52") << 2 << quint64(13);
    QTest::newRow("extreme-multipliers") << 3 << quint64(14);
}

void TestWeighers::bestIsTheTopOfTheTable()
{
    QFETCH(int, style);
    QFETCH(quint64, seed);
    SplitMix64 rng(seed);
    std::vector<std::unique_ptr<Weigher>> owned;
    for (std::size_t i = 0; i < kWeigherCount; ++i)
        owned.push_back(makeWeigher(WeigherKind(i)));
    const std::int64_t wide = style == 2 ? (std::int64_t(1) << 52) : 1'000'000'000;
    int nonZeroWinners = 0;
    int tiedTops = 0;
    int closeCalls = 0; // a runner-up within 1e-12 of the winner (relative to the multipliers), not equal
    WeightTable reused; // one table for every round, as the engine does
    for (int round = 0; round < 3000; ++round) {
        std::vector<PodRecord> pods(1 + rng.below(40));
        for (std::uint32_t i = 0; i < pods.size(); ++i) {
            PodRecord &p = pods[i];
            p.index = i;
            p.creationRank = std::uint32_t(pick(rng, style == 3 ? 1 : style, 1000));
            p.nameRank = std::uint32_t(rng.below(1000));
            for (std::size_t r = 0; r < kResourceCount; ++r) {
                p.limit[r] = pick(rng, style == 3 ? 1 : style, wide);
                p.used[r] = rng.chance(0.1) ? kUnknownUsage : pick(rng, 0, 2);
            }
            p.runningVms = pick(rng, style == 3 ? 1 : style, 1000);
            p.cost = style == 3 && rng.chance(0.02) ? std::numeric_limits<double>::infinity()
                                                    : 0.5 + double(pick(rng, 0, 3));
        }
        std::vector<const Weigher *> ws;
        std::vector<double> mults;
        for (std::size_t w = 0; w < kWeigherCount; ++w)
            if (rng.chance(0.7)) {
                ws.push_back(owned[w].get());
                mults.push_back(multiplier(rng, style));
            }
        std::vector<const PodRecord *> ptrs;
        for (const auto &p : pods)
            ptrs.push_back(&p);
        WeightTable ref;
        ref.compute(ws, mults, ptrs, {});
        std::size_t expected = 0;
        for (std::size_t c = 1; c < ptrs.size(); ++c) {
            const double tc = ref.total(c), tb = ref.total(expected);
            if (tc != tb ? tc > tb : ptrs[c]->nameRank < ptrs[expected]->nameRank)
                expected = c;
        }
        const std::size_t got = reused.best(ws, mults, ptrs, {});
        QCOMPARE(got, expected);
        nonZeroWinners += ref.total(expected) != 0.0;
        double scale = 0.0;
        for (const double m : mults)
            scale += std::fabs(m);
        bool tied = false, close = false;
        for (std::size_t c = 0; c < ptrs.size(); ++c) {
            const double gap = ref.total(expected) - ref.total(c);
            tied = tied || (c != expected && gap == 0.0);
            close = close || (gap > 0.0 && gap < 1e-12 * scale);
        }
        tiedTops += tied;
        closeCalls += close;
    }
    qInfo("non-zero winners %d, tied tops %d, close calls %d", nonZeroWinners, tiedTops, closeCalls);
    QVERIFY(nonZeroWinners > 1000); // the totals decided, not only the name ranks
    if (style == 0)
        QVERIFY(tiedTops > 100); // ties were exercised
    if (style == 2)
        QVERIFY(closeCalls > 100); // so were totals within the cheap totals' rounding
}

QTEST_GUILESS_MAIN(TestWeighers)
#include "tst_weighers.moc"
