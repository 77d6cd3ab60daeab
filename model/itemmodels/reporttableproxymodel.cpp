// SPDX-License-Identifier: Apache-2.0
#include "reporttableproxymodel.h"

#include "whatifresult.h"

namespace model {

ReportTableProxyModel::ReportTableProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WhatIfSortRole);
}

void ReportTableProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool ReportTableProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(WhatIfSearchRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace model
