// SPDX-License-Identifier: Apache-2.0
#include "changetablemodel.h"

namespace model {

int ChangeTableModel::rowCount(const QModelIndex &parent) const
{
    const whatif::Report *r = report();
    return parent.isValid() || !r ? 0 : int(r->changes.size());
}

int ChangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ChangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const whatif::ChangeRecord &c = report()->changes[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, column);
    case Qt::ToolTipRole:
        return column == Column::Reason ? display(c, column) : QVariant();
    case WhatIfSortRole:
        return raw(c, column);
    case WhatIfSearchRole: {
        const whatif::Report &r = *report();
        return QStringList{WhatIfText::str(r.tenants[c.tenant]), WhatIfText::str(r.azs[c.az]),
                           WhatIfText::str(r.groups[c.group]), WhatIfText::podName(r, c.fromPod),
                           WhatIfText::podName(r, c.toPod), display(c, Column::Reason).toString()}
            .join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return column == Column::Event ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ChangeTableModel::display(const whatif::ChangeRecord &c, Column column) const
{
    const whatif::Report &r = *report();
    switch (column) {
    case Column::Event:
        return qulonglong(c.event);
    case Column::Tenant:
        return WhatIfText::str(r.tenants[c.tenant]);
    case Column::Az:
        return WhatIfText::az(r.azs[c.az]);
    case Column::Group:
        return WhatIfText::group(r.groups[c.group]);
    case Column::From:
        return c.fromPod == whatif::kNoId ? tr("(none)", "no previous pod") : WhatIfText::podName(r, c.fromPod);
    case Column::To:
        return c.toPod == whatif::kNoId ? tr("(unbound)", "binding ended, no new pod") : WhatIfText::podName(r, c.toPod);
    case Column::Reason:
        return WhatIfText::changeReason(r, c);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ChangeTableModel::raw(const whatif::ChangeRecord &c, Column column) const
{
    const whatif::Report &r = *report();
    switch (column) {
    case Column::Event:
        return qulonglong(c.event);
    case Column::Tenant:
        return WhatIfText::str(r.tenants[c.tenant]);
    case Column::Az:
        return WhatIfText::str(r.azs[c.az]);
    case Column::Group:
        return WhatIfText::str(r.groups[c.group]);
    case Column::From:
        return WhatIfText::podName(r, c.fromPod);
    case Column::To:
        return WhatIfText::podName(r, c.toPod);
    case Column::Reason:
        return int(c.reason);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Event: return tr("Event", "what-if table header: event index");
    case Column::Tenant: return tr("Tenant", "what-if table header");
    case Column::Az: return tr("AZ", "what-if table header");
    case Column::Group: return tr("Group", "what-if table header: pod group");
    case Column::From: return tr("From pod", "what-if table header");
    case Column::To: return tr("To pod", "what-if table header");
    case Column::Reason: return tr("Reason", "what-if table header");
    case Column::Count: break;
    }
    return {};
}

} // namespace model
