// SPDX-License-Identifier: Apache-2.0
// The Capacity view's models on a hand-made cloud with known answers: a pod
// growing 4 vCPUs a day from 500 to its limit of 800 shows 75 days (the
// outlook's figure, within a day of the arithmetic) and its dates; a pod with
// too little history shows the reason and sorts last; the group of both is
// full when the growing pod's growth has filled the other too. Both models
// pass QAbstractItemModelTester.

#include "capacitygroupmodel.h"
#include "capacityreport.h"
#include "capacitytablemodel.h"
#include "projectiontext.h"
#include "translator.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace model;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000'000; // 2027-01-15
constexpr std::int64_t kDay = 86'400'000'000;

sched::Pod bottomPod(const std::string &name, const std::string &az, std::int64_t created)
{
    sched::Pod p;
    p.id = "id-" + name;
    p.name = name;
    p.azName = az;
    p.createdAtUs = created;
    p.threshold = 0.8;
    p.capacity = {1000, 1000 * 2048, 10000};
    return p;
}

// Daily samples for 60 days up to now, vCPUs growing `perDay` to `now`.
void grow(sched::CloudState &s, sched::Pod &pod, std::int64_t now, double perDay)
{
    auto &h = s.usageHistory[pod.id];
    for (int k = 59; k >= 0; --k) {
        sched::UsageSample u;
        u.atUs = kNow - k * kDay;
        u.used = {std::llround(double(now) - perDay * k), 1000, 10};
        u.runningVms = (now - std::llround(perDay * k)) / 2;
        h.push_back(u);
    }
    pod.used = {now, 1000, 10};
    pod.runningVms = now / 2;
}

CapacityOutlookPtr knownCloud()
{
    sched::CloudState s;
    s.pods.push_back(bottomPod("Growing", "az1", 1));
    s.pods.push_back(bottomPod("Young", "az1", 2));
    grow(s, s.pods[0], 500, 4.0);
    s.pods[1].used = {100, 1000, 10};
    sched::UsageSample one;
    one.atUs = kNow;
    one.used = {100, 1000, 10};
    s.usageHistory[s.pods[1].id].push_back(one);
    sched::outlook::OutlookOptions o;
    o.nowUs = kNow;
    return CapacityOutlookData::compute(std::move(s), o);
}

} // namespace

class TestCapacityModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { i18n::installTranslators(QStringLiteral("en")); } // English plural forms: "1 day", "2 days"

    void growingPodShowsSeventyFiveDays()
    {
        const auto data = knownCloud();
        CapacityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutlook(data);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfPod(QStringLiteral("Growing"));
        QVERIFY(row >= 0);
        const double days = model.index(row, 0).data(CapacityTableModel::ConservativeDaysRole).toDouble();
        const double trend = model.index(row, 0).data(CapacityTableModel::TrendDaysRole).toDouble();
        QVERIFY2(std::abs(trend - 75.0) <= 1.0, qPrintable(QString::number(trend)));
        QVERIFY2(std::abs(days - 75.0) <= 1.0, qPrintable(QString::number(days)));
        QCOMPARE(model.index(row, 0).data(CapacityTableModel::ResourceRole).toInt(), int(sched::Resource::Vcpus));
        QCOMPARE(model.index(row, CapacityTableModel::ResourceColumn).data().toString(),
                 CapacityReport::resourceName(sched::Resource::Vcpus));
        // The model's figures are the outlook's, shown as dates from "now".
        const auto &res = data->outlook.pods[std::size_t(row)].resources[0];
        QCOMPARE(days, *res.daysRemaining.conservative);
        const QString date = model.index(row, CapacityTableModel::DateColumn).data().toString();
        QCOMPARE(date, CapacityReport::date(kNow, days));
        QVERIFY2(date == QStringLiteral("2027-03-30") || date == QStringLiteral("2027-03-31") ||
                     date == QStringLiteral("2027-04-01"),
                 qPrintable(date)); // 2027-01-15 + 75 days = 2027-03-31
        const QString both = model.index(row, CapacityTableModel::DateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(both.contains(date) && both.contains(CapacityReport::date(kNow, trend)), qPrintable(both));
        // 300 vCPUs left; the VMs grew 2 a day with the 4 vCPUs: typical VM of 2 vCPUs, 150 of them fit.
        QCOMPARE(res.typicalVmsRemaining.value_or(-1), 150);
        QCOMPARE(model.index(row, CapacityTableModel::LeftColumn).data().toString(),
                 CapacityTableModel::tr("%1 (%n VM(s))", nullptr, 150)
                     .arg(CapacityTableModel::amountText(sched::Resource::Vcpus, 300)));
        QVERIFY(model.index(row, CapacityTableModel::UsedColumn).data().toString().contains(QStringLiteral("500")));
    }

    void noProjectionShowsTheReasonAndSortsLast()
    {
        CapacityTableModel model;
        model.setOutlook(knownCloud());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(CapacityTableModel::SortRole);
        proxy.sort(CapacityTableModel::DaysColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Growing"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Young"));
        QCOMPARE(proxy.index(1, CapacityTableModel::DaysColumn).data().toString(),
                 CapacityReport::reasonText(sched::outlook::NoProjection::TooLittleHistory));
        QCOMPARE(proxy.index(1, 0).data(CapacityTableModel::ResourceRole).toInt(), -1);
        QVERIFY(proxy.index(1, CapacityTableModel::DateColumn).data().toString().isEmpty());
        proxy.sort(CapacityTableModel::DaysColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Young"));
    }

    void groupNeedsANewPodWhenBothAreFull()
    {
        const auto data = knownCloud();
        CapacityGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutlook(data);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CapacityGroupModel::AzColumn).data().toString(), QStringLiteral("az1"));
        QCOMPARE(model.index(0, CapacityGroupModel::PodsColumn).data().toString(), QStringLiteral("2"));
        const auto &g = data->outlook.groups[0];
        QVERIFY(g.newPodNeeded.trend);
        // Growing fills in 75 days, then its 4 a day move to Young (100 of 800): 175 more days.
        QVERIFY2(std::abs(*g.newPodNeeded.trend - 250.0) <= 1.0, qPrintable(QString::number(*g.newPodNeeded.trend)));
        const QString sentence = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(sentence.contains(CapacityReport::date(kNow, *g.newPodNeeded.conservative)), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("az1/")), qPrintable(sentence));
        QVERIFY(!model.index(0, CapacityGroupModel::NewPodColumn).data().toString().isEmpty());
    }

    void podOverItsThresholdSaysSoNow()
    {
        sched::CloudState s;
        s.pods.push_back(bottomPod("Full", "az1", 1));
        grow(s, s.pods[0], 900, 4.0); // 900 of a limit of 800
        sched::outlook::OutlookOptions o;
        o.nowUs = kNow;
        CapacityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutlook(CapacityOutlookData::compute(std::move(s), o));
        QCOMPARE(model.index(0, CapacityTableModel::DaysColumn).data().toString(),
                 QStringLiteral("over its threshold now"));
        QCOMPARE(model.index(0, CapacityTableModel::DateColumn).data().toString(), CapacityReport::date(kNow, 0));
        QVERIFY(model.index(0, CapacityTableModel::LeftColumn)
                    .data()
                    .toString()
                    .startsWith(CapacityTableModel::amountText(sched::Resource::Vcpus, 0)));
    }

    // Anything past ten years reads "more than ten years", its date "—"; the numbers stay for sorting.
    void projectionText_data()
    {
        QTest::addColumn<double>("conservative");
        QTest::addColumn<double>("trend");
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("dates");
        QTest::addColumn<QString>("words");
        const auto d = [](double days) { return CapacityReport::date(kNow, days); };
        QTest::newRow("days") << 12.2 << 15.4 << QStringLiteral("12 – 15 days") << d(12.2) + QStringLiteral(" – ") + d(15.4)
                              << d(12.2) + QStringLiteral(" (conservative) – ") + d(15.4) + QStringLiteral(" (trend)");
        QTest::newRow("just-ten-years") << 3000.0 << 3652.4 << QStringLiteral("3,000 – 3,652 days")
                                        << d(3000) + QStringLiteral(" – ") + d(3652.4)
                                        << d(3000) + QStringLiteral(" (conservative) – ") + d(3652.4) + QStringLiteral(" (trend)");
        QTest::newRow("trend-beyond-ten-years") << 400.0 << 3653.0 << QStringLiteral("400 days – more than ten years")
                                                << d(400) + QStringLiteral(" – more than ten years")
                                                << d(400) + QStringLiteral(" (conservative) – more than ten years (trend)");
        QTest::newRow("both-beyond-ten-years") << 78102.0 << 80000.0 << QStringLiteral("more than ten years")
                                               << QStringLiteral("—") << QStringLiteral("more than ten years");
        QTest::newRow("over-now") << 0.0 << 0.0 << QStringLiteral("over its threshold now") << d(0) + QStringLiteral(" – ") + d(0)
                                  << d(0) + QStringLiteral(" (conservative) – ") + d(0) + QStringLiteral(" (trend)");
    }

    void projectionText()
    {
        QFETCH(double, conservative);
        QFETCH(double, trend);
        sched::outlook::Projection p;
        p.conservative = conservative;
        p.trend = trend;
        QFETCH(QString, range);
        QFETCH(QString, dates);
        QFETCH(QString, words);
        QCOMPARE(ProjectionText::range(p), range);
        QCOMPARE(ProjectionText::dateRange(kNow, p), dates);
        QCOMPARE(ProjectionText::datesInWords(kNow, p), words);
        QCOMPARE(ProjectionText::date(kNow, conservative), ProjectionText::beyondTenYears(conservative) ? QStringLiteral("—") : dates.left(10));
    }

    void dayCounts_data()
    {
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("text");
        QTest::newRow("hours") << 0.3 << QStringLiteral("less than a day");
        QTest::newRow("one") << 1.2 << QStringLiteral("1 day");
        QTest::newRow("many") << 74.6 << QStringLiteral("75 days");
        QTest::newRow("ten-years") << 3652.4 << QStringLiteral("3,652 days");
        QTest::newRow("beyond") << 3653.0 << QStringLiteral("more than ten years");
        QTest::newRow("decades") << 78102.0 << QStringLiteral("more than ten years");
    }

    void dayCounts()
    {
        QFETCH(double, days);
        QFETCH(QString, text);
        QCOMPARE(ProjectionText::days(days), text);
    }

    void noProjectionHasNoText()
    {
        sched::outlook::Projection p;
        p.reason = sched::outlook::NoProjection::FlatOrFalling;
        QCOMPARE(ProjectionText::range(p), CapacityReport::reasonText(*p.reason));
        QVERIFY(ProjectionText::dateRange(kNow, p).isEmpty());
        QVERIFY(ProjectionText::datesInWords(kNow, p).isEmpty());
        QCOMPARE(ProjectionText::reasonBrief(*p.reason), QStringLiteral("no projection: flat or falling"));
    }

    // A pod growing 100 vCPUs a day towards a limit 700,000 away: 7,000 days.
    void farProjectionReadsMoreThanTenYears()
    {
        sched::CloudState s;
        s.pods.push_back(bottomPod("Slow", "az1", 1));
        s.pods[0].capacity[0] = 1'000'000;
        grow(s, s.pods[0], 100'000, 100.0);
        sched::outlook::OutlookOptions o;
        o.nowUs = kNow;
        CapacityTableModel table;
        CapacityGroupModel groups;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto data = CapacityOutlookData::compute(std::move(s), o);
        table.setOutlook(data);
        groups.setOutlook(data);
        const double days = table.index(0, 0).data(CapacityTableModel::ConservativeDaysRole).toDouble();
        QVERIFY2(std::abs(days - 7000) <= 1.0, qPrintable(QString::number(days)));
        QCOMPARE(table.index(0, CapacityTableModel::DaysColumn).data().toString(), QStringLiteral("more than ten years"));
        QCOMPARE(table.index(0, CapacityTableModel::DateColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(table.index(0, CapacityTableModel::DaysColumn).data(CapacityTableModel::SortRole).toDouble(), days);
        QCOMPARE(groups.index(0, CapacityGroupModel::DaysColumn).data().toString(), QStringLiteral("more than ten years"));
        QCOMPARE(groups.index(0, CapacityGroupModel::NeededByColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(groups.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("New pod in az1/general: not needed within ten years"));
    }

    void emptyAndReplacedOutlooks()
    {
        CapacityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setOutlook(knownCloud());
        QCOMPARE(model.rowCount(), 2);
        model.setOutlook(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfPod(QStringLiteral("Growing")), -1);
    }
};

QTEST_GUILESS_MAIN(TestCapacityModels)
#include "tst_capacitymodels.moc"
