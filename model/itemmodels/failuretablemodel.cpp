// SPDX-License-Identifier: Apache-2.0
#include "failuretablemodel.h"

namespace model {

int FailureTableModel::rowCount(const QModelIndex &parent) const
{
    const whatif::Report *r = report();
    return parent.isValid() || !r ? 0 : int(r->failures.size());
}

int FailureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FailureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const whatif::FailureRecord &f = report()->failures[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(f, column);
    case Qt::ToolTipRole:
        return column == Column::Reason ? display(f, column) : QVariant();
    case WhatIfSortRole:
        return raw(f, column);
    case WhatIfSearchRole:
        return QStringList{raw(f, Column::Tenant).toString(), raw(f, Column::Az).toString(),
                           raw(f, Column::Group).toString(), display(f, Column::Reason).toString()}
            .join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        return column == Column::Event ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant FailureTableModel::display(const whatif::FailureRecord &f, Column column) const
{
    const whatif::Report &r = *report();
    switch (column) {
    case Column::Az:
        return WhatIfText::az(r.azs[f.az]);
    case Column::Group:
        return WhatIfText::group(r.groups[f.group]);
    case Column::Reason:
        return WhatIfText::failureReason(r, f);
    default:
        return raw(f, column);
    }
}

QVariant FailureTableModel::raw(const whatif::FailureRecord &f, Column column) const
{
    const whatif::Report &r = *report();
    switch (column) {
    case Column::Event:
        return qulonglong(f.event);
    case Column::Tenant:
        return WhatIfText::str(r.tenants[f.tenant]);
    case Column::Az:
        return WhatIfText::str(r.azs[f.az]);
    case Column::Group:
        return WhatIfText::str(r.groups[f.group]);
    case Column::Reason:
        return int(f.kind) * 1000 + int(f.failure.code);
    case Column::Count:
        break;
    }
    return {};
}

QVariant FailureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Event: return tr("Event", "what-if table header: event index");
    case Column::Tenant: return tr("Tenant", "what-if table header");
    case Column::Az: return tr("AZ", "what-if table header");
    case Column::Group: return tr("Group", "what-if table header: pod group");
    case Column::Reason: return tr("Reason", "what-if table header");
    case Column::Count: break;
    }
    return {};
}

} // namespace model
