#pragma once

// The binding changes of one policy's what-if report as a table. Sort and
// filter through ReportTableProxyModel (raw values in WhatIfSortRole).

#include "whatifresult.h"

#include <QAbstractTableModel>

namespace model {

class ChangeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Event, Tenant, Az, Group, From, To, Reason, Count };

    explicit ChangeTableModel(QObject *parent = nullptr);

    // `report`: 0 = the primary policy, i + 1 = the i-th compared one.
    void setResult(WhatIfResultPtr result, int report = 0);
    const whatif::Report *report() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const whatif::ChangeRecord &c, Column column) const;
    QVariant raw(const whatif::ChangeRecord &c, Column column) const;

    WhatIfResultPtr m_result;
    int m_report = 0;
};

} // namespace model
