// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Capacity view's at-risk list: one row per bottom pod with the resource
// that crosses its threshold first (conservatively), its usage against the
// limit, the days remaining (conservative – trend) and their dates, and the
// capacity left now in units and typical VMs. A pod without any projection
// shows the reason instead. SortRole holds raw values (time remaining: the
// conservative days; rows without a projection sort last).

#include "capacityoutlookdata.h"

#include <QAbstractTableModel>

namespace model {

class CapacityTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PodColumn, AzColumn, GroupColumn, ResourceColumn, UsedColumn, DaysColumn, DateColumn,
                  LeftColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        PodIndexRole,  // int: index into the outlook's state pods
        ResourceRole,  // int: the resource shown (sched::Resource), -1 when none has a projection
        ConservativeDaysRole, // double, or invalid without a projection
        TrendDaysRole,        // double, or invalid without a projection
    };

    explicit CapacityTableModel(QObject *parent = nullptr);

    void setOutlook(CapacityOutlookPtr outlook);
    const CapacityOutlookPtr &outlook() const { return m_outlook; }
    // The row of the pod named `name`, -1 when absent.
    int rowOfPod(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // An amount of a resource as people read it ("12 vCPUs", "3.5 GiB", "200 GB").
    static QString amountText(sched::Resource r, double value);
    // The same number without its unit ("12", "3.5"), for "12 / 40 vCPUs".
    static QString plainAmount(sched::Resource r, double value);

private:
    // The resource a row shows: the soonest crossing, else vCPUs.
    sched::Resource shownResource(const sched::outlook::PodOutlook &pod) const;
    QVariant display(const sched::outlook::PodOutlook &pod, int column) const;
    QVariant sortKey(const sched::outlook::PodOutlook &pod, int column) const;

    CapacityOutlookPtr m_outlook;
};

} // namespace model
