// SPDX-License-Identifier: Apache-2.0
#include "whatifusagechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

WhatIfUsageChart::WhatIfUsageChart(const whatif::Report &report, const std::string &az, Figure figure,
                                   QWidget *parent)
    : QGroupBox(parent)
{
    std::vector<std::size_t> pods;
    for (std::size_t i = 0; i < report.pods.size(); ++i)
        if (report.pods[i].az == az)
            pods.push_back(i);
    m_pods = int(pods.size());
    if (pods.size() > std::size_t(kMaxPods)) {
        // The pods that changed most are the interesting ones.
        const auto change = [&](std::size_t i) {
            const whatif::PodReport &p = report.pods[i];
            const double after = value(p, p.after, figure).value_or(0);
            const double before = p.before ? value(p, *p.before, figure).value_or(0) : 0;
            return std::abs(after - before);
        };
        std::stable_sort(pods.begin(), pods.end(), [&](std::size_t a, std::size_t b) { return change(a) > change(b); });
        pods.resize(kMaxPods);
        std::sort(pods.begin(), pods.end());
    }
    setTitle(pods.size() < std::size_t(m_pods)
                 ? tr("%1 — the %2 pods that changed most of %3").arg(QString::fromStdString(az)).arg(pods.size()).arg(m_pods)
                 : tr("%1 — %n pod(s)", nullptr, m_pods).arg(QString::fromStdString(az)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildChart(report, pods, figure));
}

QString WhatIfUsageChart::figureName(Figure figure)
{
    switch (figure) {
    case Figure::PeakUsage: return tr("Peak usage (%)");
    case Figure::Vcpus: return tr("vCPUs used (%)");
    case Figure::Ram: return tr("RAM used (%)");
    case Figure::Disk: return tr("Disk used (%)");
    case Figure::Tenants: return tr("Tenants bound");
    case Figure::Vms: return tr("VMs");
    }
    return {};
}

QStringList WhatIfUsageChart::azsOf(const whatif::Report &report)
{
    QStringList azs;
    for (const whatif::PodReport &p : report.pods)
        if (!azs.contains(QString::fromStdString(p.az)))
            azs << QString::fromStdString(p.az);
    return azs;
}

std::optional<double> WhatIfUsageChart::value(const whatif::PodReport &pod, const whatif::PodFigures &f, Figure figure)
{
    const auto fraction = [&](sched::Resource r) -> std::optional<double> {
        const auto used = f.used[std::size_t(r)];
        const auto total = pod.capacity[std::size_t(r)];
        if (!used || total <= 0)
            return std::nullopt;
        return double(*used) * 100.0 / double(total);
    };
    switch (figure) {
    case Figure::PeakUsage: {
        std::optional<double> peak;
        for (sched::Resource r : sched::kAllResources)
            if (auto v = fraction(r))
                peak = std::max(peak.value_or(0), *v);
        return peak;
    }
    case Figure::Vcpus: return fraction(sched::Resource::Vcpus);
    case Figure::Ram: return fraction(sched::Resource::RamMb);
    case Figure::Disk: return fraction(sched::Resource::DiskGb);
    case Figure::Tenants: return double(f.tenants);
    case Figure::Vms: return double(f.vms);
    }
    return std::nullopt;
}

QWidget *WhatIfUsageChart::buildChart(const whatif::Report &report, const std::vector<std::size_t> &pods,
                                      Figure figure)
{
    auto *before = new QBarSet(tr("before", "what-if chart: figure before the scenario"));
    auto *after = new QBarSet(tr("after", "what-if chart: figure after the scenario"));
    before->setColor(QColor(0xa8, 0xb8, 0xcc));
    after->setColor(QColor(0x4a, 0x7f, 0xd8));
    QStringList categories;
    double top = 0;
    for (std::size_t i : pods) {
        const whatif::PodReport &p = report.pods[i];
        const double b = p.before ? value(p, *p.before, figure).value_or(0) : 0;
        const double a = p.removed ? 0 : value(p, p.after, figure).value_or(0);
        before->append(b);
        after->append(a);
        top = std::max({top, a, b});
        QString label = QString::fromStdString(p.name);
        if (!p.before)
            label = tr("%1 (new)", "pod added by the scenario").arg(label);
        else if (p.removed)
            label = tr("%1 (removed)", "pod removed by the scenario").arg(label);
        categories << label;
    }
    auto *series = new QBarSeries;
    series->append(before);
    series->append(after);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    const bool percent = figure != Figure::Tenants && figure != Figure::Vms;
    y->setRange(0, percent ? std::max(100.0, top) : std::max(1.0, top * 1.1));
    y->setLabelFormat(percent ? QStringLiteral("%d %") : QStringLiteral("%d"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 220);
    return view;
}

} // namespace gui
