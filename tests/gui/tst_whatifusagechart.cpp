// SPDX-License-Identifier: Apache-2.0
// The What-if tab's usage chart: pod labels that never look alike, each
// pod's threshold as a line across its bars, and a value axis ending on a
// round number with round ticks.

#include "../model/scenario/reportfixtures.h"
#include "screenshot.h"
#include "whatifusagechart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QSet>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace reportfixtures;
using gui::WhatIfUsageChart;

namespace {

// 1, 2 or 5 times a power of ten.
bool isRound(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / magnitude;
    return std::abs(m - 1) < 1e-9 || std::abs(m - 2) < 1e-9 || std::abs(m - 5) < 1e-9;
}

} // namespace

class TestWhatIfUsageChart : public QObject
{
    Q_OBJECT

private slots:
    void podLabelsNeverAlike();
    void longNamesAbbreviatedStayDistinct();
    void thresholdLineAcrossEachPod();
    void roundAxis_data();
    void roundAxis();
    void chartAxisIsRound();
    void labelsRefitWhenAddedToAShownGrid();

private:
    whatif::RunResult longNamedPods(int count, double threshold)
    {
        std::vector<PodSpec> pods;
        for (int i = 1; i <= count; ++i)
            pods.push_back({QStringLiteral("az1-general-purpose-pod-%1").arg(i, 2, 10, QLatin1Char('0')),
                            QStringLiteral("az1"), {}, 10, 65536, threshold});
        return run(m_tmp, pods, {createVm(QStringLiteral("b-{01..23}"), QStringLiteral("az1"), 1, 23)});
    }
    QTemporaryDir m_tmp;
};

// Twelve pods whose names differ only at the end: every label differs, is
// short, and the axis shows exactly these labels.
void TestWhatIfUsageChart::podLabelsNeverAlike()
{
    const whatif::RunResult r = longNamedPods(12, 1.0);
    QVERIFY(!r.reports.empty());
    WhatIfUsageChart chart(r.reports[0], "az1", WhatIfUsageChart::Figure::Vcpus);
    chart.resize(900, 320);
    chart.show();
    const QStringList labels = chart.labels();
    QCOMPARE(labels.size(), 12);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 12);
    // What they share goes to the title; the labels show what differs.
    QCOMPARE(labels[0], QStringLiteral("01"));
    QCOMPARE(labels[11], QStringLiteral("12"));
    QVERIFY2(chart.title().contains(QStringLiteral("az1-general-purpose-pod-")), qPrintable(chart.title()));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chartView()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(), labels);
    QCOMPARE(chart.fullNames().value(11), QStringLiteral("az1-general-purpose-pod-12"));
    testing::saveScreenshot(&chart, QStringLiteral("whatif-chart-labels"));
    // Narrow: labels get shorter, still never alike.
    chart.resize(420, 320);
    QCoreApplication::processEvents();
    const QStringList narrow = chart.labels();
    QCOMPARE(QSet<QString>(narrow.begin(), narrow.end()).size(), 12);
    QCOMPARE(axis->categories(), narrow);
}

// Names that differ in several places: each label keeps the parts that tell it apart.
void TestWhatIfUsageChart::longNamesAbbreviatedStayDistinct()
{
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("frankfurt-east-general-pod-1"), QStringLiteral("az1")},
                                            {QStringLiteral("munich-east-general-pod-1"), QStringLiteral("az1")},
                                            {QStringLiteral("frankfurt-west-general-pod-1"), QStringLiteral("az1")},
                                            {QStringLiteral("frankfurt-east-general-pod-2"), QStringLiteral("az1")},
                                            {QStringLiteral("munich-west-general-pod-1"), QStringLiteral("az1")},
                                            {QStringLiteral("munich-west-general-pod-2"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("b-{01..12}"), QStringLiteral("az1"), 1, 12)});
    QVERIFY(!r.reports.empty());
    WhatIfUsageChart chart(r.reports[0], "az1", WhatIfUsageChart::Figure::Vcpus);
    chart.resize(480, 320);
    chart.show();
    QCoreApplication::processEvents();
    const QStringList labels = chart.labels();
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 6);
    QCOMPARE(labels, (QStringList{QStringLiteral("f-e-1"), QStringLiteral("m-e-1"), QStringLiteral("f-w-1"),
                                  QStringLiteral("f-e-2"), QStringLiteral("m-w-1"), QStringLiteral("m-w-2")}));
    testing::saveScreenshot(&chart, QStringLiteral("whatif-chart-long-names"));
}

// Pods at threshold 0.9 of 10 vCPUs (limit 9): a line at 90 % spanning each pod's bars.
void TestWhatIfUsageChart::thresholdLineAcrossEachPod()
{
    const whatif::RunResult r = longNamedPods(3, 0.9);
    QVERIFY(!r.reports.empty());
    WhatIfUsageChart chart(r.reports[0], "az1", WhatIfUsageChart::Figure::Vcpus);
    QLineSeries *line = nullptr;
    for (QAbstractSeries *s : chart.chartView()->chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            line = l;
    QVERIFY(line);
    QCOMPARE(line->name(), QStringLiteral("threshold"));
    QCOMPARE(line->count(), 6); // two points per pod
    for (int i = 0; i < line->count(); ++i)
        QCOMPARE(line->at(i).y(), 90.0);
    QCOMPARE(line->at(0).x(), -0.5);
    QCOMPARE(line->at(5).x(), 2.5);
    // Counts have no threshold: no line.
    WhatIfUsageChart tenants(r.reports[0], "az1", WhatIfUsageChart::Figure::Tenants);
    for (QAbstractSeries *s : tenants.chartView()->chart()->series())
        QVERIFY(!qobject_cast<QLineSeries *>(s));
}

void TestWhatIfUsageChart::roundAxis_data()
{
    QTest::addColumn<double>("top");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("ticks");
    QTest::newRow("percent-at-most-100") << 64.0 << true << 100.0 << 6;
    QTest::newRow("percent-over-100") << 137.0 << true << 150.0 << 4;
    QTest::newRow("few-tenants") << 7.0 << false << 8.0 << 5;
    QTest::newRow("many-vms") << 1234.0 << false << 1500.0 << 4;
    QTest::newRow("nothing") << 0.0 << false << 1.0 << 2;
    QTest::newRow("exactly-round") << 40.0 << false << 40.0 << 5;
}

void TestWhatIfUsageChart::roundAxis()
{
    QFETCH(double, top);
    QFETCH(bool, percent);
    QFETCH(double, max);
    QFETCH(int, ticks);
    const WhatIfUsageChart::Axis axis = WhatIfUsageChart::roundAxis(top, percent);
    QCOMPARE(axis.max, max);
    QCOMPARE(axis.ticks, ticks);
    QVERIFY(isRound(axis.max / (axis.ticks - 1)));
}

// The chart's own value axis: from 0 to a round end, round steps apart.
void TestWhatIfUsageChart::chartAxisIsRound()
{
    const whatif::RunResult r = longNamedPods(3, 1.0);
    QVERIFY(!r.reports.empty());
    WhatIfUsageChart chart(r.reports[0], "az1", WhatIfUsageChart::Figure::Vms); // 10, 10, 3 VMs
    auto *y = qobject_cast<QValueAxis *>(chart.chartView()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QVERIFY(y->max() >= 10.0);
    QVERIFY2(isRound(y->max() / (y->tickCount() - 1)), qPrintable(QStringLiteral("%1 / %2").arg(y->max()).arg(y->tickCount())));
}

// As the results view does when the figure changes: charts made for three
// AZs and put into a grid that is already shown, two a row. Each chart's
// plot area is laid out only after it was made, so the labels must follow it
// (fitted to the widget's first, default width, az3-pod01 read "p…1").
void TestWhatIfUsageChart::labelsRefitWhenAddedToAShownGrid()
{
    std::vector<PodSpec> pods;
    for (const QString &az : {QStringLiteral("az1"), QStringLiteral("az2"), QStringLiteral("az3")})
        for (int i = 1; i <= 4; ++i)
            pods.push_back({QStringLiteral("%1-pod%2").arg(az).arg(i, 2, 10, QLatin1Char('0')), az});
    const whatif::RunResult r = run(m_tmp, pods, {createVm(QStringLiteral("b-{01..12}"), QStringLiteral("az3"), 1, 12)});
    QVERIFY(!r.reports.empty());
    QWidget area;
    auto *grid = new QGridLayout(&area);
    area.resize(1000, 560);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    std::vector<WhatIfUsageChart *> charts;
    // One figure, then another in its place (the charts are made anew).
    for (const auto figure : {WhatIfUsageChart::Figure::PeakUsage, WhatIfUsageChart::Figure::Ram}) {
        for (WhatIfUsageChart *old : charts)
            delete old;
        charts.clear();
        for (const char *az : {"az1", "az2", "az3"}) {
            charts.push_back(new WhatIfUsageChart(r.reports[0], az, figure, &area));
            grid->addWidget(charts.back(), int(charts.size() - 1) / 2, int(charts.size() - 1) % 2);
        }
        QCoreApplication::processEvents();
    }
    const QStringList whole{QStringLiteral("pod01"), QStringLiteral("pod02"), QStringLiteral("pod03"), QStringLiteral("pod04")};
    for (WhatIfUsageChart *chart : charts) {
        QTRY_COMPARE(chart->labels(), whole);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->chartView()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(), whole);
    }
    testing::saveScreenshot(&area, QStringLiteral("whatif-chart-grid"));
}

QTEST_MAIN(TestWhatIfUsageChart)
#include "tst_whatifusagechart.moc"
