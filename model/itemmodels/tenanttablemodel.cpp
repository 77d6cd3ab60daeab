// SPDX-License-Identifier: Apache-2.0
#include "tenanttablemodel.h"

#include <algorithm>

namespace model {

TenantTableModel::TenantTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TenantTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : m_snapshot->tenantCount();
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString TenantTableModel::currentPods(int tenant) const
{
    QStringList pods;
    for (int i : m_snapshot->bindingsOfTenant(tenant)) {
        const BindingRow &b = m_snapshot->bindings()[std::size_t(i)];
        if (b.active)
            pods.append(m_snapshot->podName(b.pod));
    }
    return pods.join(QStringLiteral(", "));
}

qint64 TenantTableModel::sortKey(const CloudSnapshot &snapshot, int row, Column column)
{
    switch (column) {
    case Column::Tenant:
        return snapshot.tenantRank(row);
    case Column::Active:
        return snapshot.activeBindingsOfTenant(row);
    case Column::History:
        return snapshot.totalBindingsOfTenant(row) - snapshot.activeBindingsOfTenant(row);
    case Column::Pods: {
        qint64 key = 0;
        int shown = 0;
        for (int i : snapshot.bindingsOfTenant(row)) {
            const BindingRow &b = snapshot.bindings()[std::size_t(i)];
            if (b.active && shown++ < 3)
                key |= qint64(std::min(snapshot.podNameRank(b.pod) + 1, 0xFFFF)) << (16 * (3 - shown));
        }
        return key;
    }
    case Column::Count:
        break;
    }
    return 0;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const int t = index.row();
    const int active = m_snapshot->activeBindingsOfTenant(t);
    const int history = m_snapshot->totalBindingsOfTenant(t) - active;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Tenant:
            return m_snapshot->tenantNames()[t];
        case Column::Active:
            return active;
        case Column::History:
            return history;
        case Column::Pods:
            return currentPods(t);
        case Column::Count:
            break;
        }
        return {};
    case SortRole:
        return sortKey(t, Column(index.column()));
    case Qt::TextAlignmentRole:
        return Column(index.column()) == Column::Active || Column(index.column()) == Column::History
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case TenantIndexRole:
        return t;
    default:
        return {};
    }
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Tenant:
        return tr("Tenant", "column header");
    case Column::Active:
        return tr("Active", "column header: number of active bindings");
    case Column::History:
        return tr("Ended", "column header: number of ended bindings");
    case Column::Pods:
        return tr("Bound to", "column header: pods of the active bindings");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace model
