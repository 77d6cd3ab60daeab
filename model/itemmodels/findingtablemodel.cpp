// SPDX-License-Identifier: Apache-2.0
#include "findingtablemodel.h"

namespace model {

FindingTableModel::FindingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingTableModel::setFindings(std::vector<CheckFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString FindingTableModel::display(const CheckFinding &f, Column column) const
{
    switch (column) {
    case Column::Kind: return CheckOperation::kindName(f.kind);
    case Column::Finding: return f.text;
    case Column::Repair:
        return f.repairs.isEmpty() ? tr("shown when the list is opened") : f.repairs.join(QLatin1Char('\n'));
    case Column::Count: break;
    }
    return {};
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckFinding &f = m_findings[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return display(f, Column(index.column()));
    case KindKeyRole: return CheckOperation::kindKey(f.kind);
    default: return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Kind: return tr("Kind", "inconsistency");
    case Column::Finding: return tr("Finding");
    case Column::Repair: return tr("Repair");
    case Column::Count: break;
    }
    return {};
}

} // namespace model
