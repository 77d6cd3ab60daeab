// SPDX-License-Identifier: Apache-2.0
#pragma once

// A straight-line trend through one resource's usage samples, robust to
// outliers and to steps. The model, as the README explains it:
//  - a step is one sample-to-sample change far outside the usual ones (more
//    than six robust standard deviations of the changes, and at least
//    `minStep`, half a percent of the pod's total in the outlook); it counts as a one-time jump: later samples keep their level,
//    earlier ones are shifted by the jump's excess, so the growth rate is
//    measured without it. A lone outlier is two opposite steps and cancels out;
//  - the slope is the median of the slopes between samples half the window
//    apart (a Theil-Sen estimator on n/2 pairs: linear time, 29 % breakdown);
//  - the line passes through the median of the shifted samples' offsets;
//  - the band is two robust standard deviations (1.4826 * MAD) of the
//    residuals on either side: about 95 % of normal noise.
// Plain value code: times in days, no clock, no Qt.

#include <cstdint>
#include <optional>
#include <span>

namespace sched::outlook {

struct Point {
    double day = 0;   // time in days (any origin, increasing)
    double value = 0; // usage then
};

enum class NoFit : std::uint8_t {
    TooLittleHistory, // fewer than kMinSamples samples, or spanning less than kMinSpanDays
    FlatOrFalling,    // the growth over the window is not above the noise
    PoorFit,          // the latest samples have left the line: a trend that bent
};

struct TrendFit {
    std::optional<NoFit> noFit; // set when the line must not be projected
    double slopePerDay = 0;
    double valueAtLast = 0;     // the line's value at the last sample
    double band = 0;            // half-width of the band around the line
    double lastDay = 0;
    int samples = 0;
    int steps = 0;                      // steps taken out
    std::optional<double> lastStepDay;  // day of the latest step, if any

    double valueAt(double day) const { return valueAtLast + slopePerDay * (day - lastDay); }
};

inline constexpr int kMinSamples = 5;
inline constexpr double kMinSpanDays = 3.0;

// `points` oldest first. `minStep`: the least jump that counts as a step
// (e.g. 2 % of the pod's total), so that small clean series do not see steps
// in their rounding.
TrendFit fitTrend(std::span<const Point> points, double minStep);

} // namespace sched::outlook
