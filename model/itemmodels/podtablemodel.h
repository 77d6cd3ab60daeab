// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pods of a snapshot, one row per pod in creation order (the top region
// included). Usage columns carry the used fraction and the pod's threshold
// for a bar delegate; SortRole holds the raw value of every column.

#include "cloudsnapshot.h"

#include <QAbstractTableModel>

namespace model {

class PodTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Az, PodAz, Dc, Tags, State, Created, Vcpus, Ram, Disk, Tenants, Count };
    enum Role {
        SortRole = Qt::UserRole,
        PodIdRole,
        PodIndexRole,
        AzIndexRole,      // -1 for the top region
        UsageRole,        // double 0..1 in usage columns; invalid when unknown
        ThresholdRole,    // double 0..1
        PodStateRole,     // int(sched::PodState)
        SearchTextRole,   // name, AZs, DC and tags, for the filter box
    };

    explicit PodTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    const CloudSnapshot *snapshot() const { return m_snapshot.get(); }
    static bool isUsageColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int pod, Column column) const;
    QVariant sortValue(int pod, Column column) const;
    QVariant toolTip(int pod, Column column) const;

    SnapshotPtr m_snapshot;
};

} // namespace model
