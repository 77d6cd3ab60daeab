// SPDX-License-Identifier: Apache-2.0
#include "capacitychart.h"

#include "capacitygroupmodel.h"
#include "capacityreport.h"
#include "capacitytablemodel.h"
#include "projectiontext.h"
#include "statevalidator.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace gui {

namespace {
constexpr double kMsPerDay = 86400.0 * 1000;

double msAt(std::int64_t nowUs, double days) { return double(nowUs / 1000) + days * kMsPerDay; }

// The value a sample holds for `r`, if collected.
std::optional<double> sampleValue(const sched::UsageSample &s, sched::Resource r)
{
    const auto v = s.used[std::size_t(r)];
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}
} // namespace

QString CapacityChart::axisTitle(sched::Resource r)
{
    switch (r) {
    case sched::Resource::Vcpus:
        return tr("vCPUs");
    case sched::Resource::RamMb:
        return tr("RAM (MiB)");
    case sched::Resource::DiskGb:
        break;
    }
    return tr("Disk (GB)");
}

CapacityChart::CapacityChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart)), m_date(new QLabel)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_date->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("capacityDate"));
    m_date->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_date);
    clear();
}

void CapacityChart::clear()
{
    m_chart->removeAllSeries();
    // removeAllSeries() deletes the series, but removeAxis() only gives the
    // axis back to us (LeakSanitizer found every redraw leaking two).
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle({});
    m_date->setText(tr("Pick a pod or a group to see its history and trend."));
    m_data.reset();
}

QString CapacityChart::dateText() const { return m_date->text(); }

QStringList CapacityChart::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->series())
        names << s->name();
    return names;
}

void CapacityChart::showPod(const model::CapacityOutlookPtr &data, int pod, sched::Resource resource)
{
    clear();
    if (!data || pod < 0 || pod >= int(data->outlook.pods.size()))
        return;
    m_data = data;
    const auto &po = data->outlook.pods[std::size_t(pod)];
    const sched::Pod &p = data->state.pods[po.pod];
    const auto &res = po.resources[std::size_t(resource)];
    Curve c;
    if (const auto it = data->state.usageHistory.find(p.id); it != data->state.usageHistory.end())
        for (const sched::UsageSample &s : it->second)
            if (const auto v = sampleValue(s, resource))
                c.history.emplace_back(double(s.atUs / 1000), *v);
    c.hasTrend = !res.fit.noFit && res.fit.samples > 0;
    c.slopePerDay = res.fit.slopePerDay;
    c.valueAtNow = res.fit.valueAt(0);
    c.band = res.fit.band;
    c.limit = res.limit;
    c.crossingDays = res.daysRemaining.conservative;
    m_chart->setTitle(tr("%1 — %2").arg(QString::fromStdString(p.name), axisTitle(resource)));
    plot(c, data->options.nowUs, data->options.horizonDays, axisTitle(resource));
    const auto &d = res.daysRemaining;
    if (!model::ProjectionText::hasNumbers(d) || *d.trend <= 0 || model::ProjectionText::beyondTenYears(*d.conservative))
        m_date->setText(model::ProjectionText::range(d));
    else
        m_date->setText(tr("%1 of %2 over its threshold (%3) by %4")
                            .arg(model::CapacityReport::resourceName(resource), QString::fromStdString(p.name),
                                 model::CapacityTableModel::amountText(resource, std::floor(res.limit)),
                                 model::ProjectionText::datesInWords(data->options.nowUs, d)));
}

void CapacityChart::showGroup(const model::CapacityOutlookPtr &data, int group)
{
    clear();
    if (!data || group < 0 || group >= int(data->outlook.groups.size()))
        return;
    m_data = data;
    const auto &g = data->outlook.groups[std::size_t(group)];
    // The resource that fills the group first at its growth.
    sched::Resource resource = sched::Resource::Vcpus;
    double best = -1;
    for (sched::Resource r : sched::kAllResources) {
        double room = 0;
        for (const auto &po : data->outlook.pods) {
            if (std::find(g.pods.begin(), g.pods.end(), po.pod) == g.pods.end())
                continue;
            const auto &res = po.resources[std::size_t(r)];
            room += std::max(0.0, res.limit - double(res.used.value_or(0)));
        }
        const double growth = g.growthPerDay[std::size_t(r)];
        const double days = growth > 0 ? room / growth : -1;
        if (days >= 0 && (best < 0 || days < best)) {
            best = days;
            resource = r;
        }
    }
    // The group's total per sample day, the sum of limits, the summed trend.
    Curve c;
    std::map<std::int64_t, double> perDay;
    for (std::size_t pod : g.pods) {
        const sched::Pod &p = data->state.pods[pod];
        const auto it = data->state.usageHistory.find(p.id);
        if (it == data->state.usageHistory.end())
            continue;
        std::map<std::int64_t, double> last; // the last sample of each day
        for (const sched::UsageSample &s : it->second)
            if (const auto v = sampleValue(s, resource))
                last[s.atUs / 86'400'000'000] = *v;
        for (const auto &[day, v] : last)
            perDay[day] += v;
    }
    for (const auto &[day, v] : perDay)
        c.history.emplace_back(double(day) * kMsPerDay + kMsPerDay / 2, v);
    for (const auto &po : data->outlook.pods)
        if (std::find(g.pods.begin(), g.pods.end(), po.pod) != g.pods.end()) {
            const auto &res = po.resources[std::size_t(resource)];
            c.limit += res.limit;
            c.valueAtNow += res.fit.samples > 0 ? res.fit.valueAt(0) : double(res.used.value_or(0));
            c.band += res.fit.band;
        }
    c.slopePerDay = g.growthPerDay[std::size_t(resource)];
    c.hasTrend = c.slopePerDay > 0;
    c.crossingDays = g.newPodNeeded.conservative;
    m_chart->setTitle(tr("%1/%2 — %3 of all its pods")
                          .arg(QString::fromStdString(g.az), model::StateValidator::groupLabel(g.group),
                               axisTitle(resource)));
    plot(c, data->options.nowUs, data->options.horizonDays, axisTitle(resource));
    m_date->setText(model::CapacityGroupModel::sentence(*data, g));
}

void CapacityChart::plot(const Curve &c, std::int64_t nowUs, double horizonDays, const QString &unit)
{
    const double nowMs = msAt(nowUs, 0);
    double startMs = c.history.empty() ? nowMs - 30 * kMsPerDay : c.history.front().x();
    startMs = std::max(startMs, nowMs - 180 * kMsPerDay);
    double endDays = horizonDays;
    if (c.crossingDays)
        endDays = std::max(endDays, std::min(*c.crossingDays * 1.15 + 5, 3650.0));
    const double endMs = msAt(nowUs, endDays);
    double top = c.limit;

    auto *points = new QScatterSeries;
    points->setName(tr("Usage"));
    points->setMarkerSize(5);
    points->setBorderColor(Qt::transparent);
    points->setColor(QColor(0x4a, 0x7f, 0xd8));
    for (const QPointF &pt : c.history)
        if (pt.x() >= startMs) {
            points->append(pt);
            top = std::max(top, pt.y());
        }
    m_chart->addSeries(points);

    if (c.hasTrend) {
        const double startDays = (startMs - nowMs) / kMsPerDay;
        const auto at = [&](double d) { return c.valueAtNow + c.slopePerDay * d; };
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(startMs, at(startDays) + c.band);
        upper->append(endMs, at(endDays) + c.band);
        lower->append(startMs, at(startDays) - c.band);
        lower->append(endMs, at(endDays) - c.band);
        auto *band = new QAreaSeries(upper, lower);
        // An area series does not own its edges: they go with the band.
        upper->setParent(band);
        lower->setParent(band);
        band->setName(tr("Band"));
        band->setColor(QColor(0xe8, 0x9a, 0x3c, 60));
        band->setBorderColor(Qt::transparent);
        m_chart->addSeries(band);
        auto *trend = new QLineSeries;
        trend->setName(tr("Trend"));
        trend->append(startMs, at(startDays));
        trend->append(endMs, at(endDays));
        trend->setPen(QPen(QColor(0xd0, 0x70, 0x10), 2));
        m_chart->addSeries(trend);
        top = std::max(top, std::min(at(endDays) + c.band, c.limit * 1.5));
    }
    if (c.limit > 0) {
        auto *threshold = new QLineSeries;
        threshold->setName(tr("Threshold"));
        threshold->append(startMs, c.limit);
        threshold->append(endMs, c.limit);
        threshold->setPen(QPen(QColor(0xc0, 0x30, 0x30), 1.5, Qt::DashLine));
        m_chart->addSeries(threshold);
    }
    if (c.crossingDays && !model::ProjectionText::beyondTenYears(*c.crossingDays)) { // past ten years: off the chart
        auto *crossing = new QLineSeries;
        crossing->setName(tr("Crossing %1").arg(model::CapacityReport::date(nowUs, *c.crossingDays)));
        const double x = msAt(nowUs, *c.crossingDays);
        crossing->append(x, 0);
        crossing->append(x, top * 1.05);
        crossing->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5, Qt::DotLine));
        m_chart->addSeries(crossing);
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(5);
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(startMs), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(qint64(endMs), Qt::UTC));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.08 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    Q_UNUSED(unit) // in the chart's title: an axis title would be cut on small screens
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace gui
