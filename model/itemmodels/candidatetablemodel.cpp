// SPDX-License-Identifier: Apache-2.0
#include "candidatetablemodel.h"

#include "decisiontext.h"
#include "displayformat.h"

#include <QBrush>
#include <QLocale>
#include <QStringList>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace model {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

CandidateTableModel::CandidateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString CandidateTableModel::rejectionText(const sched::Rejection &r)
{
    if (r.reason != sched::Reason::OverThreshold)
        return DecisionText::rejection(r);
    return tr("%1: %2 used + %3 requested exceeds the limit of %4")
        .arg(DisplayFormat::resourceName(r.resource), DisplayFormat::amount(r.resource, r.used),
             DisplayFormat::amount(r.resource, r.requested), DisplayFormat::amount(r.resource, r.limit));
}

QString CandidateTableModel::sizesText(const sched::Pod &pod)
{
    QStringList parts;
    for (sched::Resource r : sched::kAllResources) {
        const auto &used = pod.used[std::size_t(r)];
        const QString total = DisplayFormat::amount(r, pod.capacity[std::size_t(r)]);
        parts << (used ? tr("%1: %2 of %3 used").arg(DisplayFormat::resourceName(r), DisplayFormat::amount(r, *used), total)
                       : tr("%1: %2, usage unknown").arg(DisplayFormat::resourceName(r), total));
    }
    return parts.join(QLatin1Char('\n'));
}

std::vector<CandidateRow> CandidateTableModel::rowsFrom(const sched::Explanation &explanation,
                                                        const sched::CloudState *state)
{
    std::vector<CandidateRow> rows;
    rows.reserve(explanation.candidates.size());
    for (const sched::CandidateReport &c : explanation.candidates) {
        CandidateRow row{str(c.podId), str(c.podName), c.passed, c.chosen, c.current, c.total, {}, {}, {}};
        for (std::size_t w = 0; w < sched::kWeigherCount; ++w)
            row.weights[w] = c.weights[w].weighted;
        if (c.rejection) {
            row.filter = DecisionText::filterName(c.rejection->filter);
            row.reason = rejectionText(*c.rejection);
        }
        if (const sched::Pod *pod = state ? state->findPod(c.podId) : nullptr)
            row.sizes = sizesText(*pod);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CandidateRow &a, const CandidateRow &b) {
        return a.passed != b.passed ? a.passed : (a.passed && a.total > b.total);
    });
    return rows;
}

void CandidateTableModel::setRows(std::vector<CandidateRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CandidateTableModel::rowOfPod(const QString &podId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const CandidateRow &r) { return r.podId == podId; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CandidateTableModel::chosenRow() const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [](const CandidateRow &r) { return r.chosen; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CandidateTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

Qt::ItemFlags CandidateTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // Only an acceptable pod can be picked.
    return m_rows[std::size_t(index.row())].passed ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

QVariant CandidateTableModel::display(const CandidateRow &row, int column) const
{
    switch (column) {
    case PodColumn: return row.podName;
    case VerdictColumn:
        if (row.chosen)
            return tr("recommended");
        if (row.passed)
            return row.current ? tr("acceptable (current)") : tr("acceptable");
        return row.current ? tr("rejected (current)") : tr("rejected");
    case TotalColumn: return row.passed ? QLocale().toString(row.total, 'f', 3) : QString();
    case FilterColumn: return row.filter;
    case ReasonColumn: return row.reason;
    default:
        if (!row.passed)
            return QString();
        return QLocale().toString(row.weights[std::size_t(column - FirstWeigherColumn)], 'f', 3);
    }
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CandidateRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PodColumn && !row.sizes.isEmpty())
            return row.sizes;
        return index.column() == ReasonColumn ? row.reason : QVariant();
    case Qt::FontRole:
        if (row.chosen) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole: return row.passed ? QVariant() : QBrush(QColor(0x80, 0x80, 0x80));
    case Qt::TextAlignmentRole:
        return index.column() >= TotalColumn && index.column() < FilterColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        return index.column() >= TotalColumn && index.column() < FilterColumn && row.passed
                   ? QVariant(index.column() == TotalColumn ? row.total
                                                            : row.weights[std::size_t(index.column() - FirstWeigherColumn)])
                   : QVariant(display(row, index.column()));
    case PodIdRole: return row.podId;
    case PassedRole: return row.passed;
    case ChosenRole: return row.chosen;
    default: return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PodColumn: return tr("Pod");
    case VerdictColumn: return tr("Verdict");
    case TotalColumn: return tr("Total", "weight");
    case FilterColumn: return tr("Rejected by");
    case ReasonColumn: return tr("Reason");
    default:
        if (section >= FirstWeigherColumn && section < FilterColumn)
            return DecisionText::weigherName(sched::WeigherKind(section - FirstWeigherColumn));
        return {};
    }
}

} // namespace model
