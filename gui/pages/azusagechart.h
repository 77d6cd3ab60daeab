#pragma once

// One AZ on the dashboard: each pod's usage per resource as bars (percent of
// the total), its threshold as a marker, pods over their threshold drawn in
// red, bindings per pod in the category labels.

#include "cloudsnapshot.h"

#include <QGroupBox>

class QLabel;

namespace gui {

class AzUsageChart final : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kMaxPods = 16; // the busiest ones when an AZ has more

    AzUsageChart(const model::CloudSnapshot &snapshot, int azIndex, QWidget *parent = nullptr);

    int azIndex() const { return m_azIndex; }
    int overThreshold() const { return m_over; }
    int nearThreshold() const { return m_near; }

private:
    std::vector<int> podsToShow(const model::CloudSnapshot &snapshot) const;
    QWidget *buildChart(const model::CloudSnapshot &snapshot, const std::vector<int> &pods);
    QLabel *buildSummary(const model::CloudSnapshot &snapshot, const std::vector<int> &pods, int total);

    int m_azIndex;
    int m_over = 0;
    int m_near = 0;
};

} // namespace gui
