// SPDX-License-Identifier: Apache-2.0
#pragma once

// Draws a usage cell as a bar: the used fraction filled (green, amber near
// the threshold, red over it), a tick at the pod's threshold and the text on
// top. Reads PodTableModel::UsageRole and ThresholdRole.

#include <QStyledItemDelegate>

namespace gui {

class UsageBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // How close to the threshold counts as "near" (fraction of the total).
    static constexpr double kNearMargin = 0.05;
    static QColor colorFor(double fraction, double threshold);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gui
