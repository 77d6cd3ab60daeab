#pragma once

// Sorts tenants on raw values and filters them by id and by the part of the
// cloud chosen in the tree (tenants actively bound there).

#include <QSortFilterProxyModel>

namespace model {

class TenantProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TenantProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setScope(int azIndex, int pod); // -1 = any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_azIndex = -1;
    int m_pod = -1;
};

} // namespace model
