// SPDX-License-Identifier: Apache-2.0
#include "trendfit.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sched::outlook {

namespace {

// Median of `v` (reordered); 0 for an empty one.
double median(std::vector<double> &v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    double m = *mid;
    if (v.size() % 2 == 0)
        m = (m + *std::max_element(v.begin(), mid)) / 2;
    return m;
}

// Median absolute deviation from `centre`, scaled to a standard deviation.
double robustSigma(const std::vector<double> &v, double centre)
{
    std::vector<double> dev;
    dev.reserve(v.size());
    for (double x : v)
        dev.push_back(std::abs(x - centre));
    return 1.4826 * median(dev);
}

constexpr double kStepSigmas = 6.0;
constexpr double kBandSigmas = 2.0;

// Values with each step's excess taken out of everything before it, so the
// series is continuous and ends at its real latest level.
std::vector<double> withoutSteps(std::span<const Point> p, double minStep, TrendFit &fit)
{
    std::vector<double> diffs;
    diffs.reserve(p.size());
    for (std::size_t i = 1; i < p.size(); ++i)
        diffs.push_back(p[i].value - p[i - 1].value);
    std::vector<double> sorted = diffs;
    const double usual = median(sorted);
    const double limit = std::max(kStepSigmas * robustSigma(diffs, usual), minStep);
    std::vector<double> values(p.size());
    double shift = 0;
    values.back() = p.back().value;
    for (std::size_t i = p.size() - 1; i > 0; --i) {
        const double excess = diffs[i - 1] - usual;
        if (std::abs(excess) > limit) {
            shift += excess;
            ++fit.steps;
            if (!fit.lastStepDay)
                fit.lastStepDay = p[i].day;
        }
        values[i - 1] = p[i - 1].value + shift;
    }
    return values;
}

} // namespace

TrendFit fitTrend(std::span<const Point> p, double minStep)
{
    TrendFit fit;
    fit.samples = int(p.size());
    if (p.size() < std::size_t(kMinSamples) || p.back().day - p.front().day < kMinSpanDays) {
        fit.noFit = NoFit::TooLittleHistory;
        if (!p.empty()) {
            fit.lastDay = p.back().day;
            fit.valueAtLast = p.back().value;
        }
        return fit;
    }
    const std::vector<double> y = withoutSteps(p, minStep, fit);
    const std::size_t n = p.size();
    const std::size_t half = n / 2;
    std::vector<double> slopes;
    slopes.reserve(n - half);
    for (std::size_t i = 0; i + half < n; ++i) {
        const double dt = p[i + half].day - p[i].day;
        if (dt > 0)
            slopes.push_back((y[i + half] - y[i]) / dt);
    }
    fit.slopePerDay = median(slopes);
    fit.lastDay = p.back().day;
    std::vector<double> offsets(n);
    for (std::size_t i = 0; i < n; ++i)
        offsets[i] = y[i] - fit.slopePerDay * (p[i].day - fit.lastDay);
    std::vector<double> sortedOffsets = offsets;
    fit.valueAtLast = median(sortedOffsets);
    std::vector<double> residuals(n);
    for (std::size_t i = 0; i < n; ++i)
        residuals[i] = offsets[i] - fit.valueAtLast;
    fit.band = kBandSigmas * robustSigma(residuals, 0);

    const double span = p.back().day - p.front().day;
    if (fit.slopePerDay <= 0 || fit.slopePerDay * span <= fit.band) {
        fit.noFit = NoFit::FlatOrFalling;
        return fit;
    }
    // The newest quarter of the window (at least three samples) must sit on
    // the line: their mean residual inside half the band, or within the
    // growth of a tenth of the window where the band is narrower than that.
    const std::size_t tail = std::max<std::size_t>(3, n / 4);
    double mean = 0;
    for (std::size_t i = n - tail; i < n; ++i)
        mean += residuals[i];
    mean /= double(tail);
    if (std::abs(mean) > std::max(fit.band / 2, fit.slopePerDay * span / 10))
        fit.noFit = NoFit::PoorFit;
    return fit;
}

} // namespace sched::outlook
