// SPDX-License-Identifier: Apache-2.0
// The capacity outlook on hand-made clouds whose answers are known: a pod
// growing k units a day crosses its threshold on the day the arithmetic says
// (within a day), a group of pods filling in order is full on the day the last
// one is, and every "no projection" says why.

#include "capacityoutlook.h"
#include "groupfill.h"
#include "historygenerator.h"

#include <QTest>

#include <cmath>

using namespace sched;
using namespace sched::outlook;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000'000; // 2027-01-15
constexpr std::int64_t kDay = 86'400'000'000;

Pod bottomPod(const std::string &name, const std::string &az, std::int64_t created, std::int64_t vcpus)
{
    Pod p;
    p.id = "id-" + name;
    p.name = name;
    p.azName = az;
    p.createdAtUs = created;
    p.threshold = 0.8;
    p.capacity = {vcpus, vcpus * 2048, vcpus * 10};
    return p;
}

// Daily vCPU samples for the last `days` days ending today at `now`, growing
// `perDay`; RAM and disk stay flat at zero growth.
void grow(CloudState &s, Pod &pod, std::int64_t now, double perDay, int days = 60)
{
    auto &h = s.usageHistory[pod.id];
    for (int k = days - 1; k >= 0; --k) {
        UsageSample u;
        u.atUs = kNow - k * kDay;
        u.used = {std::llround(double(now) - perDay * k), 1000, 10};
        u.runningVms = (now - std::llround(perDay * k)) / 2;
        h.push_back(u);
    }
    pod.used = {now, 1000, 10};
    pod.runningVms = now / 2;
}

OutlookOptions options()
{
    OutlookOptions o;
    o.nowUs = kNow;
    return o;
}

} // namespace

class TestCapacityOutlook : public QObject
{
    Q_OBJECT

private slots:
    void linearGrowthCrossesOnTheComputedDay()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Pod1", "az1", 1, 1000));
        grow(s, s.pods[0], 500, 4.0); // limit 800: (800 - 500) / 4 = 75 days
        const CapacityOutlook out = computeOutlook(s, options());
        QCOMPARE(out.pods.size(), std::size_t(1));
        const ResourceOutlook &v = out.pods[0].resources[0];
        QCOMPARE(v.limit, 800.0);
        QVERIFY(v.daysRemaining.trend);
        QVERIFY(std::abs(*v.daysRemaining.trend - 75) <= 1);
        QVERIFY(std::abs(*v.daysRemaining.conservative - 75) <= 1); // no noise: no band
        QCOMPARE(v.capacityRemaining, std::optional<std::int64_t>(300));
        // RAM is flat: no date, and it says so.
        QCOMPARE(out.pods[0].resources[1].daysRemaining.reason, std::optional(NoProjection::FlatOrFalling));
    }

    void noiseKeepsTheTruthInsideTheBand()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Pod1", "az1", 1, 1000));
        Pod &pod = s.pods[0];
        auto &h = s.usageHistory[pod.id];
        for (int k = 89; k >= 0; --k) {
            const double noise = 15 * std::sin(k * 1.7); // within ±15
            h.push_back({kNow - k * kDay, {std::llround(400 - 3.0 * k + noise), 0, 0}, std::nullopt});
        }
        pod.used = {400, 0, 0};
        const auto r = computeOutlook(s, options()).pods[0].resources[0];
        const double truth = (800 - 400) / 3.0; // 133.3 days
        QVERIFY(r.daysRemaining.conservative && r.daysRemaining.trend);
        QVERIFY2(*r.daysRemaining.conservative <= truth + 1 && truth - 1 <= *r.daysRemaining.trend + r.fit.band / 3,
                 qPrintable(QStringLiteral("%1 .. %2").arg(*r.daysRemaining.conservative).arg(*r.daysRemaining.trend)));
        QVERIFY(*r.daysRemaining.conservative < *r.daysRemaining.trend);
    }

    void stepCountsAsALevelNotAGrowthRate()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Pod1", "az1", 1, 1000));
        Pod &pod = s.pods[0];
        auto &h = s.usageHistory[pod.id];
        for (int k = 59; k >= 0; --k) // 2 a day, +200 ten days ago
            h.push_back({kNow - k * kDay, {300 - 2 * k + (k <= 10 ? 200 : 0), 0, 0}, std::nullopt});
        pod.used = {500, 0, 0};
        const auto r = computeOutlook(s, options()).pods[0].resources[0];
        QCOMPARE(r.fit.steps, 1);
        QVERIFY(std::abs(*r.daysRemaining.trend - (800 - 500) / 2.0) <= 1); // 150, not (300/~5)
    }

    void honestNoProjection()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Young", "az1", 1, 100));
        s.pods.push_back(bottomPod("Unknown", "az1", 2, 100));
        s.pods.push_back(bottomPod("NoCapacity", "az1", 3, 0));
        s.pods[0].used = {50, 0, 0};
        s.usageHistory[s.pods[0].id] = {{kNow - kDay, {49, 0, 0}, {}}, {kNow, {50, 0, 0}, {}}};
        const auto out = computeOutlook(s, options());
        QCOMPARE(out.pods[0].resources[0].daysRemaining.reason, std::optional(NoProjection::TooLittleHistory));
        QCOMPARE(out.pods[1].resources[0].daysRemaining.reason, std::optional(NoProjection::UsageUnknown));
        QCOMPARE(out.pods[2].resources[0].daysRemaining.reason, std::optional(NoProjection::NoCapacity));
        QVERIFY(!out.pods[0].resources[0].daysRemaining.trend);
        QVERIFY(out.groups.size() == 1 && !out.groups[0].newPodNeeded.trend);
        QVERIFY(out.groups[0].newPodNeeded.reason);
    }

    void groupOfThreeIsFullWhenTheThirdIs()
    {
        // Pod1 (oldest) grows 5 a day with 100 left; Pod2 and Pod3 are idle
        // with 200 and 300 left. Pod1 is full after 20 days, then its growth
        // fills Pod2 in 40 more, then Pod3 in 60 more: day 120.
        CloudState s;
        s.pods.push_back(bottomPod("Pod1", "az2", 1, 1000));
        s.pods.push_back(bottomPod("Pod2", "az2", 2, 1000));
        s.pods.push_back(bottomPod("Pod3", "az2", 3, 1000));
        grow(s, s.pods[0], 700, 5.0);
        grow(s, s.pods[1], 600, 0.0);
        grow(s, s.pods[2], 500, 0.0);
        const auto out = computeOutlook(s, options());
        QCOMPARE(out.groups.size(), std::size_t(1));
        const GroupOutlook &g = out.groups[0];
        QCOMPARE(g.az, std::string("az2"));
        QVERIFY(g.newPodNeeded.trend);
        QVERIFY2(std::abs(*g.newPodNeeded.trend - 120) <= 1, qPrintable(QString::number(*g.newPodNeeded.trend)));
        QCOMPARE(g.growthPerDay[0], 5.0);
        // To last the 90-day horizon below a 0.9 threshold: 5 * 90 / 0.9 = 500 vCPUs.
        QCOMPARE(g.newPodCapacity[0], std::int64_t(500));
    }

    void maintenancePodsTakeNoneButTheirGrowthGoesOn()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Old", "az1", 1, 1000));
        s.pods.push_back(bottomPod("New", "az1", 2, 1000));
        grow(s, s.pods[0], 100, 10.0); // in maintenance: its 10 a day move to New
        grow(s, s.pods[1], 300, 0.0);  // 500 left: 50 days
        s.pods[0].state = PodState::Maintenance;
        const auto out = computeOutlook(s, options());
        QVERIFY(std::abs(*out.groups[0].newPodNeeded.trend - 50) <= 1);
    }

    void groupWithNoPodTakingTenantsNeedsOneNow()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Old", "az1", 1, 1000));
        grow(s, s.pods[0], 100, 10.0);
        s.pods[0].state = PodState::Disabled;
        const auto out = computeOutlook(s, options());
        QVERIFY(out.groups[0].noneTakesNew);
        QCOMPARE(out.groups[0].newPodNeeded.trend, std::optional<double>(0.0));
        QVERIFY(!out.groups[0].newPodNeeded.reason);
    }

    void groupsSortNaturally()
    {
        CloudState s;
        for (const char *az : {"az10", "az2", "az1"})
            s.pods.push_back(bottomPod(std::string("p-") + az, az, 1, 10));
        const auto out = computeOutlook(s, options());
        QCOMPARE(out.groups.size(), std::size_t(3));
        QCOMPARE(out.groups[0].az, std::string("az1"));
        QCOMPARE(out.groups[1].az, std::string("az2"));
        QCOMPARE(out.groups[2].az, std::string("az10"));
    }

    void typicalVmIsMeasuredOrGiven()
    {
        CloudState s;
        s.pods.push_back(bottomPod("Pod1", "az1", 1, 1000));
        grow(s, s.pods[0], 500, 4.0); // 4 vCPUs a day, 2 VMs a day: 2 vCPUs per VM
        auto out = computeOutlook(s, options());
        QVERIFY(out.typicalVm);
        QCOMPARE((*out.typicalVm)[0], std::int64_t(2));
        QCOMPARE(out.pods[0].resources[0].typicalVmsRemaining, std::optional<std::int64_t>(150));
        auto o = options();
        o.vmSize = Amounts{4, 8192, 80};
        out = computeOutlook(s, o);
        QCOMPARE(out.pods[0].resources[0].typicalVmsRemaining, std::optional<std::int64_t>(75));
    }

    void generatedHistoryEndsAtTodaysUsageAndProjects()
    {
        CloudState s;
        for (int i = 0; i < 20; ++i) {
            s.pods.push_back(bottomPod("Pod" + std::to_string(i), "az1", i, 1000));
            s.pods.back().used = {300 + 10 * i, 600000, 3000};
            s.pods.back().runningVms = 100;
        }
        generateHistory(s, {120, kNow, 7});
        QCOMPARE(s.usageHistory.size(), std::size_t(20));
        int projected = 0;
        for (const Pod &p : s.pods) {
            const auto &h = s.usageHistory.at(p.id);
            QCOMPARE(h.size(), std::size_t(120));
            QCOMPARE(h.back().atUs, kNow);
            QCOMPARE(h.back().used, p.used);
        }
        for (const auto &p : computeOutlook(s, options()).pods)
            projected += p.resources[0].daysRemaining.trend.has_value();
        QVERIFY2(projected >= 15, qPrintable(QString::number(projected)));
        CloudState again = s;
        generateHistory(again, {120, kNow, 7});
        QVERIFY(again.usageHistory == s.usageHistory); // a pure function of its parameters
    }
};

QTEST_GUILESS_MAIN(TestCapacityOutlook)
#include "tst_capacityoutlook.moc"
