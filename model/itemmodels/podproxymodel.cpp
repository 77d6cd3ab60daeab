// SPDX-License-Identifier: Apache-2.0
#include "podproxymodel.h"

#include "podtablemodel.h"

namespace model {

PodProxyModel::PodProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PodTableModel::SortRole);
}

void PodProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void PodProxyModel::setScope(int azIndex, int pod)
{
    if (azIndex == m_azIndex && pod == m_pod)
        return;
    m_azIndex = azIndex;
    m_pod = pod;
    invalidateRowsFilter();
}

bool PodProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_pod >= 0 && index.data(PodTableModel::PodIndexRole).toInt() != m_pod)
        return false;
    if (m_azIndex >= 0 && index.data(PodTableModel::AzIndexRole).toInt() != m_azIndex)
        return false;
    return m_text.isEmpty() || index.data(PodTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace model
