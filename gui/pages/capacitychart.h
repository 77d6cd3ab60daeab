// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Capacity view's chart: for one pod and resource, its usage history
// (points), the fitted trend (line) with its band (area), the threshold (a
// horizontal line) and the crossing date (a vertical line); for an (AZ, group),
// the same for the group's total against the sum of its pods' limits, crossing
// when a new pod is needed. A label under the chart says the dates in words.

#include "capacityoutlookdata.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace gui {

class CapacityChart final : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityChart(QWidget *parent = nullptr);

    // `pod`: index into data.outlook.pods.
    void showPod(const model::CapacityOutlookPtr &data, int pod, sched::Resource resource);
    // `group`: index into data.outlook.groups.
    void showGroup(const model::CapacityOutlookPtr &data, int group);
    void clear();

    QChart *chart() const { return m_chart; }
    QString dateText() const;
    QStringList seriesNames() const;

private:
    struct Curve {
        std::vector<QPointF> history;  // (ms since epoch, value)
        double slopePerDay = 0, valueAtNow = 0, band = 0;
        bool hasTrend = false;
        double limit = 0;
        std::optional<double> crossingDays; // conservative
    };
    static QString axisTitle(sched::Resource r);
    void plot(const Curve &curve, std::int64_t nowUs, double horizonDays, const QString &unit);

    model::CapacityOutlookPtr m_data; // keeps the plotted outlook alive
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_date;
};

} // namespace gui
