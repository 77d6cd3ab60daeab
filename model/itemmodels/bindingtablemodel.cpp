// SPDX-License-Identifier: Apache-2.0
#include "bindingtablemodel.h"

#include "displayformat.h"

#include <QFont>

namespace model {

BindingTableModel::BindingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BindingTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int BindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : m_snapshot->bindingCount();
}

int BindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

qint64 BindingTableModel::sortKey(const CloudSnapshot &snapshot, int row, Column column)
{
    const CloudSnapshot *const m_snapshot = &snapshot;
    const BindingRow &b = m_snapshot->bindings()[std::size_t(row)];
    switch (column) {
    case Column::Tenant:
        return m_snapshot->tenantRank(b.tenant);
    case Column::Az:
        return m_snapshot->podAzRank(b.pod);
    case Column::Group:
        return m_snapshot->podGroupRank(b.pod);
    case Column::Pod:
        return m_snapshot->podNameRank(b.pod);
    case Column::Since:
        return b.createdAtUs;
    case Column::Until:
        // Still active sorts after every end.
        return b.endedAtUs == 0 ? std::numeric_limits<qint64>::max() : b.endedAtUs;
    case Column::Active:
        return b.active ? 1 : 0;
    case Column::Count:
        break;
    }
    return 0;
}

QVariant BindingTableModel::display(const BindingRow &b, Column column) const
{
    switch (column) {
    case Column::Tenant:
        return m_snapshot->tenantNames()[b.tenant];
    case Column::Az:
        return m_snapshot->podAz(b.pod);
    case Column::Group:
        return m_snapshot->podGroup(b.pod);
    case Column::Pod:
        return m_snapshot->podName(b.pod);
    case Column::Since:
        return DisplayFormat::dateTime(b.createdAtUs);
    case Column::Until:
        return b.active ? tr("now", "binding still active") : DisplayFormat::dateTime(b.endedAtUs);
    case Column::Active:
        return b.active ? tr("active", "binding state") : tr("history", "binding state");
    case Column::Count:
        break;
    }
    return {};
}

QVariant BindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const BindingRow &b = m_snapshot->bindings()[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(b, column);
    case SortRole:
        return sortKey(index.row(), column);
    case TenantIndexRole:
        return b.tenant;
    case PodIndexRole:
        return b.pod;
    case ActiveRole:
        return b.active;
    case Qt::FontRole:
        if (!b.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant BindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Tenant:
        return tr("Tenant", "column header");
    case Column::Az:
        return tr("AZ", "column header: availability zone");
    case Column::Group:
        return tr("Group", "column header: pod group");
    case Column::Pod:
        return tr("Pod", "column header");
    case Column::Since:
        return tr("Since", "column header: binding start");
    case Column::Until:
        return tr("Until", "column header: binding end");
    case Column::Active:
        return tr("State", "column header: binding active or history");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace model
