// SPDX-License-Identifier: Apache-2.0
#pragma once

// A what-if plan's operations (bind, unbind, rebind) in the order they run,
// with what happened to each while the plan is applied: pending, applied,
// failed (the one that stopped it) or not applied.

#include "plan.h"

#include <QAbstractTableModel>

#include <memory>

namespace model {

class PlanOperationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Number, Operation, Tenant, Az, Group, From, To, Status, Count };
    enum class Status { Pending, Applied, Failed, NotApplied };

    explicit PlanOperationModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<const whatif::Plan> plan);
    const whatif::Plan *plan() const { return m_plan.get(); }

    Status status(int row) const { return m_status[std::size_t(row)]; }
    // Marks rows [first, last] (one dataChanged for the range).
    void setStatus(int first, int last, Status status);
    int countWith(Status status) const;
    static QString statusName(Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, Column column) const;
    QVariant raw(int row, Column column) const;

    std::shared_ptr<const whatif::Plan> m_plan;
    std::vector<Status> m_status;
};

} // namespace model
