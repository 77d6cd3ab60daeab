#include "tenantproxymodel.h"

#include "tenanttablemodel.h"

namespace model {

TenantProxyModel::TenantProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TenantTableModel::SortRole);
}

void TenantProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void TenantProxyModel::setScope(int azIndex, int pod)
{
    if (azIndex == m_azIndex && pod == m_pod)
        return;
    m_azIndex = azIndex;
    m_pod = pod;
    invalidateRowsFilter();
}

bool TenantProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *tenants = static_cast<const TenantTableModel *>(sourceModel());
    const CloudSnapshot *snap = tenants->snapshot();
    if (!snap)
        return false;
    if (!m_text.isEmpty() && !snap->tenantNames()[sourceRow].contains(m_text, Qt::CaseInsensitive))
        return false;
    return (m_azIndex < 0 && m_pod < 0) || snap->tenantBoundIn(sourceRow, m_azIndex, m_pod);
}

} // namespace model
