// SPDX-License-Identifier: Apache-2.0
#include "attentiontablemodel.h"

#include "capacityreport.h"
#include "displayformat.h"
#include "projectiontext.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace model {

using sched::outlook::NoProjection;

AttentionTableModel::AttentionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttentionTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_outlookCurrent = false;
    m_rows = buildRows();
    endResetModel();
}

void AttentionTableModel::setOutlook(const CapacityOutlookPtr &outlook)
{
    if (!m_snapshot)
        return;
    if (outlook && (outlook->options.nowUs != m_snapshot->loadedAtUs()
                    || outlook->state.pods.size() != std::size_t(m_snapshot->podCount())))
        return; // computed from another snapshot
    m_times.clear();
    m_outlookCurrent = true;
    if (outlook) {
        m_horizonDays = outlook->options.horizonDays;
        m_outlookNowUs = outlook->options.nowUs;
        for (const sched::outlook::PodOutlook &p : outlook->outlook.pods) {
            const sched::Resource r = CapacityOutlookData::shownResource(p);
            m_times[outlook->state.pods[p.pod].id] = {r, p.resources[std::size_t(r)].daysRemaining, p.atRisk(m_horizonDays)};
        }
    }
    std::vector<Row> rows = buildRows();
    if (sameRows(rows, m_rows)) { // the same pods with the same problems: only the times change
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::vector<AttentionTableModel::Row> AttentionTableModel::buildRows() const
{
    std::vector<Row> rows;
    for (int p = 0; m_snapshot && p < m_snapshot->podCount(); ++p) {
        const sched::Pod &pod = m_snapshot->pods()[std::size_t(p)];
        if (p == m_snapshot->topPod())
            continue;
        Row row;
        row.pod = p;
        const std::optional<double> peak = DisplayFormat::peakUsage(pod);
        row.peak = peak.value_or(-1);
        row.headroom = peak ? pod.threshold - *peak : 0;
        if (const auto it = m_times.find(pod.id); it != m_times.end())
            row.time = it->second;
        if (pod.state != sched::PodState::Enabled && m_snapshot->boundTenantsOfPod(p) > 0)
            row.problem = Problem::OutOfServiceWithTenants;
        else if (peak && *peak >= pod.threshold)
            row.problem = Problem::OverThreshold;
        else if (peak && *peak >= pod.threshold - kNearMargin)
            row.problem = Problem::NearThreshold;
        else if (row.time && row.time->atRisk)
            row.problem = Problem::FullSoon;
        else if (!peak && pod.state == sched::PodState::Enabled)
            row.problem = Problem::UnknownUsage;
        else
            continue;
        rows.push_back(row);
    }
    return rows;
}

bool AttentionTableModel::sameRows(const std::vector<Row> &a, const std::vector<Row> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Row &x, const Row &y) { return x.pod == y.pod && x.problem == y.problem; });
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

QString AttentionTableModel::problemText(Problem problem) const
{
    switch (problem) {
    case Problem::OverThreshold:
        return tr("over threshold");
    case Problem::NearThreshold:
        return tr("near threshold");
    case Problem::FullSoon:
        return tr("over threshold within %Ln day(s) by its trend", nullptr, int(m_horizonDays));
    case Problem::OutOfServiceWithTenants:
        return tr("out of service, tenants still bound");
    case Problem::UnknownUsage:
        return tr("usage unknown");
    }
    return {};
}

// "12 days" (the conservative projection), "now", "more than ten years", the reason in brief.
QString AttentionTableModel::fullInText(const Row &row) const
{
    if (!row.time)
        return m_outlookCurrent ? QString() : tr("computing…");
    const sched::outlook::Projection &p = row.time->days;
    if (!ProjectionText::hasNumbers(p))
        return ProjectionText::reasonBrief(p.reason.value_or(NoProjection::TooLittleHistory));
    if (*p.trend <= 0)
        return tr("now", "full in: over its threshold already");
    return ProjectionText::days(*p.conservative);
}

QString AttentionTableModel::fullInToolTip(const Row &row) const
{
    if (!row.time)
        return m_outlookCurrent ? QString() : tr("The capacity outlook is being computed");
    const sched::outlook::Projection &p = row.time->days;
    if (!ProjectionText::hasNumbers(p))
        return CapacityReport::reasonText(p.reason.value_or(NoProjection::TooLittleHistory));
    if (*p.trend <= 0)
        return tr("%1 is over its threshold now").arg(CapacityReport::resourceName(row.time->resource));
    return tr("%1 over its threshold in %2 (conservative: the upper edge of the trend's band) – %3 (trend): %4")
        .arg(CapacityReport::resourceName(row.time->resource), ProjectionText::days(*p.conservative),
             ProjectionText::days(*p.trend), ProjectionText::datesInWords(m_outlookNowUs, p));
}

// Soonest first; then the rows without a projection (by reason), then those not computed.
double AttentionTableModel::fullInSortKey(const Row &row)
{
    if (!row.time)
        return 2e12;
    const sched::outlook::Projection &p = row.time->days;
    if (!ProjectionText::hasNumbers(p))
        return 1e12 + int(p.reason.value_or(NoProjection::TooLittleHistory));
    return *p.trend <= 0 ? 0.0 : *p.conservative;
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
    case Column::FullIn:
        return fullInText(row);
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
    case Column::FullIn:
        return fullInSortKey(row);
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
        if (column == Column::FullIn)
            return fullInToolTip(row);
        return column == Column::Pod ? tr("%1 in %2: click to select it, right-click for actions")
                                           .arg(m_snapshot->podName(row.pod), m_snapshot->podAz(row.pod))
                                     : QVariant();
    case Qt::ForegroundRole:
        if (column == Column::Problem && row.problem == Problem::OverThreshold)
            return QColor(0xa1, 0x16, 0x0a);
        return {};
    case Qt::TextAlignmentRole:
        return column >= Column::Peak && column != Column::FullIn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    case SortRole:
        return sortKey(row, column);
    case PodIndexRole:
        return row.pod;
    case ProblemRole:
        return int(row.problem);
    case PodIdRole:
        return QString::fromStdString(m_snapshot->pods()[std::size_t(row.pod)].id);
    default:
        return {};
    }
}

QVariant AttentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return Column(section) == Column::FullIn
                   ? tr("Time until the pod's first resource crosses its threshold, by the capacity outlook "
                        "(conservative: the upper edge of the trend's band)")
                   : QVariant();
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
    case Column::FullIn:
        return tr("Full in", "column header: time until the pod crosses its threshold");
    case Column::Tenants:
        return tr("Tenants", "column header: distinct bound tenants");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace model
