// SPDX-License-Identifier: Apache-2.0
#include "usageheatmap.h"

#include "displayformat.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace gui {

namespace {
const QColor kResourceColors[] = {QColor(0x4a, 0x7f, 0xd8), QColor(0x5b, 0xa3, 0x6a), QColor(0xa0, 0x7c, 0xc5)};
const QColor kOver(0xd6, 0x45, 0x3d), kNear(0xe0, 0x9b, 0x1a);
constexpr double kNearMargin = 0.05;
} // namespace

UsageHeatMap::UsageHeatMap(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void UsageHeatMap::setSnapshot(model::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_podsOfAz.assign(m_snapshot ? std::size_t(m_snapshot->azNames().size()) : 0, {});
    for (int p = 0; m_snapshot && p < m_snapshot->podCount(); ++p)
        if (m_snapshot->azIndexOfPod(p) >= 0)
            m_podsOfAz[std::size_t(m_snapshot->azIndexOfPod(p))].push_back(p);
    m_maxPods = 0;
    for (std::vector<int> &pods : m_podsOfAz) {
        std::sort(pods.begin(), pods.end(),
                  [this](int a, int b) { return m_snapshot->podNameRank(a) < m_snapshot->podNameRank(b); });
        m_maxPods = std::max(m_maxPods, int(pods.size()));
    }
    updateGeometry();
    update();
}

void UsageHeatMap::setAz(int azIndex)
{
    m_az = azIndex;
    updateGeometry();
    update();
}

std::vector<int> UsageHeatMap::shownAzs() const
{
    std::vector<int> azs;
    for (int az = 0; az < int(m_podsOfAz.size()); ++az)
        if (m_az < 0 || az == m_az)
            azs.push_back(az);
    return azs;
}

UsageHeatMap::Geometry UsageHeatMap::geometryFor(int width) const
{
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    for (sched::Resource r : sched::kAllResources)
        g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(model::DisplayFormat::resourceName(r)) + 12);
    g.rowHeight = std::max(fm.height(), 14);
    g.cell = std::clamp((width - g.labelWidth - 4) / std::max(m_maxPods, 1), 5, 3 * g.rowHeight);
    g.titleHeight = fm.height() + 6;
    g.blockGap = fm.height() / 2;
    return g;
}

int UsageHeatMap::blockHeight(const Geometry &g) const
{
    return g.titleHeight + int(sched::kResourceCount) * g.rowHeight + g.blockGap;
}

int UsageHeatMap::heightForWidth(int width) const
{
    return int(shownAzs().size()) * blockHeight(geometryFor(width)) + 4;
}

QSize UsageHeatMap::sizeHint() const { return {600, heightForWidth(600)}; }

void UsageHeatMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setMinimumHeight(heightForWidth(width()));
}

QRect UsageHeatMap::cellRect(int pod, sched::Resource resource) const
{
    if (!m_snapshot || pod < 0 || pod >= m_snapshot->podCount())
        return {};
    const int az = m_snapshot->azIndexOfPod(pod);
    const std::vector<int> azs = shownAzs();
    const auto block = std::find(azs.begin(), azs.end(), az);
    if (az < 0 || block == azs.end())
        return {};
    const Geometry g = geometryFor(width());
    const std::vector<int> &pods = m_podsOfAz[std::size_t(az)];
    const int column = int(std::find(pods.begin(), pods.end(), pod) - pods.begin());
    const int top = int(block - azs.begin()) * blockHeight(g) + g.titleHeight + int(resource) * g.rowHeight;
    return {g.labelWidth + column * g.cell, top, g.cell - 1, g.rowHeight - 2};
}

int UsageHeatMap::podAt(const QPoint &pos) const
{
    if (!m_snapshot)
        return -1;
    const Geometry g = geometryFor(width());
    const std::vector<int> azs = shownAzs();
    const int block = pos.y() / blockHeight(g);
    const int inBlock = pos.y() - block * blockHeight(g) - g.titleHeight;
    if (block < 0 || block >= int(azs.size()) || inBlock < 0 || inBlock >= int(sched::kResourceCount) * g.rowHeight
        || pos.x() < g.labelWidth)
        return -1;
    const std::vector<int> &pods = m_podsOfAz[std::size_t(azs[std::size_t(block)])];
    const int column = (pos.x() - g.labelWidth) / g.cell;
    return column < int(pods.size()) ? pods[std::size_t(column)] : -1;
}

void UsageHeatMap::paintEvent(QPaintEvent *event)
{
    if (!m_snapshot)
        return;
    QPainter painter(this);
    const Geometry g = geometryFor(width());
    const std::vector<int> azs = shownAzs();
    for (std::size_t i = 0; i < azs.size(); ++i) {
        const int top = int(i) * blockHeight(g);
        if (top > event->rect().bottom() || top + blockHeight(g) < event->rect().top())
            continue;
        paintAz(painter, g, azs[i], top);
    }
}

void UsageHeatMap::paintAz(QPainter &painter, const Geometry &g, int az, int top) const
{
    const std::vector<int> &pods = m_podsOfAz[std::size_t(az)];
    int over = 0;
    for (int p : pods) {
        const sched::Pod &pod = m_snapshot->pods()[std::size_t(p)];
        const auto peak = model::DisplayFormat::peakUsage(pod);
        over += peak && *peak >= pod.threshold;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString title = over > 0 ? tr("%1 — %n pod(s), %2 over threshold", nullptr, int(pods.size()))
                                         .arg(m_snapshot->azNames()[az], QLocale().toString(over))
                                   : tr("%1 — %n pod(s)", nullptr, int(pods.size())).arg(m_snapshot->azNames()[az]);
    painter.drawText(QRect(0, top, width(), g.titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font());
    for (sched::Resource r : sched::kAllResources) {
        const int y = top + g.titleHeight + int(r) * g.rowHeight;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, g.labelWidth - 6, g.rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         model::DisplayFormat::resourceName(r));
        for (std::size_t c = 0; c < pods.size(); ++c) {
            const sched::Pod &pod = m_snapshot->pods()[std::size_t(pods[c])];
            const QRect cell(g.labelWidth + int(c) * g.cell, y, g.cell - 1, g.rowHeight - 2);
            const auto f = model::DisplayFormat::usageFraction(pod, r);
            if (!f) {
                painter.fillRect(cell, QBrush(Qt::lightGray, Qt::BDiagPattern));
                continue;
            }
            QColor fill = kResourceColors[int(r)];
            fill.setAlphaF(float(0.12 + 0.88 * std::clamp(*f, 0.0, 1.0)));
            painter.fillRect(cell, fill);
            if (*f >= pod.threshold - kNearMargin) {
                painter.setPen(QPen(*f >= pod.threshold ? kOver : kNear, 2));
                painter.drawRect(cell.adjusted(1, 1, -1, -1));
            }
        }
    }
}

QString UsageHeatMap::toolTipFor(int pod) const
{
    if (!m_snapshot || pod < 0 || pod >= m_snapshot->podCount())
        return {};
    const sched::Pod &p = m_snapshot->pods()[std::size_t(pod)];
    const QLocale locale;
    QString text = tr("<b>%1</b> — AZ %2, %3, %n tenant(s) bound", nullptr, m_snapshot->boundTenantsOfPod(pod))
                       .arg(m_snapshot->podName(pod).toHtmlEscaped(), m_snapshot->podAz(pod).toHtmlEscaped(),
                            model::DisplayFormat::podState(p.state));
    for (sched::Resource r : sched::kAllResources) {
        const std::int64_t total = p.capacity[std::size_t(r)];
        const auto used = p.used[std::size_t(r)];
        const qint64 limit = qint64(double(total) * p.threshold);
        text += QStringLiteral("<br>")
                + (used ? tr("%1: %2 used of %3 allowed (threshold %4 %) of %5 total")
                              .arg(model::DisplayFormat::resourceName(r), model::DisplayFormat::amount(r, *used),
                                   model::DisplayFormat::amount(r, limit), locale.toString(qRound(p.threshold * 100)),
                                   model::DisplayFormat::amount(r, total))
                        : tr("%1: usage unknown, %2 total").arg(model::DisplayFormat::resourceName(r),
                                                                model::DisplayFormat::amount(r, total)));
    }
    return text;
}

bool UsageHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pod = podAt(help->pos());
        if (pod >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(pod), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void UsageHeatMap::mousePressEvent(QMouseEvent *event)
{
    const int pod = event->button() == Qt::LeftButton ? podAt(event->position().toPoint()) : -1;
    if (pod >= 0)
        emit podActivated(pod);
    QWidget::mousePressEvent(event);
}

void UsageHeatMap::contextMenuEvent(QContextMenuEvent *event)
{
    const int pod = podAt(event->pos());
    if (pod >= 0)
        emit podMenuRequested(pod, event->globalPos());
}

} // namespace gui
