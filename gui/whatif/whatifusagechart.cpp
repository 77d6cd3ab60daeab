// SPDX-License-Identifier: Apache-2.0
#include "whatifusagechart.h"

#include "podlabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLineSeries>
#include <QFontMetrics>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

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
    m_title = pods.size() < std::size_t(m_pods)
                  ? tr("%1 — the %2 pods that changed most of %3").arg(QString::fromStdString(az)).arg(pods.size()).arg(m_pods)
                  : tr("%1 — %n pod(s)", nullptr, m_pods).arg(QString::fromStdString(az));
    setTitle(m_title);
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

WhatIfUsageChart::Axis WhatIfUsageChart::roundAxis(double top, bool percent)
{
    top = std::max(top, percent ? 100.0 : 1.0);
    const double rough = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10.0;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    step = std::max(step, 1.0); // whole numbers on the ticks
    const double max = std::ceil(top / step - 1e-9) * step;
    return {max, int(std::lround(max / step)) + 1};
}

std::optional<double> WhatIfUsageChart::thresholdPercent(const whatif::PodReport &pod)
{
    for (const sched::Resource r : sched::kAllResources) {
        const auto i = std::size_t(r);
        if (pod.capacity[i] > 0)
            return double(pod.limit[i]) * 100.0 / double(pod.capacity[i]);
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
    const bool percent = figure != Figure::Tenants && figure != Figure::Vms;
    auto *threshold = new QLineSeries;
    threshold->setName(tr("threshold", "what-if chart: the pods' thresholds"));
    threshold->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine));
    QStringList names;
    double top = 0;
    for (std::size_t k = 0; k < pods.size(); ++k) {
        const whatif::PodReport &p = report.pods[pods[k]];
        const double b = p.before ? value(p, *p.before, figure).value_or(0) : 0;
        const double a = p.removed ? 0 : value(p, p.after, figure).value_or(0);
        before->append(b);
        after->append(a);
        top = std::max({top, a, b});
        names << QString::fromStdString(p.name);
        if (const auto t = thresholdPercent(p); percent && t) { // a step across the pod's bars
            threshold->append(double(k) - 0.5, *t);
            threshold->append(double(k) + 0.5, *t);
            top = std::max(top, *t);
        }
    }
    m_fullNames = names;
    m_marks.clear();
    for (const std::size_t i : pods) {
        const whatif::PodReport &p = report.pods[i];
        m_marks << (!p.before ? tr("%1 (new)", "pod added by the scenario")
                    : p.removed ? tr("%1 (removed)", "pod removed by the scenario")
                                : QStringLiteral("%1"));
    }
    auto *series = new QBarSeries;
    series->append(before);
    series->append(after);
    auto *chart = new QChart;
    chart->addSeries(series);
    m_axis = new QBarCategoryAxis;
    auto *x = m_axis;
    auto *y = new QValueAxis;
    const Axis axis = roundAxis(percent ? top : top * 1.05, percent);
    y->setRange(0, axis.max);
    y->setTickCount(axis.ticks);
    y->setLabelFormat(percent ? QStringLiteral("%d %") : QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (threshold->count() > 0) {
        chart->addSeries(threshold);
        threshold->attachAxis(x);
        threshold->attachAxis(y);
    } else {
        delete threshold;
    }
    connect(series, &QBarSeries::hovered, this, [this, names](bool on, int index, QBarSet *set) {
        if (!on || index < 0 || index >= names.size())
            return QToolTip::hideText();
        QToolTip::showText(QCursor::pos(), tr("%1: %2 %3", "pod: before/after value")
                                               .arg(names[index], set->label(), QLocale().toString(set->at(index), 'f', 1)));
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 240);
    m_view = view;
    fitLabels();
    // The plot area is laid out after the widget got its size (and again when
    // the value axis' labels change its width): fit the labels to it then.
    // Queued: the axis' categories are not changed inside the chart's layout.
    connect(chart, &QChart::plotAreaChanged, this, [this] { fitLabels(); }, Qt::QueuedConnection);
    return view;
}

// The part all names share up to a separator ("az1-general-purpose-pod-"),
// so the labels show what differs; empty when it would leave a name empty.
QString WhatIfUsageChart::commonPrefix(const QStringList &names)
{
    if (names.size() < 2)
        return {};
    QString prefix = names.first();
    for (const QString &n : names) {
        qsizetype k = 0;
        while (k < prefix.size() && k < n.size() && prefix[k] == n[k])
            ++k;
        prefix.truncate(k);
    }
    const qsizetype cut = std::max({prefix.lastIndexOf(QLatin1Char('-')), prefix.lastIndexOf(QLatin1Char('_')),
                                    prefix.lastIndexOf(QLatin1Char('.')), prefix.lastIndexOf(QLatin1Char(' '))});
    prefix.truncate(cut + 1);
    for (const QString &n : names)
        if (n.size() <= prefix.size())
            return {};
    return prefix.size() >= 3 ? prefix : QString();
}

// Labels as wide as a category's room on the axis (Qt would cut them at the
// end otherwise, and names that differ at the end would look alike): the
// shared prefix goes to the title, the rest is cut in the middle, never alike.
void WhatIfUsageChart::fitLabels()
{
    if (!m_axis || !m_view || m_fullNames.isEmpty())
        return;
    const QString prefix = commonPrefix(m_fullNames);
    QStringList rest;
    for (const QString &n : m_fullNames)
        rest << n.mid(prefix.size());
    const QFontMetrics metrics(m_axis->labelsFont());
    const double plot = m_view->chart()->plotArea().width() > 0 ? m_view->chart()->plotArea().width() : m_view->width() - 70.0;
    const double room = std::max(24.0, plot / double(m_fullNames.size()) - 12.0); // Qt cuts labels wider than this
    const auto widest = [&metrics](const QStringList &list) {
        int w = 0;
        for (const QString &l : list)
            w = std::max(w, metrics.horizontalAdvance(l));
        return w;
    };
    QStringList shortened;
    for (int cells = 40; cells >= 3; --cells) {
        shortened = model::PodLabels::shorten(rest, cells);
        if (widest(shortened) <= room)
            break;
    }
    QStringList labels;
    for (qsizetype i = 0; i < shortened.size(); ++i) {
        QString label = m_marks.value(i, QStringLiteral("%1")).arg(shortened[i]);
        if (metrics.horizontalAdvance(label) > room && label != shortened[i])
            label = shortened[i]; // no room for the mark: the tooltip says it
        labels << label;
    }
    if (labels == m_labels)
        return;
    m_labels = labels;
    m_axis->setCategories(labels);
    m_view->setToolTip(tr("Pods: %1").arg(m_fullNames.join(QStringLiteral(", "))));
    setTitle(prefix.isEmpty() ? m_title : tr("%1 (names start with %2)", "chart title (shared start of the pod names)").arg(m_title, prefix));
}

void WhatIfUsageChart::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    fitLabels();
}

} // namespace gui
