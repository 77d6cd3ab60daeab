// SPDX-License-Identifier: Apache-2.0
#include "attentiontablemodel.h"

#include "displayformat.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace model {

AttentionTableModel::AttentionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttentionTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    for (int p = 0; m_snapshot && p < m_snapshot->podCount(); ++p) {
        const sched::Pod &pod = m_snapshot->pods()[std::size_t(p)];
        if (p == m_snapshot->topPod())
            continue;
        Row row;
        row.pod = p;
        const std::optional<double> peak = DisplayFormat::peakUsage(pod);
        row.peak = peak.value_or(-1);
        row.headroom = peak ? pod.threshold - *peak : 0;
        if (pod.state != sched::PodState::Enabled && m_snapshot->boundTenantsOfPod(p) > 0)
            row.problem = Problem::OutOfServiceWithTenants;
        else if (peak && *peak >= pod.threshold)
            row.problem = Problem::OverThreshold;
        else if (peak && *peak >= pod.threshold - kNearMargin)
            row.problem = Problem::NearThreshold;
        else if (!peak && pod.state == sched::PodState::Enabled)
            row.problem = Problem::UnknownUsage;
        else
            continue;
        m_rows.push_back(row);
    }
    endResetModel();
}

int AttentionTableModel::count(Problem problem) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [problem](const Row &r) { return r.problem == problem; }));
}

int AttentionTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AttentionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString AttentionTableModel::problemText(Problem problem)
{
    switch (problem) {
    case Problem::OverThreshold:
        return tr("over threshold");
    case Problem::NearThreshold:
        return tr("near threshold");
    case Problem::OutOfServiceWithTenants:
        return tr("out of service, tenants still bound");
    case Problem::UnknownUsage:
        return tr("usage unknown");
    }
    return {};
}

QVariant AttentionTableModel::display(const Row &row, Column column) const
{
    const QLocale locale;
    const sched::Pod &pod = m_snapshot->pods()[std::size_t(row.pod)];
    switch (column) {
    case Column::Pod:
        return m_snapshot->podName(row.pod);
    case Column::Az:
        return m_snapshot->podAz(row.pod);
    case Column::Problem:
        return row.problem == Problem::OutOfServiceWithTenants
                   ? tr("%1 (%2)").arg(problemText(row.problem), DisplayFormat::podState(pod.state))
                   : problemText(row.problem);
    case Column::Peak:
        return row.peak < 0 ? tr("unknown")
                            : tr("%1 % of %2 %", "peak usage of threshold")
                                  .arg(locale.toString(row.peak * 100, 'f', 1), locale.toString(pod.threshold * 100, 'f', 0));
    case Column::Headroom:
        return row.peak < 0 ? QString() : tr("%1 points").arg(locale.toString(row.headroom * 100, 'f', 1));
    case Column::Tenants:
        return locale.toString(m_snapshot->boundTenantsOfPod(row.pod));
    case Column::Count:
        break;
    }
    return {};
}

QVariant AttentionTableModel::sortKey(const Row &row, Column column) const
{
    switch (column) {
    case Column::Pod:
        return m_snapshot->podNameRank(row.pod);
    case Column::Az:
        return m_snapshot->podAzRank(row.pod);
    case Column::Problem:
        return int(row.problem);
    case Column::Peak:
        return row.peak;
    case Column::Headroom:
        return row.peak < 0 ? 1e9 : row.headroom; // unknown: no known headroom, last
    case Column::Tenants:
        return m_snapshot->boundTenantsOfPod(row.pod);
    case Column::Count:
        break;
    }
    return {};
}

QVariant AttentionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return column == Column::Pod ? tr("%1 in %2: click to select it, right-click for actions")
                                           .arg(m_snapshot->podName(row.pod), m_snapshot->podAz(row.pod))
                                     : QVariant();
    case Qt::ForegroundRole:
        if (column == Column::Problem && row.problem == Problem::OverThreshold)
            return QColor(0xa1, 0x16, 0x0a);
        return {};
    case Qt::TextAlignmentRole:
        return column >= Column::Peak ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortKey(row, column);
    case PodIndexRole:
        return row.pod;
    case ProblemRole:
        return int(row.problem);
    default:
        return {};
    }
}

QVariant AttentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Pod:
        return tr("Pod", "column header");
    case Column::Az:
        return tr("AZ", "column header");
    case Column::Problem:
        return tr("Needs attention", "column header: the pod's problem");
    case Column::Peak:
        return tr("Peak usage", "column header: highest usage of the pod and its threshold");
    case Column::Headroom:
        return tr("Headroom", "column header: threshold minus peak usage");
    case Column::Tenants:
        return tr("Tenants", "column header: distinct bound tenants");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace model
