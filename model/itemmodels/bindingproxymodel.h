// SPDX-License-Identifier: Apache-2.0
#pragma once

// Sorts and filters a BindingTableModel of up to millions of rows. A generic
// QSortFilterProxyModel asks data() for a QVariant per comparison; this proxy
// sorts row numbers once on the model's raw keys (sortKey()) and filters by
// scanning compact rows, keeping the sorted order so that a filter keystroke
// never re-sorts. When a new snapshot of more than kBackgroundRows rows
// arrives, the sort runs on a worker thread (the rows show in source order
// meanwhile, sorting() is true); a newer snapshot or sort drops an older
// result (generation counter), so the GUI thread never sorts a million rows.
// Better still, prepare() sorts and filters a snapshot on a worker before the
// source model gets it: the reset then only swaps the prepared rows in.

#include "bindingtablemodel.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>

#include <memory>
#include <vector>

namespace model {

class BindingProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit BindingProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override; // must be a BindingTableModel

    // Case-insensitive substring of the tenant id or the pod name; empty = all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setShowHistory(bool show);
    bool showHistory() const { return m_showHistory; }
    // Limits rows to one AZ (index into CloudSnapshot::azNames) and/or one pod; -1 = any.
    void setScope(int azIndex, int pod);
    // Limits rows to one tenant; -1 = any.
    void setTenant(int tenant);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    static constexpr int kBackgroundRows = 200'000;
    bool sorting() const { return m_sortPending; } // a background sort's result is awaited
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Sorts and filters `snapshot` on a worker with the sort and filter of now,
    // for the scope (azIndex, pod) it will be shown in (a new snapshot's tree
    // starts at the whole cloud); the future finishes when its rows are ready.
    // When the source model is then given that snapshot, the reset takes them
    // in one step and the model's scope becomes that one (a filter typed
    // meanwhile is applied anew; a changed sort, or another snapshot, drops them).
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
    // What decides which rows show, besides the sort.
    struct Filter {
        bool showHistory = false;
        int tenant = -1, pod = -1, azIndex = -1;
        const std::vector<char> *tenantMatches = nullptr, *podMatches = nullptr; // empty: no text filter
    };
    Filter filter() const;
    static void matchesOf(const CloudSnapshot &snapshot, const QString &text, std::vector<char> &tenantMatches,
                          std::vector<char> &podMatches);
    static bool accepts(const CloudSnapshot &snapshot, const Filter &filter, const BindingRow &row);
    static void prepareRows(Prepared &prepared);
    bool takePrepared();
    void rebuildAll();
    void sortInBackground();
    void takeBackgroundSort(quint64 generation);
    void replaceOrder(std::vector<int> order);
    static std::vector<int> sortedOrder(const CloudSnapshot &snapshot, BindingTableModel::Column column,
                                        Qt::SortOrder order);
    void applySort();
    void applyFilter();
    void updateMatches();
    void narrowMatches();
    void narrowRows();

    BindingTableModel *m_source = nullptr;
    std::vector<int> m_order;         // every source row, in sort order
    std::vector<int> m_rows;          // proxy row -> source row
    std::vector<int> m_proxyOfSource; // source row -> proxy row, -1 = filtered out
    std::vector<char> m_tenantMatches, m_podMatches;
    QString m_filterText;
    bool m_showHistory = false;
    int m_azIndex = -1;
    int m_pod = -1;
    int m_tenant = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QFutureWatcher<std::vector<int>> m_sortWatcher;
    quint64 m_sortGeneration = 0;
    bool m_sortPending = false;
    std::shared_ptr<Prepared> m_prepared; // the latest prepare(), until the source takes its snapshot

signals:
    void sortingChanged(bool sorting);
};

} // namespace model
