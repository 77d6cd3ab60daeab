// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Dashboard tab: totals; the "needs attention" list across every AZ
// (over or near threshold, over it soon by the capacity outlook's trend, out
// of service with tenants, unknown usage) with each pod's time remaining,
// sortable, a click away from the pod and a right-click from its actions;
// then every pod's usage as a heat map (only the chosen AZ when the tree has
// one selected). Cheap to rebuild: nothing is laid out per pod.

#include "capacityoutlookdata.h"
#include "cloudsnapshot.h"
#include "scope.h"

#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace model {
class AttentionTableModel;
}

namespace gui {

class UsageHeatMap;

class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setSnapshot(model::SnapshotPtr snapshot);
    // The capacity outlook of the current snapshot (computed once for the
    // console by model::CapacityOutlookJob): the list's time remaining.
    void setOutlook(const model::CapacityOutlookPtr &outlook);
    void setScope(const Scope &scope);
    // Adds the actions for a pod to its right-click menu (the list's and the heat map's).
    void setPodMenuFiller(std::function<void(QMenu &menu, int pod)> fill) { m_fillPodMenu = std::move(fill); }

    QTableView *attentionView() const { return m_attention; }
    model::AttentionTableModel *attentionModel() const { return m_attentionModel; }
    UsageHeatMap *heatMap() const { return m_heatMap; }
    QLabel *totalsLabel() const { return m_totals; }

signals:
    void podActivated(int pod); // clicked: select it in the tree and the Pods tab

private:
    void updateTotals();
    void showPodMenu(int pod, const QPoint &globalPos);
    // The selected pod stays selected when the list is rebuilt (by pod id).
    void rememberSelection();
    void restoreSelection();

    model::SnapshotPtr m_snapshot;
    QLabel *m_totals;
    QLabel *m_attentionTitle;
    model::AttentionTableModel *m_attentionModel;
    QSortFilterProxyModel *m_attentionProxy;
    QTableView *m_attention;
    UsageHeatMap *m_heatMap;
    std::function<void(QMenu &, int)> m_fillPodMenu;
    QString m_selectedPodId;
};

} // namespace gui
