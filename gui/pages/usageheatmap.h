// SPDX-License-Identifier: Apache-2.0
#pragma once

// Usage of every pod at a glance, readable at 20 AZs of 50 pods: per AZ a
// block of three rows (vCPUs, RAM, disk) with one cell per pod, pods in
// natural order of their names. A cell's shade of its resource's colour is the
// used share of the total; a cell at or over the pod's threshold is framed red,
// near it amber; unknown usage is hatched grey. Hovering shows the pod's full
// name and used / limit / total; a click selects the pod, a right-click asks
// for its actions.

#include "cloudsnapshot.h"

#include <QWidget>

#include <optional>

namespace gui {

class UsageHeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit UsageHeatMap(QWidget *parent = nullptr);

    void setSnapshot(model::SnapshotPtr snapshot);
    void setAz(int azIndex); // -1: every AZ
    int podAt(const QPoint &pos) const; // -1: none
    QRect cellRect(int pod, sched::Resource resource) const; // empty when not shown
    QString toolTipFor(int pod) const;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

signals:
    void podActivated(int pod);
    void podMenuRequested(int pod, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Geometry {
        int labelWidth = 0, cell = 0, rowHeight = 0, titleHeight = 0, blockGap = 0;
    };
    Geometry geometryFor(int width) const;
    std::vector<int> shownAzs() const;
    void paintAz(QPainter &painter, const Geometry &g, int az, int top) const;
    int blockHeight(const Geometry &g) const;

    model::SnapshotPtr m_snapshot;
    std::vector<std::vector<int>> m_podsOfAz; // natural order
    int m_az = -1;
    int m_maxPods = 0;
};

} // namespace gui
