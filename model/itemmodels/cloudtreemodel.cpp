// SPDX-License-Identifier: Apache-2.0
#include "cloudtreemodel.h"

#include "displayformat.h"
#include "usagesourcetext.h"

#include <algorithm>

namespace model {

namespace {
constexpr int kKindShift = 28;
constexpr quintptr kNumberMask = (quintptr(1) << kKindShift) - 1;
} // namespace

CloudTreeModel::CloudTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void CloudTreeModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_podsOfAz.clear();
    m_rowOfPod.clear();
    if (m_snapshot) {
        m_podsOfAz.resize(std::size_t(m_snapshot->azNames().size()));
        m_rowOfPod.assign(std::size_t(m_snapshot->podCount()), -1);
        for (int p = 0; p < m_snapshot->podCount(); ++p) {
            const int az = m_snapshot->azIndexOfPod(p);
            if (az < 0)
                continue;
            m_podsOfAz[std::size_t(az)].push_back(p);
        }
        // Pods in natural order of their names (pod-9 before pod-10).
        for (std::vector<int> &pods : m_podsOfAz) {
            std::stable_sort(pods.begin(), pods.end(),
                             [this](int a, int b) { return m_snapshot->podNameRank(a) < m_snapshot->podNameRank(b); });
            for (std::size_t row = 0; row < pods.size(); ++row)
                m_rowOfPod[std::size_t(pods[row])] = int(row);
        }
    }
    endResetModel();
}

void CloudTreeModel::setIcons(const QIcon &region, const QIcon &az, const std::array<QIcon, 3> &podStates)
{
    m_regionIcon = region;
    m_azIcon = az;
    m_stateIcons = podStates;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(0, 0), {Qt::DecorationRole});
}

quintptr CloudTreeModel::nodeId(NodeKind kind, int number)
{
    return (quintptr(kind) << kKindShift) | (quintptr(number + 1) & kNumberMask);
}

CloudTreeModel::NodeKind CloudTreeModel::kindOf(const QModelIndex &index)
{
    return NodeKind(index.internalId() >> kKindShift);
}

int CloudTreeModel::numberOf(const QModelIndex &index)
{
    return int(index.internalId() & kNumberMask) - 1;
}

QModelIndex CloudTreeModel::podIndex(int pod) const
{
    if (!m_snapshot || pod < 0 || pod >= int(m_rowOfPod.size()))
        return {};
    if (m_rowOfPod[std::size_t(pod)] < 0)
        return index(0, 0); // the top region
    return createIndex(m_rowOfPod[std::size_t(pod)], 0, nodeId(NodeKind::Pod, pod));
}

QModelIndex CloudTreeModel::azIndex(int az) const
{
    if (az < 0 || az >= int(m_podsOfAz.size()))
        return {};
    return createIndex(az, 0, nodeId(NodeKind::Az, az));
}

QModelIndex CloudTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nodeId(NodeKind::Region, -1));
    if (kindOf(parent) == NodeKind::Region)
        return createIndex(row, column, nodeId(NodeKind::Az, row));
    const int pod = m_podsOfAz[std::size_t(numberOf(parent))][std::size_t(row)];
    return createIndex(row, column, nodeId(NodeKind::Pod, pod));
}

QModelIndex CloudTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (kindOf(child)) {
    case NodeKind::Region:
        return {};
    case NodeKind::Az:
        return createIndex(0, 0, nodeId(NodeKind::Region, -1));
    case NodeKind::Pod: {
        const int az = m_snapshot->azIndexOfPod(numberOf(child));
        return createIndex(az, 0, nodeId(NodeKind::Az, az));
    }
    }
    return {};
}

int CloudTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return 1;
    switch (kindOf(parent)) {
    case NodeKind::Region:
        return int(m_podsOfAz.size());
    case NodeKind::Az:
        return int(m_podsOfAz[std::size_t(numberOf(parent))].size());
    case NodeKind::Pod:
        return 0;
    }
    return 0;
}

int CloudTreeModel::columnCount(const QModelIndex &) const { return int(Column::Count); }

QVariant CloudTreeModel::display(NodeKind kind, int number, Column column) const
{
    const int top = m_snapshot->topPod();
    if (column == Column::Tenants) {
        // Distinct tenants bound there now (a tenant bound to two pods of an AZ counts once).
        if (kind == NodeKind::Pod)
            return m_snapshot->boundTenantsOfPod(number);
        if (kind == NodeKind::Az)
            return m_snapshot->boundTenantsOfAz(number);
        return m_snapshot->boundTenantCount();
    }
    switch (kind) {
    case NodeKind::Region:
        return top >= 0 ? m_snapshot->podName(top) : tr("Cloud (no top region)");
    case NodeKind::Az:
        return m_snapshot->azNames()[number];
    case NodeKind::Pod:
        return m_snapshot->podName(number);
    }
    return {};
}

QVariant CloudTreeModel::decoration(NodeKind kind, int number) const
{
    switch (kind) {
    case NodeKind::Region:
        return m_regionIcon;
    case NodeKind::Az:
        return m_azIcon;
    case NodeKind::Pod:
        return m_stateIcons[std::size_t(m_snapshot->pods()[std::size_t(number)].state)];
    }
    return {};
}

QVariant CloudTreeModel::toolTip(NodeKind kind, int number) const
{
    if (kind != NodeKind::Pod)
        return {};
    const sched::Pod &p = m_snapshot->pods()[std::size_t(number)];
    QString tip = tr("%1 — %2, group %3, %n bound tenant(s)", nullptr, m_snapshot->boundTenantsOfPod(number))
                      .arg(m_snapshot->podName(number), DisplayFormat::podState(p.state), m_snapshot->podGroup(number));
    if (!p.isTop())
        tip += QLatin1Char('\n') + UsageSourceText::describe(p);
    return tip;
}

QVariant CloudTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_snapshot)
        return {};
    const NodeKind kind = kindOf(index);
    const int number = numberOf(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(kind, number, column);
    case Qt::DecorationRole:
        return column == Column::Name ? decoration(kind, number) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(kind, number);
    case Qt::TextAlignmentRole:
        return column == Column::Tenants ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case NodeKindRole:
        return int(kind);
    case AzIndexRole:
        return kind == NodeKind::Az ? number : kind == NodeKind::Pod ? m_snapshot->azIndexOfPod(number) : -1;
    case PodIndexRole:
        return kind == NodeKind::Pod ? number : -1;
    case SortRole:
        return display(kind, number, column);
    default:
        return {};
    }
}

QVariant CloudTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && Column(section) == Column::Tenants)
        return tr("Distinct tenants with an active binding there (a tenant bound to several pods counts once)");
    if (role != Qt::DisplayRole)
        return {};
    return Column(section) == Column::Name ? tr("Cloud", "tree header") : tr("Tenants", "tree header: bound tenants");
}

} // namespace model
