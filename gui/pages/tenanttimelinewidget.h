// SPDX-License-Identifier: Apache-2.0
#pragma once

// One tenant's bindings on a time axis: a lane per pod it used, a bar per
// binding (solid while active, pale once ended), from its first binding to
// the snapshot time.

#include "cloudsnapshot.h"

#include <QWidget>

namespace gui {

class TenantTimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TenantTimelineWidget(QWidget *parent = nullptr);

    void setSnapshot(model::SnapshotPtr snapshot);
    void setTenant(int tenant); // -1 = none
    int tenant() const { return m_tenant; }
    int laneCount() const { return int(m_lanes.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Lane {
        int pod;
        std::vector<int> bindings;
    };
    void rebuild();
    void paintAxis(QPainter &p, const QRect &area, std::int64_t from, std::int64_t to) const;
    void paintLane(QPainter &p, const Lane &lane, const QRect &row, int labelWidth, std::int64_t from,
                   std::int64_t to) const;

    model::SnapshotPtr m_snapshot;
    int m_tenant = -1;
    std::vector<Lane> m_lanes;
};

} // namespace gui
