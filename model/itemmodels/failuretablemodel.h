// SPDX-License-Identifier: Apache-2.0
#pragma once

// The failures of one policy's what-if report (scheduling failures and
// delete_vm requests without a binding) with their reasons, as a table.

#include "reporttablemodel.h"

namespace model {

class FailureTableModel final : public ReportTableModel
{
    Q_OBJECT

public:
    enum class Column { Event, Tenant, Az, Group, Reason, Count };

    using ReportTableModel::ReportTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const whatif::FailureRecord &f, Column column) const;
    QVariant raw(const whatif::FailureRecord &f, Column column) const;
};

} // namespace model
