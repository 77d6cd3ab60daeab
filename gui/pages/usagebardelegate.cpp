// SPDX-License-Identifier: Apache-2.0
#include "usagebardelegate.h"

#include "podtablemodel.h"

#include <QApplication>
#include <QPainter>

namespace gui {

QColor UsageBarDelegate::colorFor(double fraction, double threshold)
{
    if (fraction >= threshold)
        return QColor(0xd6, 0x45, 0x3d);
    if (fraction >= threshold - kNearMargin)
        return QColor(0xe0, 0x9b, 0x1f);
    return QColor(0x4c, 0xa7, 0x5a);
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant usage = index.data(model::PodTableModel::UsageRole);
    if (!usage.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double fraction = std::clamp(usage.toDouble(), 0.0, 1.0);
    const double threshold = index.data(model::PodTableModel::ThresholdRole).toDouble();
    const QRect bar = opt.rect.adjusted(3, 3, -3, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar, opt.palette.color(QPalette::Base).darker(106));
    QColor fill = colorFor(fraction, threshold);
    fill.setAlpha(opt.state & QStyle::State_Selected ? 255 : 170);
    painter->fillRect(QRect(bar.topLeft(), QSize(int(bar.width() * fraction), bar.height())), fill);
    const int tick = bar.left() + int(bar.width() * threshold);
    painter->setPen(QPen(opt.palette.color(QPalette::Text), 2));
    painter->drawLine(tick, bar.top(), tick, bar.bottom());
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 12, 72));
    return size;
}

} // namespace gui
