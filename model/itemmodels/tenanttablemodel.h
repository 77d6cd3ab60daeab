// SPDX-License-Identifier: Apache-2.0
#pragma once

// One row per tenant of a snapshot: its active bindings, its history and
// where it is bound now. SortRole holds raw values.

#include "cloudsnapshot.h"

#include <QAbstractTableModel>

namespace model {

class TenantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Tenant, Active, History, Pods, Count };
    enum Role {
        SortRole = Qt::UserRole,
        TenantIndexRole,
    };

    explicit TenantTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    const CloudSnapshot *snapshot() const { return m_snapshot.get(); }
    // The raw, comparable key of a cell (TenantProxyModel sorts on it): the id's
    // rank, the counts, or the name ranks of the first three pods bound now.
    qint64 sortKey(int row, Column column) const { return sortKey(*m_snapshot, row, column); }
    static qint64 sortKey(const CloudSnapshot &snapshot, int row, Column column); // any thread

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString currentPods(int tenant) const;

    SnapshotPtr m_snapshot;
};

} // namespace model
