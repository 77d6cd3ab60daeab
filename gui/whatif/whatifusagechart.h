// SPDX-License-Identifier: Apache-2.0
#pragma once

// One AZ of a what-if report: each pod's figure before and after the
// scenario as paired bars (peak usage, one resource in percent of the pod's
// capacity, or bound tenants). Pods added by the scenario have no "before".

#include "report.h"

#include <QGroupBox>

namespace gui {

class WhatIfUsageChart final : public QGroupBox
{
    Q_OBJECT

public:
    enum class Figure { PeakUsage, Vcpus, Ram, Disk, Tenants, Vms };
    static constexpr int kMaxPods = 12;

    WhatIfUsageChart(const whatif::Report &report, const std::string &az, Figure figure, QWidget *parent = nullptr);

    static QString figureName(Figure figure);
    static QStringList azsOf(const whatif::Report &report);
    int podCount() const { return m_pods; }

private:
    static std::optional<double> value(const whatif::PodReport &pod, const whatif::PodFigures &f, Figure figure);
    QWidget *buildChart(const whatif::Report &report, const std::vector<std::size_t> &pods, Figure figure);

    int m_pods = 0;
};

} // namespace gui
