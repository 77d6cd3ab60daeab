// SPDX-License-Identifier: Apache-2.0
#pragma once

// One AZ of a what-if report: each pod's figure before and after the
// scenario as paired bars (peak usage, one resource in percent of the pod's
// capacity, or bound tenants). Pods added by the scenario have no "before".
// Percent figures show each pod's threshold as a dashed step across its bars;
// the value axis ends on a round number with round ticks (1, 2 or 5 x 10^k);
// pod labels are cut in the middle but never alike (PodLabels).

#include "report.h"

#include <QGroupBox>

class QBarCategoryAxis;
class QChartView;

namespace gui {

class WhatIfUsageChart final : public QGroupBox
{
    Q_OBJECT

public:
    enum class Figure { PeakUsage, Vcpus, Ram, Disk, Tenants, Vms };
    static constexpr int kMaxPods = 12;
    struct Axis {
        double max = 0;
        int ticks = 0;
    };
    // The value axis for values up to `top`: a round end, ticks a round step apart.
    static Axis roundAxis(double top, bool percent);
    // The pod's threshold in percent of its capacity (after), when it has one.
    static std::optional<double> thresholdPercent(const whatif::PodReport &pod);

    WhatIfUsageChart(const whatif::Report &report, const std::string &az, Figure figure, QWidget *parent = nullptr);

    static QString figureName(Figure figure);
    static QStringList azsOf(const whatif::Report &report);
    int podCount() const { return m_pods; }
    QStringList labels() const { return m_labels; }       // as on the axis (fitted to its width)
    QStringList fullNames() const { return m_fullNames; } // the same pods' names
    // What all names share up to a separator, when each has more (shown in the title).
    static QString commonPrefix(const QStringList &names);
    QChartView *chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLabels();
    static std::optional<double> value(const whatif::PodReport &pod, const whatif::PodFigures &f, Figure figure);
    QWidget *buildChart(const whatif::Report &report, const std::vector<std::size_t> &pods, Figure figure);

    int m_pods = 0;
    QString m_title;
    QStringList m_labels;
    QStringList m_fullNames;
    QStringList m_marks; // per pod: "%1", "%1 (new)" or "%1 (removed)"
    QBarCategoryAxis *m_axis = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace gui
