// SPDX-License-Identifier: Apache-2.0
#include "podtablemodel.h"

#include "displayformat.h"
#include "usagesourcetext.h"

#include <QLocale>

namespace model {

namespace {

sched::Resource resourceOf(PodTableModel::Column c)
{
    switch (c) {
    case PodTableModel::Column::Ram:
        return sched::Resource::RamMb;
    case PodTableModel::Column::Disk:
        return sched::Resource::DiskGb;
    default:
        return sched::Resource::Vcpus;
    }
}

} // namespace

PodTableModel::PodTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PodTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

bool PodTableModel::isUsageColumn(int column)
{
    return column == int(Column::Vcpus) || column == int(Column::Ram) || column == int(Column::Disk);
}

int PodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : m_snapshot->podCount();
}

int PodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PodTableModel::display(int pod, Column column) const
{
    const sched::Pod &p = m_snapshot->pods()[std::size_t(pod)];
    switch (column) {
    case Column::Name:
        return m_snapshot->podName(pod);
    case Column::Az:
        return p.isTop() ? tr("(top region)") : m_snapshot->podAz(pod);
    case Column::PodAz:
        return QString::fromStdString(p.podAzName);
    case Column::Dc:
        return QString::fromStdString(p.dcName);
    case Column::Tags:
        return p.isTop() ? QString() : m_snapshot->podGroup(pod);
    case Column::State:
        return DisplayFormat::podState(p.state);
    case Column::Created:
        return DisplayFormat::dateTime(p.createdAtUs).left(10); // the date is enough here
    case Column::Vcpus:
    case Column::Ram:
    case Column::Disk:
        return p.isTop() ? QString() : DisplayFormat::usage(p, resourceOf(column));
    case Column::Tenants:
        return p.isTop() ? QVariant() : QVariant(m_snapshot->activeBindings(pod));
    case Column::Count:
        break;
    }
    return {};
}

QVariant PodTableModel::sortValue(int pod, Column column) const
{
    const sched::Pod &p = m_snapshot->pods()[std::size_t(pod)];
    switch (column) {
    case Column::Name:
        return m_snapshot->podNameRank(pod);
    case Column::Az:
        return m_snapshot->podAzRank(pod);
    case Column::PodAz:
    case Column::Dc:
        return display(pod, column).toString().toCaseFolded();
    case Column::Tags:
        return m_snapshot->podGroupRank(pod);
    case Column::State:
        return int(p.state);
    case Column::Created:
        return qlonglong(p.createdAtUs);
    case Column::Vcpus:
    case Column::Ram:
    case Column::Disk:
        return DisplayFormat::usageFraction(p, resourceOf(column)).value_or(-1.0);
    case Column::Tenants:
        return m_snapshot->activeBindings(pod);
    case Column::Count:
        break;
    }
    return {};
}

QVariant PodTableModel::toolTip(int pod, Column column) const
{
    const sched::Pod &p = m_snapshot->pods()[std::size_t(pod)];
    if (!isUsageColumn(int(column)) || p.isTop())
        return {};
    const auto r = std::size_t(resourceOf(column));
    const QLocale locale;
    return tr("%1: %2 used of %3, threshold %4 %")
               .arg(DisplayFormat::resourceName(resourceOf(column)),
                    p.used[r] ? locale.toString(qlonglong(*p.used[r])) : tr("unknown", "usage never collected"),
                    locale.toString(qlonglong(p.capacity[r])))
               .arg(qRound(p.threshold * 100))
           + QLatin1Char('\n') + UsageSourceText::describe(p);
}

QVariant PodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const int pod = index.row();
    const auto column = Column(index.column());
    const sched::Pod &p = m_snapshot->pods()[std::size_t(pod)];
    switch (role) {
    case Qt::DisplayRole:
        return display(pod, column);
    case Qt::ToolTipRole:
        return toolTip(pod, column);
    case Qt::TextAlignmentRole:
        return column == Column::Tenants ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortValue(pod, column);
    case PodIdRole:
        return QString::fromStdString(p.id);
    case PodIndexRole:
        return pod;
    case AzIndexRole:
        return m_snapshot->azIndexOfPod(pod);
    case UsageRole:
        if (isUsageColumn(index.column()) && !p.isTop())
            if (auto f = DisplayFormat::usageFraction(p, resourceOf(column)))
                return *f;
        return {};
    case ThresholdRole:
        return p.threshold;
    case PodStateRole:
        return int(p.state);
    case SearchTextRole:
        return QStringList{m_snapshot->podName(pod), m_snapshot->podAz(pod), QString::fromStdString(p.podAzName),
                           QString::fromStdString(p.dcName), m_snapshot->podGroup(pod)}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant PodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Pod", "column header: pod name");
    case Column::Az:
        return tr("AZ", "column header: availability zone");
    case Column::PodAz:
        return tr("Pod AZ", "column header: AZ name inside the pod");
    case Column::Dc:
        return tr("DC", "column header: data centre");
    case Column::Tags:
        return tr("Affinity", "column header: resource affinity tags");
    case Column::State:
        return tr("State", "column header: pod state");
    case Column::Created:
        return tr("Created", "column header: pod creation time");
    case Column::Vcpus:
        return tr("vCPUs", "column header: vCPU usage");
    case Column::Ram:
        return tr("RAM", "column header: RAM usage");
    case Column::Disk:
        return tr("Disk", "column header: disk usage");
    case Column::Tenants:
        return tr("Tenants", "column header: bound tenants");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace model
