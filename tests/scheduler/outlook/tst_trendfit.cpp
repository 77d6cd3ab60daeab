// SPDX-License-Identifier: Apache-2.0
// The robust trend: exact lines, noise, outliers, steps, and the honest "no fit" cases.

#include "trendfit.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace sched::outlook;

namespace {

// Daily samples ending at day 0; value(day) for day in [-(n-1), 0].
template <typename F>
std::vector<Point> daily(int n, F value)
{
    std::vector<Point> p;
    for (int k = n - 1; k >= 0; --k)
        p.push_back({-double(k), value(-double(k), k)});
    return p;
}

// A fixed pseudo-random sequence in [-0.5, 0.5) (no std distributions: same on every platform).
double jitter(int k) { return std::sin(k * 12.9898) * 43758.5453 - std::floor(std::sin(k * 12.9898) * 43758.5453) - 0.5; }

} // namespace

class TestTrendFit : public QObject
{
    Q_OBJECT

private slots:
    void exactLineIsFoundExactly()
    {
        const auto p = daily(60, [](double d, int) { return 1000 + 7 * (d + 59); });
        const TrendFit fit = fitTrend(p, 20);
        QVERIFY(!fit.noFit);
        QCOMPARE(fit.slopePerDay, 7.0);
        QCOMPARE(fit.valueAtLast, 1000.0 + 7 * 59);
        QCOMPARE(fit.band, 0.0);
        QCOMPARE(fit.steps, 0);
    }

    void noiseStaysInsideTheBand()
    {
        const auto p = daily(90, [](double d, int k) { return 5000 + 10 * (d + 89) + 40 * jitter(k); });
        const TrendFit fit = fitTrend(p, 100);
        QVERIFY(!fit.noFit);
        QVERIFY2(std::abs(fit.slopePerDay - 10) < 1.0, qPrintable(QString::number(fit.slopePerDay)));
        QVERIFY(fit.band > 0);
        int outside = 0;
        for (const Point &pt : p)
            outside += std::abs(pt.value - fit.valueAt(pt.day)) > fit.band;
        QVERIFY2(outside <= 9, qPrintable(QString::number(outside))); // about 95 % inside
    }

    void lonelyOutliersDoNotMoveTheLine()
    {
        auto p = daily(60, [](double d, int) { return 100 + 2 * (d + 59); });
        p[20].value += 5000;
        p[40].value -= 90;
        const TrendFit fit = fitTrend(p, 10);
        QVERIFY(!fit.noFit);
        QCOMPARE(fit.slopePerDay, 2.0);
        QCOMPARE(fit.valueAtLast, 100.0 + 2 * 59);
    }

    void stepKeepsItsLevelButNotItsSlope()
    {
        // 3 units a day; a big tenant arrives 20 days ago with 800 units.
        const auto p = daily(80, [](double d, int) { return 1000 + 3 * (d + 79) + (d >= -20 ? 800 : 0); });
        const TrendFit fit = fitTrend(p, 50);
        QVERIFY(!fit.noFit);
        QCOMPARE(fit.steps, 1);
        QVERIFY(fit.lastStepDay);
        QCOMPARE(*fit.lastStepDay, -20.0);
        QCOMPARE(fit.slopePerDay, 3.0);
        QCOMPARE(fit.valueAtLast, p.back().value);
    }

    void tooLittleHistory_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("spacing");
        QTest::newRow("four-samples") << 4 << 1.0;
        QTest::newRow("ten-samples-in-two-days") << 10 << 0.2;
        QTest::newRow("none") << 0 << 1.0;
    }
    void tooLittleHistory()
    {
        QFETCH(int, samples);
        QFETCH(double, spacing);
        std::vector<Point> p;
        for (int k = 0; k < samples; ++k)
            p.push_back({k * spacing, 10.0 * k});
        QCOMPARE(fitTrend(p, 1).noFit, std::optional(NoFit::TooLittleHistory));
    }

    void flatOrFalling_data()
    {
        QTest::addColumn<double>("slope");
        QTest::addColumn<double>("noise");
        QTest::newRow("flat") << 0.0 << 0.0;
        QTest::newRow("falling") << -5.0 << 0.0;
        QTest::newRow("growth-below-noise") << 0.1 << 200.0;
    }
    void flatOrFalling()
    {
        QFETCH(double, slope);
        QFETCH(double, noise);
        const auto p = daily(60, [&](double d, int k) { return 4000 + slope * (d + 59) + noise * jitter(k); });
        QCOMPARE(fitTrend(p, 500).noFit, std::optional(NoFit::FlatOrFalling));
    }

    void bentTrendIsAPoorFit()
    {
        // Grew 20 a day for 60 days, then stopped: a line through all 90 is not to be trusted.
        const auto p = daily(90, [](double d, int) { const double t = d + 89; return 100 + 20 * std::min(t, 60.0); });
        QCOMPARE(fitTrend(p, 1000).noFit, std::optional(NoFit::PoorFit));
    }
};

QTEST_GUILESS_MAIN(TestTrendFit)
#include "tst_trendfit.moc"
