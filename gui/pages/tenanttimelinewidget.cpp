// SPDX-License-Identifier: Apache-2.0
#include "tenanttimelinewidget.h"

#include "displayformat.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace gui {

namespace {
constexpr int kLaneHeight = 26;
constexpr int kAxisHeight = 24;
constexpr int kMargin = 8;
} // namespace

TenantTimelineWidget::TenantTimelineWidget(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TenantTimelineWidget::setSnapshot(model::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_tenant = -1;
    rebuild();
}

void TenantTimelineWidget::setTenant(int tenant)
{
    m_tenant = tenant;
    rebuild();
}

void TenantTimelineWidget::rebuild()
{
    m_lanes.clear();
    if (m_snapshot && m_tenant >= 0 && m_tenant < m_snapshot->tenantCount()) {
        for (int i : m_snapshot->bindingsOfTenant(m_tenant)) {
            const int pod = m_snapshot->bindings()[std::size_t(i)].pod;
            auto lane = std::find_if(m_lanes.begin(), m_lanes.end(), [pod](const Lane &l) { return l.pod == pod; });
            if (lane == m_lanes.end())
                lane = m_lanes.insert(m_lanes.end(), Lane{pod, {}});
            lane->bindings.push_back(i);
        }
    }
    updateGeometry();
    update();
}

QSize TenantTimelineWidget::sizeHint() const
{
    return {600, kAxisHeight + 2 * kMargin + std::max(3, laneCount()) * kLaneHeight};
}

QSize TenantTimelineWidget::minimumSizeHint() const { return {300, kAxisHeight + 2 * kMargin + 2 * kLaneHeight}; }

void TenantTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (m_lanes.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, m_tenant < 0 ? tr("Choose a tenant above to see its bindings over time.")
                                                       : tr("This tenant has no bindings."));
        return;
    }
    std::int64_t from = m_snapshot->loadedAtUs();
    for (const Lane &lane : m_lanes)
        for (int i : lane.bindings)
            from = std::min(from, m_snapshot->bindings()[std::size_t(i)].createdAtUs);
    const std::int64_t to = std::max(m_snapshot->loadedAtUs(), from + 1);
    int labelWidth = 0;
    for (const Lane &lane : m_lanes)
        labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(m_snapshot->podName(lane.pod)));
    labelWidth += 16;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const QRect row(area.left(), area.top() + int(i) * kLaneHeight, area.width(), kLaneHeight);
        paintLane(p, m_lanes[i], row, labelWidth, from, to);
    }
    const QRect axis(area.left() + labelWidth, area.top() + int(m_lanes.size()) * kLaneHeight + 4,
                     area.width() - labelWidth, kAxisHeight);
    paintAxis(p, axis, from, to);
}

void TenantTimelineWidget::paintLane(QPainter &p, const Lane &lane, const QRect &row, int labelWidth,
                                     std::int64_t from, std::int64_t to) const
{
    p.setPen(palette().color(QPalette::Text));
    p.drawText(row.adjusted(0, 0, -(row.width() - labelWidth), 0), Qt::AlignVCenter | Qt::AlignLeft,
               m_snapshot->podName(lane.pod));
    const QRect track = row.adjusted(labelWidth, 4, 0, -4);
    p.fillRect(track, palette().color(QPalette::AlternateBase));
    const auto xOf = [&](std::int64_t t) {
        return track.left() + int(double(t - from) / double(to - from) * track.width());
    };
    for (int i : lane.bindings) {
        const model::BindingRow &b = m_snapshot->bindings()[std::size_t(i)];
        const std::int64_t end = b.active || b.endedAtUs == 0 ? to : b.endedAtUs;
        QRectF bar(xOf(b.createdAtUs), track.top() + 2, std::max(3, xOf(end) - xOf(b.createdAtUs)), track.height() - 4);
        const QColor color = b.active ? QColor(0x2d, 0x6c, 0xdf) : QColor(0x9a, 0xa7, 0xba);
        p.setPen(color.darker(120));
        p.setBrush(color);
        p.drawRoundedRect(bar, 3, 3);
    }
}

void TenantTimelineWidget::paintAxis(QPainter &p, const QRect &axis, std::int64_t from, std::int64_t to) const
{
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(axis.topLeft(), axis.topRight());
    p.setPen(palette().color(QPalette::Text));
    constexpr int kTicks = 4;
    for (int t = 0; t <= kTicks; ++t) {
        const std::int64_t at = from + (to - from) * t / kTicks;
        const int x = axis.left() + axis.width() * t / kTicks;
        p.drawLine(x, axis.top(), x, axis.top() + 4);
        const QString label = model::DisplayFormat::dateTime(at).left(10);
        const int w = fontMetrics().horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, axis.left() - 4, axis.right() - w);
        p.drawText(QRect(left, axis.top() + 5, w + 2, axis.height() - 5), Qt::AlignLeft | Qt::AlignTop, label);
    }
}

} // namespace gui
