// SPDX-License-Identifier: Apache-2.0
#include "capacitygroupmodel.h"

#include "capacityreport.h"
#include "capacitytablemodel.h"
#include "projectiontext.h"
#include "statevalidator.h"

#include <QLocale>

#include <limits>

namespace model {

using sched::outlook::GroupOutlook;

CapacityGroupModel::CapacityGroupModel(QObject *parent) : QAbstractTableModel(parent) {}

void CapacityGroupModel::setOutlook(CapacityOutlookPtr outlook)
{
    beginResetModel();
    m_outlook = std::move(outlook);
    endResetModel();
}

int CapacityGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outlook ? 0 : int(m_outlook->outlook.groups.size());
}

int CapacityGroupModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CapacityGroupModel::sentence(const CapacityOutlookData &data, const GroupOutlook &g)
{
    const QString where = tr("%1/%2").arg(QString::fromStdString(g.az), StateValidator::groupLabel(g.group));
    const auto &p = g.newPodNeeded;
    if (p.reason || !p.conservative || !p.trend)
        return tr("New pod in %1: %2")
            .arg(where, CapacityReport::reasonText(p.reason.value_or(sched::outlook::NoProjection::TooLittleHistory)));
    if (ProjectionText::beyondTenYears(*p.conservative))
        return tr("New pod in %1: not needed within ten years").arg(where);
    return tr("New pod needed in %1 by %2").arg(where, ProjectionText::datesInWords(data.options.nowUs, p));
}

QVariant CapacityGroupModel::display(const GroupOutlook &g, int column) const
{
    const auto &p = g.newPodNeeded;
    switch (column) {
    case AzColumn:
        return QString::fromStdString(g.az);
    case GroupColumn:
        return StateValidator::groupLabel(g.group);
    case PodsColumn:
        return QLocale().toString(qlonglong(g.pods.size()));
    case NeededByColumn:
        return p.reason ? QString() : ProjectionText::dateRange(m_outlook->options.nowUs, p);
    case DaysColumn:
        return ProjectionText::range(p);
    case NewPodColumn: {
        QStringList parts;
        for (sched::Resource r : sched::kAllResources)
            if (g.newPodCapacity[std::size_t(r)] > 0)
                parts << CapacityTableModel::amountText(r, double(g.newPodCapacity[std::size_t(r)]));
        return parts.join(tr(", "));
    }
    default:
        return {};
    }
}

QVariant CapacityGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_outlook)
        return {};
    const GroupOutlook &g = m_outlook->outlook.groups[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(g, index.column());
    case Qt::ToolTipRole:
        return sentence(*m_outlook, g);
    case SortRole:
        if (index.column() == NeededByColumn || index.column() == DaysColumn)
            return g.newPodNeeded.conservative.value_or(std::numeric_limits<double>::max());
        if (index.column() == PodsColumn)
            return int(g.pods.size());
        return display(g, index.column());
    case GroupIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant CapacityGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AzColumn:
        return tr("AZ");
    case GroupColumn:
        return tr("Group");
    case PodsColumn:
        return tr("Pods");
    case NeededByColumn:
        return tr("New pod needed by");
    case DaysColumn:
        return tr("Time remaining");
    case NewPodColumn:
        return tr("New pod's size");
    default:
        return {};
    }
}

} // namespace model
