// SPDX-License-Identifier: Apache-2.0
#pragma once

// The binding changes of one policy's what-if report as a table. Sort and
// filter through ReportTableProxyModel (raw values in WhatIfSortRole).

#include "reporttablemodel.h"

namespace model {

class ChangeTableModel final : public ReportTableModel
{
    Q_OBJECT

public:
    enum class Column { Event, Tenant, Az, Group, From, To, Reason, Count };

    using ReportTableModel::ReportTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const whatif::ChangeRecord &c, Column column) const;
    QVariant raw(const whatif::ChangeRecord &c, Column column) const;
};

} // namespace model
