// SPDX-License-Identifier: Apache-2.0
#pragma once

// The cloud as a tree: the top region, its AZs, and their pods (creation
// order), with the number of bound tenants in the second column. Icons are
// handed in by the GUI (this layer has no resources of its own).

#include "cloudsnapshot.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <array>

namespace model {

class CloudTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Name, Tenants, Count };
    enum class NodeKind { Region, Az, Pod };
    enum Role {
        NodeKindRole = Qt::UserRole, // int(NodeKind)
        AzIndexRole,                 // -1 on the region node
        PodIndexRole,                // -1 unless a pod
        SortRole,
    };

    explicit CloudTreeModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    // Icons: region, AZ, then one per sched::PodState.
    void setIcons(const QIcon &region, const QIcon &az, const std::array<QIcon, 3> &podStates);

    QModelIndex podIndex(int pod) const;
    QModelIndex azIndex(int az) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: kind in the high bits, AZ or pod index in the low bits.
    static quintptr nodeId(NodeKind kind, int number);
    static NodeKind kindOf(const QModelIndex &index);
    static int numberOf(const QModelIndex &index);
    QVariant display(NodeKind kind, int number, Column column) const;
    QVariant decoration(NodeKind kind, int number) const;
    QVariant toolTip(NodeKind kind, int number) const;

    SnapshotPtr m_snapshot;
    std::vector<std::vector<int>> m_podsOfAz;
    std::vector<int> m_rowOfPod;
    QIcon m_regionIcon, m_azIcon;
    std::array<QIcon, 3> m_stateIcons;
};

} // namespace model
