// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Capacity view's groups: one row per (AZ, pod group) with the date by
// which every pod of the group is over its threshold, i.e. when a new pod must
// be ready ("2027-03-14 (conservative) – 2027-04-02 (trend)"), or the reason
// there is none, and the size a new pod needs to last the horizon.

#include "capacityoutlookdata.h"

#include <QAbstractTableModel>

namespace model {

class CapacityGroupModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AzColumn, GroupColumn, PodsColumn, NeededByColumn, DaysColumn, NewPodColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, GroupIndexRole };

    explicit CapacityGroupModel(QObject *parent = nullptr);

    void setOutlook(CapacityOutlookPtr outlook);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "New pod needed in az2/gpu by 2027-03-14 (conservative) – 2027-04-02 (trend)", or the reason.
    static QString sentence(const CapacityOutlookData &data, const sched::outlook::GroupOutlook &group);

private:
    QVariant display(const sched::outlook::GroupOutlook &g, int column) const;

    CapacityOutlookPtr m_outlook;
};

} // namespace model
