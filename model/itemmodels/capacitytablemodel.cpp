// SPDX-License-Identifier: Apache-2.0
#include "capacitytablemodel.h"

#include "capacityreport.h"
#include "projectiontext.h"
#include "statevalidator.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace model {

using sched::outlook::PodOutlook;
using sched::outlook::Projection;

CapacityTableModel::CapacityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CapacityTableModel::setOutlook(CapacityOutlookPtr outlook)
{
    beginResetModel();
    m_outlook = std::move(outlook);
    endResetModel();
}

int CapacityTableModel::rowOfPod(const QString &name) const
{
    if (!m_outlook)
        return -1;
    const auto &pods = m_outlook->outlook.pods;
    for (std::size_t i = 0; i < pods.size(); ++i)
        if (QString::fromStdString(m_outlook->state.pods[pods[i].pod].name) == name)
            return int(i);
    return -1;
}

int CapacityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outlook ? 0 : int(m_outlook->outlook.pods.size());
}

int CapacityTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CapacityTableModel::amountText(sched::Resource r, double value)
{
    const QLocale locale;
    switch (r) {
    case sched::Resource::Vcpus:
        return tr("%1 vCPUs").arg(locale.toString(value, 'f', 0));
    case sched::Resource::RamMb:
        return tr("%1 GiB").arg(locale.toString(value / 1024, 'f', 1));
    case sched::Resource::DiskGb:
        break;
    }
    return tr("%1 GB").arg(locale.toString(value, 'f', 0));
}

QString CapacityTableModel::plainAmount(sched::Resource r, double value)
{
    const QLocale locale;
    return r == sched::Resource::RamMb ? locale.toString(value / 1024, 'f', 1) : locale.toString(value, 'f', 0);
}

sched::Resource CapacityTableModel::shownResource(const PodOutlook &pod) const
{
    return CapacityOutlookData::shownResource(pod);
}

QVariant CapacityTableModel::display(const PodOutlook &pod, int column) const
{
    const sched::Pod &p = m_outlook->state.pods[pod.pod];
    const sched::Resource r = shownResource(pod);
    const auto &res = pod.resources[std::size_t(r)];
    const bool projected = CapacityOutlookData::soonestResource(pod).has_value();
    switch (column) {
    case PodColumn:
        return QString::fromStdString(p.name);
    case AzColumn:
        return QString::fromStdString(p.azName);
    case GroupColumn:
        return StateValidator::groupLabel(sched::groupKey(p.tags));
    case ResourceColumn:
        return projected ? CapacityReport::resourceName(r) : QString();
    case UsedColumn:
        return res.used ? tr("%1 / %2").arg(plainAmount(r, double(*res.used)), amountText(r, std::floor(res.limit)))
                        : tr("unknown");
    case DaysColumn:
        return ProjectionText::range(res.daysRemaining);
    case DateColumn: // the conservative date ("—" past ten years); both are in the tooltip
        return res.daysRemaining.conservative && !res.daysRemaining.reason
                   ? ProjectionText::date(m_outlook->options.nowUs, *res.daysRemaining.conservative)
                   : QString();
    case LeftColumn:
        if (!res.capacityRemaining)
            return QString();
        return res.typicalVmsRemaining
                   ? tr("%1 (%n VM(s))", nullptr, int(*res.typicalVmsRemaining)).arg(amountText(r, double(*res.capacityRemaining)))
                   : amountText(r, double(*res.capacityRemaining));
    default:
        return {};
    }
}

QVariant CapacityTableModel::sortKey(const PodOutlook &pod, int column) const
{
    const sched::Resource r = shownResource(pod);
    const auto &res = pod.resources[std::size_t(r)];
    constexpr double kNever = std::numeric_limits<double>::max();
    switch (column) {
    case ResourceColumn:
        return CapacityOutlookData::soonestResource(pod) ? int(r) : int(sched::kResourceCount);
    case UsedColumn:
        return res.used && res.limit > 0 ? double(*res.used) / res.limit : -1.0;
    case DaysColumn:
    case DateColumn:
        return res.daysRemaining.conservative.value_or(kNever);
    case LeftColumn:
        return res.capacityRemaining ? double(*res.capacityRemaining) : kNever;
    default:
        return display(pod, column);
    }
}

QVariant CapacityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_outlook)
        return {};
    const PodOutlook &pod = m_outlook->outlook.pods[std::size_t(index.row())];
    const auto soonest = CapacityOutlookData::soonestResource(pod);
    const auto &res = pod.resources[std::size_t(shownResource(pod))];
    switch (role) {
    case Qt::DisplayRole:
        return display(pod, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DaysColumn && !soonest)
            return display(pod, DaysColumn); // the reason, in full
        if (index.column() == DateColumn && soonest)
            return ProjectionText::datesInWords(m_outlook->options.nowUs, res.daysRemaining);
        if (index.column() == DaysColumn)
            return tr("Conservative (upper edge of the band) – trend");
        if (index.column() == LeftColumn)
            return tr("Capacity left under the threshold, and how many typical VMs fit in it");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= UsedColumn && index.column() != DaysColumn && index.column() != DateColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortKey(pod, index.column());
    case PodIndexRole:
        return int(pod.pod);
    case ResourceRole:
        return soonest ? int(*soonest) : -1;
    case ConservativeDaysRole:
        return res.daysRemaining.conservative ? QVariant(*res.daysRemaining.conservative) : QVariant();
    case TrendDaysRole:
        return res.daysRemaining.trend ? QVariant(*res.daysRemaining.trend) : QVariant();
    default:
        return {};
    }
}

QVariant CapacityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PodColumn:
        return tr("Pod");
    case AzColumn:
        return tr("AZ");
    case GroupColumn:
        return tr("Group");
    case ResourceColumn:
        return tr("Runs out first");
    case UsedColumn:
        return tr("Used / limit");
    case DaysColumn:
        return tr("Time remaining");
    case DateColumn:
        return tr("Date");
    case LeftColumn:
        return tr("Left now");
    default:
        return {};
    }
}

} // namespace model
