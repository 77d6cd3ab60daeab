// SPDX-License-Identifier: Apache-2.0
#include "policycomparisonmodel.h"

#include <QLocale>
#include <QFont>

namespace model {

PolicyComparisonModel::PolicyComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void PolicyComparisonModel::setResult(WhatIfResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int PolicyComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(Row::Count);
}

int PolicyComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->reports.size());
}

qint64 PolicyComparisonModel::figure(Row row, int policy) const
{
    const whatif::Report &r = m_result->reports[std::size_t(policy)];
    const whatif::Summary &s = r.summary;
    switch (row) {
    case Row::Keep: return qint64(s.keep);
    case Row::Bind: return qint64(s.bind);
    case Row::Rebind: return qint64(s.rebind);
    case Row::Fail: return qint64(s.fail);
    case Row::Events: return qint64(s.events);
    case Row::VmsCreated: return qint64(s.vmsCreated);
    case Row::VmsDeleted: return qint64(s.vmsDeleted);
    case Row::Skipped: return qint64(s.skipped);
    case Row::Changes: return qint64(r.changes.size());
    case Row::Failures: return qint64(r.failures.size());
    case Row::Differing:
        if (policy == 0 || std::size_t(policy - 1) >= m_result->differences.size())
            return -1;
        return qint64(m_result->differences[std::size_t(policy - 1)].size());
    case Row::Count: break;
    }
    return 0;
}

QVariant PolicyComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = Row(index.row());
    const qint64 value = figure(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value < 0 ? tr("—", "not applicable: the primary policy") : QLocale().toString(value);
    case WhatIfSortRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() > 0 && value != figure(row, 0) && row != Row::Differing) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() > 0 && row != Row::Differing)
            return tr("%1 under the primary policy").arg(figure(row, 0));
        return {};
    default:
        return {};
    }
}

QString PolicyComparisonModel::rowName(Row row)
{
    switch (row) {
    case Row::Keep: return tr("Kept", "what-if decisions that kept the binding");
    case Row::Bind: return tr("Bound", "what-if decisions that created a binding");
    case Row::Rebind: return tr("Rebound", "what-if decisions that moved a tenant");
    case Row::Fail: return tr("Failed", "what-if decisions that failed");
    case Row::Events: return tr("Events replayed");
    case Row::VmsCreated: return tr("VMs created");
    case Row::VmsDeleted: return tr("VMs deleted");
    case Row::Skipped: return tr("VMs skipped (no binding)");
    case Row::Changes: return tr("Binding changes");
    case Row::Failures: return tr("Failures listed");
    case Row::Differing: return tr("Tenants with another outcome");
    case Row::Count: break;
    }
    return {};
}

QVariant PolicyComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_result)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < int(Row::Count) ? rowName(Row(section)) : QVariant();
    if (section < 0 || std::size_t(section) >= m_result->reports.size())
        return {};
    const QString name = WhatIfText::str(m_result->reports[std::size_t(section)].policyName);
    return section == 0 ? tr("%1 (primary)", "policy name").arg(name) : name;
}

} // namespace model
