// SPDX-License-Identifier: Apache-2.0
// The what-if "grow" event on a hand-made base with a known history: a pod
// growing 4 vCPUs a day with 2-vCPU VMs grows by 20 VMs in 10 days, its
// tenants' requests go through the scheduler (a full pod's tenants rebind to
// the next pod of the group), pods without a projection are counted by
// reason, and the expansion is the same every time (no clock).

#include "growth.h"
#include "whatifrun.h"
#include "whatiftestclouds.h"

#include <QTest>

using namespace whatif;
using whatiftest::binding;
using whatiftest::pod;

namespace {

constexpr std::int64_t kDay = 86'400'000'000;
constexpr std::int64_t kNow = 1'800'000'000'000'000; // the last sample

// Daily samples over `days` + 1 days ending at kNow: vCPUs rise `perDay` a
// day up to `nowUsed`, VMs by perDay / 2 (2-vCPU VMs); RAM and disk flat.
void history(sched::CloudState &c, const std::string &podName, std::int64_t nowUsed, std::int64_t perDay, int days)
{
    auto &h = c.usageHistory["id-" + podName];
    for (int k = days; k >= 0; --k) {
        sched::UsageSample s;
        s.atUs = kNow - k * kDay;
        s.used = {nowUsed - perDay * k, 0, 0};
        s.runningVms = (nowUsed - perDay * k) / 2;
        h.push_back(s);
    }
    for (sched::Pod &p : c.pods)
        if (p.name == podName)
            p.used = {nowUsed, 0, 0}, p.runningVms = nowUsed / 2;
}

// az1 general: p1 (50 vCPUs, threshold 0.9, 40 used, +4/day; tenants t1, t2), p2 (100, flat;
// t3), p3 (100, two samples; t4); az1 gpu: g1 (+4/day; t5); az2: q1 (+4/day,
// no tenant).
sched::CloudState grownCloud()
{
    sched::CloudState c;
    c.pods = {pod("RegionOne", "", "", 0), pod("p1", "az1", "", 10, 50), pod("p2", "az1", "", 20, 100),
              pod("p3", "az1", "", 30, 100), pod("g1", "az1", "resource:gpu", 40, 1000), pod("q1", "az2", "", 50, 1000)};
    c.bindings = {binding("t1", "p1"), binding("t2", "p1"), binding("t3", "p2"), binding("t4", "p3"),
                  binding("t5", "g1"), binding("t0", "p1", false)};
    c.pods[1].threshold = 0.9; // a limit of 45 vCPUs
    history(c, "p1", 40, 4, 10);
    history(c, "p2", 10, 0, 10);
    history(c, "p3", 10, 4, 1);
    history(c, "g1", 100, 4, 10);
    history(c, "q1", 100, 4, 10);
    return c;
}

Scenario growScenario(Grow grow)
{
    Scenario s;
    s.policies.push_back({"weighted", whatiftest::creationOnly()});
    s.events.push_back(grow);
    return s;
}

Grow az1General(Scenario &s, std::uint32_t days)
{
    Grow g;
    g.days = days;
    g.az = s.intern("az1");
    g.group = s.intern("");
    return g;
}

QStringList changes(const Report &r)
{
    QStringList out;
    for (const ChangeRecord &c : r.changes)
        out << QStringLiteral("%1 %2 %3->%4 %5")
                   .arg(c.event)
                   .arg(QString::fromStdString(r.tenants[c.tenant]),
                        QString::fromStdString(c.fromPod == kNoId ? "-" : r.pods[c.fromPod].name),
                        QString::fromStdString(c.toPod == kNoId ? "-" : r.pods[c.toPod].name),
                        QString::fromLatin1(changeReasonKey(c.reason)));
    return out;
}

const PodReport &podNamed(const Report &r, const std::string &name)
{
    for (const PodReport &p : r.pods)
        if (p.name == name)
            return p;
    qFatal("no pod %s", name.c_str());
}

} // namespace

class TestGrowth : public QObject
{
    Q_OBJECT

private slots:
    void expandsTrendIntoVmsOfTheTypicalSize();
    void fullPodsTenantsRebindToTheNextPod();
    void skippedPodsAreCountedByReason();
    void givenVmSizeOverridesTheTypicalOne();
    void eachPodsTenantsGrowTheirOwnPod();
    void sequenceInterleavesByTime();
    void noHistoryProjectsNothing();
};

void TestGrowth::expandsTrendIntoVmsOfTheTypicalSize()
{
    const sched::CloudState base = grownCloud();
    Scenario s;
    s.events.push_back(az1General(s, 10));
    expandGrowth(s, base);
    const Growth &g = s.growth(std::get<Grow>(s.events[0]).growth);
    QCOMPARE(g.nowUs, kNow);
    QVERIFY(g.vmSize);
    QCOMPARE((*g.vmSize)[0], std::int64_t(2)); // measured: 4 vCPUs for 2 VMs a day
    QCOMPARE(g.pods.size(), std::size_t(1));
    QCOMPARE(g.pods[0].podName, std::string("p1"));
    QCOMPARE(g.pods[0].vms, std::uint64_t(20)); // 4/day x 10 days / 2 vCPUs
    std::vector<std::string> tenants;
    for (NameId t : s.tenantList(g.pods[0].tenants))
        tenants.emplace_back(s.name(t));
    QCOMPARE(tenants, (std::vector<std::string>{"t1", "t2"})); // active only, by id
    QCOMPARE(s.workUnits(), std::uint64_t(20));
}

void TestGrowth::fullPodsTenantsRebindToTheNextPod()
{
    const sched::CloudState base = grownCloud();
    Scenario s = growScenario({});
    s.events[0] = az1General(s, 10);
    expandGrowth(s, base);
    const RunResult r = runScenario(s, base);
    const Report &report = r.reports.at(0);
    // p1 holds 40 under a limit of 45: two 2-vCPU VMs fit (t1, t2: 44); the
    // third, t1's, would cross the threshold and rebinds t1 to p2 (the next
    // oldest), the fourth t2; the other 16 land on p2.
    QCOMPARE(changes(report), (QStringList{QStringLiteral("0 t1 p1->p2 current_rejected"),
                                           QStringLiteral("0 t2 p1->p2 current_rejected")}));
    QCOMPARE(report.summary.vmsCreated, std::uint64_t(20));
    QCOMPARE(report.summary.keep, std::uint64_t(18));
    QCOMPARE(report.summary.rebind, std::uint64_t(2));
    QCOMPARE(report.summary.fail, std::uint64_t(0));
    QCOMPARE(*podNamed(report, "p1").after.used[0], std::int64_t(44));
    QCOMPARE(podNamed(report, "p1").after.vms, std::int64_t(22));
    QCOMPARE(podNamed(report, "p1").after.tenants, std::uint32_t(0));
    QCOMPARE(*podNamed(report, "p2").after.used[0], std::int64_t(10 + 36));
    QCOMPARE(podNamed(report, "p2").after.tenants, std::uint32_t(3));
    QCOMPARE(report.growth.size(), std::size_t(1));
    QCOMPARE(report.growth[0].pods, (std::vector<std::pair<std::string, std::uint64_t>>{{"p1", 20}}));
}

void TestGrowth::skippedPodsAreCountedByReason()
{
    const sched::CloudState base = grownCloud();
    Scenario s;
    Grow all;
    all.days = 10;
    s.events.push_back(all);
    expandGrowth(s, base);
    const Growth &g = s.growth(std::get<Grow>(s.events[0]).growth);
    QCOMPARE(g.pods.size(), std::size_t(2)); // p1 and g1
    QCOMPARE(g.pods[1].podName, std::string("g1"));
    QCOMPARE(g.pods[1].vms, std::uint64_t(20));
    QCOMPARE(g.skipped[std::size_t(GrowSkip::FlatOrFalling)], 1u);    // p2
    QCOMPARE(g.skipped[std::size_t(GrowSkip::TooLittleHistory)], 1u); // p3
    QCOMPARE(g.skipped[std::size_t(GrowSkip::NoTenants)], 1u);        // q1
    QCOMPARE(g.skipped[std::size_t(GrowSkip::PoorFit)], 0u);
    QCOMPARE(growSkipKey(GrowSkip::NoTenants), std::string_view("no_tenants"));
}

void TestGrowth::givenVmSizeOverridesTheTypicalOne()
{
    const sched::CloudState base = grownCloud();
    Scenario s;
    Grow g = az1General(s, 10);
    g.vm = sched::Amounts{4, 8192, 0};
    s.events.push_back(g);
    expandGrowth(s, base);
    QCOMPARE(s.growth(0).pods.at(0).vms, std::uint64_t(10)); // 40 vCPUs / 4; RAM does not grow
    // A size whose only resource does not grow: nothing to count.
    Scenario t;
    Grow ram = az1General(t, 10);
    ram.vm = sched::Amounts{0, 4096, 0};
    t.events.push_back(ram);
    expandGrowth(t, base);
    QCOMPARE(t.growth(0).pods.size(), std::size_t(0));
    QCOMPARE(t.growth(0).skipped[std::size_t(GrowSkip::NoVmSize)], 1u);
}

void TestGrowth::eachPodsTenantsGrowTheirOwnPod()
{
    // Two pods of one group, both growing, one twice as fast, both with room:
    // each pod's tenants' VMs land on their own pod.
    sched::CloudState base;
    base.pods = {pod("RegionOne", "", "", 0), pod("a", "az1", "", 10, 1000), pod("b", "az1", "", 20, 1000)};
    base.bindings = {binding("ta", "a"), binding("tb", "b")};
    history(base, "a", 100, 4, 10);
    history(base, "b", 100, 2, 10);
    Scenario s;
    s.policies.push_back({"weighted", whatiftest::creationOnly()});
    s.maxSamples = 100000;
    Grow g = az1General(s, 10);
    g.vm = sched::Amounts{2, 0, 0};
    s.events.push_back(g);
    expandGrowth(s, base);
    QCOMPARE(s.growth(0).requests(), std::uint64_t(30));
    const Report r = runScenario(s, base).reports.at(0);
    QCOMPARE(*podNamed(r, "a").after.used[0], std::int64_t(140));
    QCOMPARE(*podNamed(r, "b").after.used[0], std::int64_t(120));
    QVERIFY(r.changes.empty()); // nobody was full: every request kept its pod
}

void TestGrowth::sequenceInterleavesByTime()
{
    // 4 VMs at 1/8, 3/8, 5/8, 7/8 of the period; 2 at 1/4, 3/4; 1 at 1/2; a tie (b, e) goes to the first pod.
    Growth g;
    g.pods = {{"a", 0, 0, 0, 4}, {"b", 0, 0, 0, 2}, {"c", 0, 0, 0, 0}, {"d", 0, 0, 0, 1}, {"e", 0, 0, 0, 2}};
    GrowthSequence sequence(g);
    QStringList order;
    std::uint32_t pod = 0;
    std::uint64_t vm = 0;
    while (sequence.next(pod, vm))
        order << QStringLiteral("%1%2").arg(QString::fromStdString(g.pods[pod].podName)).arg(vm);
    QCOMPARE(order.join(QLatin1Char(' ')), QStringLiteral("a0 b0 e0 a1 d0 a2 b1 e1 a3"));
}

void TestGrowth::noHistoryProjectsNothing()
{
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {binding("t1", "p1")};
    Scenario s = growScenario({});
    s.events[0] = az1General(s, 30);
    expandGrowth(s, base);
    const Growth &g = s.growth(0);
    QCOMPARE(g.nowUs, std::int64_t(0));
    QVERIFY(g.pods.empty());
    QCOMPARE(g.skipped[std::size_t(GrowSkip::TooLittleHistory)], 3u); // p1, p2, p3
    const RunResult r = runScenario(s, base);
    QCOMPARE(r.reports[0].summary.vmsCreated, std::uint64_t(0));
    QCOMPARE(r.reports[0].summary.events, std::uint64_t(1));
    // The same base and scenario expand alike every time.
    Scenario again = growScenario({});
    again.events[0] = az1General(again, 30);
    expandGrowth(again, base);
    QCOMPARE(again.growth(0).skipped, g.skipped);
}

QTEST_GUILESS_MAIN(TestGrowth)
#include "tst_growth.moc"
