// SPDX-License-Identifier: Apache-2.0
#pragma once

// All bindings of a snapshot (active and history) as a flat table. Rows are
// the snapshot's compact BindingRows; text is made only for visible cells.
// Sort and filter through BindingProxyModel, which uses sortKey().

#include "cloudsnapshot.h"

#include <QAbstractTableModel>

namespace model {

class BindingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Tenant, Az, Group, Pod, Since, Until, Active, Count };
    enum Role {
        SortRole = Qt::UserRole, // qlonglong: the raw key of the column
        TenantIndexRole,
        PodIndexRole,
        ActiveRole,
    };

    explicit BindingTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    const CloudSnapshot *snapshot() const { return m_snapshot.get(); }
    SnapshotPtr sharedSnapshot() const { return m_snapshot; }

    // The raw, comparable key of a cell: ranks for names, microseconds for times.
    qint64 sortKey(int row, Column column) const { return sortKey(*m_snapshot, row, column); }
    static qint64 sortKey(const CloudSnapshot &snapshot, int row, Column column); // thread-safe

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BindingRow &row, Column column) const;

    SnapshotPtr m_snapshot;
};

} // namespace model
