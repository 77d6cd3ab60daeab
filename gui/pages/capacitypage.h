// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Capacity tab: the at-risk list (every bottom pod, soonest conservative
// crossing first, filterable by AZ), the groups with the date a new pod is
// needed, and a chart of the selected pod's resource or group. The outlook is
// handed in (model::CapacityOutlookJob computes it once for every view).

#include "capacityoutlookdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace model {
class CapacityGroupModel;
class CapacityTableModel;
} // namespace model

namespace gui {

class CapacityChart;

class CapacityPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityPage(QWidget *parent = nullptr);

    // A new outlook is being computed: says so until setOutlook().
    void showComputing();
    // The outlook to show (null: no cloud).
    void setOutlook(model::CapacityOutlookPtr outlook);
    // Only this AZ's pods and groups ("" = all).
    void setAz(const QString &az);

    model::CapacityOutlookPtr outlook() const { return m_outlook; }
    QTableView *podTable() const { return m_podTable; }
    QTableView *groupTable() const { return m_groupTable; }
    QComboBox *azFilter() const { return m_az; }
    CapacityChart *chart() const { return m_chart; }

signals:
    void outlookReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAzList();
    void showPodRow(const QModelIndex &proxyIndex);
    void showGroupRow(const QModelIndex &proxyIndex);

    bool m_chartFirstOnShow = false; // the first pod is charted when the page is first seen (charting takes 20 ms)
    model::CapacityOutlookPtr m_outlook;
    model::CapacityTableModel *m_podModel;
    model::CapacityGroupModel *m_groupModel;
    QSortFilterProxyModel *m_podProxy;
    QSortFilterProxyModel *m_groupProxy;
    QComboBox *m_az;
    QLabel *m_summary;
    QTableView *m_podTable;
    QTableView *m_groupTable;
    CapacityChart *m_chart;
};

} // namespace gui
