// SPDX-License-Identifier: Apache-2.0
#include "planoperationmodel.h"

#include "whatifresult.h"

#include <QBrush>
#include <QColor>

namespace model {

namespace {
QString opName(whatif::PlanOp::Kind kind)
{
    switch (kind) {
    case whatif::PlanOp::Kind::Bind: return PlanOperationModel::tr("bind", "plan operation");
    case whatif::PlanOp::Kind::Unbind: return PlanOperationModel::tr("unbind", "plan operation");
    case whatif::PlanOp::Kind::Rebind: return PlanOperationModel::tr("rebind", "plan operation");
    }
    return {};
}
} // namespace

PlanOperationModel::PlanOperationModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanOperationModel::setPlan(std::shared_ptr<const whatif::Plan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_status.assign(m_plan ? m_plan->ops.size() : 0, Status::Pending);
    endResetModel();
}

void PlanOperationModel::setStatus(int first, int last, Status status)
{
    if (first > last || first < 0 || last >= rowCount())
        return;
    std::fill(m_status.begin() + first, m_status.begin() + last + 1, status);
    emit dataChanged(index(first, 0), index(last, int(Column::Count) - 1));
}

int PlanOperationModel::countWith(Status status) const
{
    return int(std::count(m_status.begin(), m_status.end(), status));
}

QString PlanOperationModel::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return tr("pending", "plan operation status");
    case Status::Applied: return tr("applied", "plan operation status");
    case Status::Failed: return tr("failed", "plan operation status");
    case Status::NotApplied: return tr("not applied", "plan operation status");
    }
    return {};
}

int PlanOperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.size());
}

int PlanOperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlanOperationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), column);
    case WhatIfSortRole:
        return raw(index.row(), column);
    case WhatIfSearchRole: {
        QStringList parts;
        for (Column c : {Column::Tenant, Column::Az, Column::Group, Column::From, Column::To})
            parts << raw(index.row(), c).toString();
        return parts.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        switch (status(index.row())) {
        case Status::Applied: return QBrush(QColor(0x1e, 0x6b, 0x2e));
        case Status::Failed: return QBrush(QColor(0xb0, 0x1c, 0x10));
        case Status::NotApplied: return QBrush(QColor(0x80, 0x80, 0x80));
        case Status::Pending: return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant PlanOperationModel::display(int row, Column column) const
{
    const whatif::PlanOp &op = m_plan->ops[std::size_t(row)];
    switch (column) {
    case Column::Number: return row + 1;
    case Column::Operation: return opName(op.kind);
    case Column::Az: return WhatIfText::az(op.azName);
    case Column::Group: return WhatIfText::group(op.group);
    case Column::Status: return statusName(status(row));
    default: return raw(row, column);
    }
}

QVariant PlanOperationModel::raw(int row, Column column) const
{
    const whatif::PlanOp &op = m_plan->ops[std::size_t(row)];
    switch (column) {
    case Column::Number: return row + 1;
    case Column::Operation: return int(op.kind);
    case Column::Tenant: return QString::fromStdString(op.tenantId);
    case Column::Az: return QString::fromStdString(op.azName);
    case Column::Group: return QString::fromStdString(op.group);
    case Column::From: return QString::fromStdString(op.fromPodName);
    case Column::To: return QString::fromStdString(op.toPodName);
    case Column::Status: return int(status(row));
    case Column::Count: break;
    }
    return {};
}

QVariant PlanOperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Number: return tr("#", "plan table header: operation number");
    case Column::Operation: return tr("Operation", "plan table header");
    case Column::Tenant: return tr("Tenant", "plan table header");
    case Column::Az: return tr("AZ", "plan table header");
    case Column::Group: return tr("Group", "plan table header: pod group");
    case Column::From: return tr("From pod", "plan table header");
    case Column::To: return tr("To pod", "plan table header");
    case Column::Status: return tr("Status", "plan table header");
    case Column::Count: break;
    }
    return {};
}

} // namespace model
