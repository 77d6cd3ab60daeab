// SPDX-License-Identifier: Apache-2.0
#pragma once

// Sorts and filters a TenantTableModel of hundreds of thousands of tenants by
// id and by the part of the cloud chosen in the tree (tenants actively bound
// there). Like BindingProxyModel it sorts row numbers once on raw keys and
// applies a filter as one model reset: a QSortFilterProxyModel announced every
// removed range separately, which froze the view for most of a minute at
// 300,000 tenants.

#include "cloudsnapshot.h"

#include <QAbstractProxyModel>
#include <QFuture>

#include <memory>
#include <vector>

namespace model {

class TenantTableModel;

class TenantProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TenantProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override; // must be a TenantTableModel

    // Case-insensitive substring of the tenant id; empty = all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setScope(int azIndex, int pod); // -1 = any

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // As BindingProxyModel::prepare(): sorts and filters `snapshot` on a
    // worker for the scope it will be shown in; the source's reset to that
    // snapshot then takes the rows (and that scope) in one step.
    QFuture<void> prepare(SnapshotPtr snapshot, int azIndex = -1, int pod = -1);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Prepared;
    static std::vector<int> sortedOrder(const CloudSnapshot &snapshot, int column, Qt::SortOrder order);
    static bool accepts(const CloudSnapshot &snapshot, const QString &text, int azIndex, int pod, int tenant);
    static void prepareRows(Prepared &prepared);
    bool takePrepared();
    void rebuildAll();
    void applySort();
    void applyFilter(bool narrowing);
    bool accepts(int tenant) const;

    TenantTableModel *m_source = nullptr;
    std::vector<int> m_order;         // every source row, in sort order
    std::vector<int> m_rows;          // proxy row -> source row
    std::vector<int> m_proxyOfSource; // source row -> proxy row, -1 = filtered out
    QString m_text;
    int m_azIndex = -1;
    int m_pod = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<Prepared> m_prepared; // the latest prepare(), until the source takes its snapshot
};

} // namespace model
