// SPDX-License-Identifier: Apache-2.0
#include "bindingproxymodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <utility>

namespace model {

struct BindingProxyModel::Prepared {
    SnapshotPtr snapshot;
    // The sort and filter it was made for.
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString filterText;
    bool showHistory = false;
    int tenant = -1, pod = -1, azIndex = -1;
    // Made on the worker; read on the GUI thread only once `done` is set.
    std::vector<int> order, rows, proxyOfSource;
    std::vector<char> tenantMatches, podMatches;
    std::atomic<bool> done = false;
};

BindingProxyModel::BindingProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

void BindingProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<BindingTableModel *>(source);
    Q_ASSERT(m_source || !source);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &BindingProxyModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            if (!takePrepared())
                rebuildAll();
            endResetModel();
        });
    }
    rebuildAll();
    endResetModel();
}

void BindingProxyModel::rebuildAll()
{
    const int n = m_source ? m_source->rowCount() : 0;
    ++m_sortGeneration; // a sort of the previous snapshot is stale now
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0 && n > kBackgroundRows) {
        sortInBackground();
    } else {
        applySort();
        if (std::exchange(m_sortPending, false))
            emit sortingChanged(false);
    }
    updateMatches();
    applyFilter();
}

std::vector<int> BindingProxyModel::sortedOrder(const CloudSnapshot &snapshot, BindingTableModel::Column column,
                                                Qt::SortOrder order)
{
    // Precomputed keys; ties keep source order so the result is deterministic.
    std::vector<std::pair<qint64, int>> keyed(std::size_t(snapshot.bindingCount()));
    for (std::size_t row = 0; row < keyed.size(); ++row)
        keyed[row] = {BindingTableModel::sortKey(snapshot, int(row), column), int(row)};
    if (order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    std::vector<int> rows(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
    return rows;
}

void BindingProxyModel::applySort()
{
    if (m_sortColumn < 0 || !m_source || m_order.empty() || !m_source->snapshot()) {
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    m_order = sortedOrder(*m_source->snapshot(), BindingTableModel::Column(m_sortColumn), m_sortOrder);
}

void BindingProxyModel::sortInBackground()
{
    const quint64 generation = m_sortGeneration;
    const SnapshotPtr snapshot = m_source->sharedSnapshot(); // kept alive by the job
    const auto column = BindingTableModel::Column(m_sortColumn);
    const Qt::SortOrder order = m_sortOrder;
    m_sortWatcher.disconnect(this);
    connect(&m_sortWatcher, &QFutureWatcher<std::vector<int>>::finished, this,
            [this, generation] { takeBackgroundSort(generation); });
    m_sortWatcher.setFuture(QtConcurrent::run([snapshot, column, order] { return sortedOrder(*snapshot, column, order); }));
    const bool announce = !m_sortPending;
    m_sortPending = true;
    if (announce)
        emit sortingChanged(true);
}

void BindingProxyModel::takeBackgroundSort(quint64 generation)
{
    if (generation != m_sortGeneration || m_sortWatcher.future().resultCount() == 0)
        return; // a newer snapshot or sort came meanwhile
    std::vector<int> order = m_sortWatcher.future().takeResult();
    if (order.size() == m_order.size())
        replaceOrder(std::move(order));
    m_sortPending = false;
    emit sortingChanged(false);
}

// A new order for the same rows: a layout change that keeps the selection.
void BindingProxyModel::replaceOrder(std::vector<int> order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sources;
    for (const QModelIndex &i : before)
        sources.append(m_rows[std::size_t(i.row())]);
    m_order = std::move(order);
    applyFilter();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyOfSource[std::size_t(sources[i])];
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BindingProxyModel::matchesOf(const CloudSnapshot &snapshot, const QString &text, std::vector<char> &tenantMatches,
                                  std::vector<char> &podMatches)
{
    tenantMatches.clear();
    podMatches.clear();
    if (text.isEmpty())
        return;
    tenantMatches.resize(std::size_t(snapshot.tenantCount()));
    for (int t = 0; t < snapshot.tenantCount(); ++t)
        tenantMatches[std::size_t(t)] = snapshot.tenantNames()[t].contains(text, Qt::CaseInsensitive);
    podMatches.resize(std::size_t(snapshot.podCount()));
    for (int p = 0; p < snapshot.podCount(); ++p)
        podMatches[std::size_t(p)] = snapshot.podName(p).contains(text, Qt::CaseInsensitive);
}

void BindingProxyModel::updateMatches()
{
    const CloudSnapshot *snap = m_source ? m_source->snapshot() : nullptr;
    m_tenantMatches.clear();
    m_podMatches.clear();
    if (snap)
        matchesOf(*snap, m_filterText, m_tenantMatches, m_podMatches);
}

BindingProxyModel::Filter BindingProxyModel::filter() const
{
    return {m_showHistory, m_tenant, m_pod, m_azIndex, &m_tenantMatches, &m_podMatches};
}

bool BindingProxyModel::accepts(const CloudSnapshot &snapshot, const Filter &f, const BindingRow &row)
{
    if (!f.showHistory && !row.active)
        return false;
    if (f.tenant >= 0 && row.tenant != f.tenant)
        return false;
    if (f.pod >= 0 && row.pod != f.pod)
        return false;
    if (f.azIndex >= 0 && snapshot.azIndexOfPod(row.pod) != f.azIndex)
        return false;
    if (!f.tenantMatches->empty() && !(*f.tenantMatches)[std::size_t(row.tenant)]
        && !(*f.podMatches)[std::size_t(row.pod)])
        return false;
    return true;
}

void BindingProxyModel::applyFilter()
{
    m_rows.clear();
    m_proxyOfSource.assign(m_order.size(), -1);
    if (!m_source || !m_source->snapshot())
        return;
    const CloudSnapshot &snapshot = *m_source->snapshot();
    const Filter f = filter();
    for (int source : m_order) {
        if (accepts(snapshot, f, snapshot.bindings()[std::size_t(source)])) {
            m_proxyOfSource[std::size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
    }
}

void BindingProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    // Typing one more character only narrows: re-test what matched so far.
    const bool narrowing = !m_filterText.isEmpty() && text.contains(m_filterText, Qt::CaseInsensitive);
    beginResetModel();
    m_filterText = text;
    if (narrowing) {
        narrowMatches();
        narrowRows();
    } else {
        updateMatches();
        applyFilter();
    }
    endResetModel();
}

void BindingProxyModel::narrowMatches()
{
    const CloudSnapshot *snap = m_source->snapshot();
    for (std::size_t t = 0; t < m_tenantMatches.size(); ++t)
        if (m_tenantMatches[t])
            m_tenantMatches[t] = snap->tenantNames()[qsizetype(t)].contains(m_filterText, Qt::CaseInsensitive);
    for (std::size_t p = 0; p < m_podMatches.size(); ++p)
        if (m_podMatches[p])
            m_podMatches[p] = snap->podName(int(p)).contains(m_filterText, Qt::CaseInsensitive);
}

void BindingProxyModel::narrowRows()
{
    const CloudSnapshot &snapshot = *m_source->snapshot();
    const Filter f = filter();
    std::vector<int> kept;
    kept.reserve(m_rows.size());
    for (int source : m_rows) {
        if (accepts(snapshot, f, snapshot.bindings()[std::size_t(source)])) {
            m_proxyOfSource[std::size_t(source)] = int(kept.size());
            kept.push_back(source);
        } else {
            m_proxyOfSource[std::size_t(source)] = -1;
        }
    }
    m_rows = std::move(kept);
}

void BindingProxyModel::setShowHistory(bool show)
{
    if (show == m_showHistory)
        return;
    beginResetModel();
    m_showHistory = show;
    applyFilter();
    endResetModel();
}

void BindingProxyModel::setScope(int azIndex, int pod)
{
    if (azIndex == m_azIndex && pod == m_pod)
        return;
    beginResetModel();
    m_azIndex = azIndex;
    m_pod = pod;
    applyFilter();
    endResetModel();
}

void BindingProxyModel::setTenant(int tenant)
{
    if (tenant == m_tenant)
        return;
    beginResetModel();
    m_tenant = tenant;
    applyFilter();
    endResetModel();
}

QFuture<void> BindingProxyModel::prepare(SnapshotPtr snapshot, int azIndex, int pod)
{
    auto p = std::make_shared<Prepared>();
    p->snapshot = std::move(snapshot);
    p->sortColumn = m_sortColumn;
    p->sortOrder = m_sortOrder;
    p->filterText = m_filterText;
    p->showHistory = m_showHistory;
    p->tenant = m_tenant;
    p->pod = pod;
    p->azIndex = azIndex;
    m_prepared = p; // a newer prepare() supersedes this one
    return QtConcurrent::run([p] { prepareRows(*p); });
}

void BindingProxyModel::prepareRows(Prepared &p)
{
    const CloudSnapshot &snapshot = *p.snapshot;
    if (p.sortColumn >= 0 && snapshot.bindingCount() > 0) {
        p.order = sortedOrder(snapshot, BindingTableModel::Column(p.sortColumn), p.sortOrder);
    } else {
        p.order.resize(std::size_t(snapshot.bindingCount()));
        std::iota(p.order.begin(), p.order.end(), 0);
    }
    matchesOf(snapshot, p.filterText, p.tenantMatches, p.podMatches);
    const Filter f{p.showHistory, p.tenant, p.pod, p.azIndex, &p.tenantMatches, &p.podMatches};
    p.proxyOfSource.assign(p.order.size(), -1);
    for (int source : p.order) {
        if (accepts(snapshot, f, snapshot.bindings()[std::size_t(source)])) {
            p.proxyOfSource[std::size_t(source)] = int(p.rows.size());
            p.rows.push_back(source);
        }
    }
    p.done.store(true, std::memory_order_release);
}

// In the source's reset: the rows prepared for its new snapshot, if any fit.
bool BindingProxyModel::takePrepared()
{
    const std::shared_ptr<Prepared> p = std::move(m_prepared);
    m_prepared.reset();
    if (!p || !m_source || !p->done.load(std::memory_order_acquire) || p->snapshot.get() != m_source->snapshot()
        || p->sortColumn != m_sortColumn || p->sortOrder != m_sortOrder)
        return false;
    ++m_sortGeneration; // a background sort of an older snapshot is stale now
    m_order = std::move(p->order);
    m_azIndex = p->azIndex; // the scope the new snapshot is shown in
    m_pod = p->pod;
    if (p->filterText == m_filterText && p->showHistory == m_showHistory && p->tenant == m_tenant) {
        m_rows = std::move(p->rows);
        m_proxyOfSource = std::move(p->proxyOfSource);
        m_tenantMatches = std::move(p->tenantMatches);
        m_podMatches = std::move(p->podMatches);
    } else { // the operator typed meanwhile: that filter wins
        updateMatches();
        applyFilter();
    }
    if (std::exchange(m_sortPending, false))
        emit sortingChanged(false);
    return true;
}

void BindingProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    const bool wasSorting = m_sortPending;
    m_sortPending = false;
    ++m_sortGeneration; // the operator's sort wins over one still running
    m_sortColumn = column;
    m_sortOrder = order;
    std::vector<int> rows(m_order.size());
    if (column < 0 || !m_source || !m_source->snapshot())
        std::iota(rows.begin(), rows.end(), 0);
    else
        rows = sortedOrder(*m_source->snapshot(), BindingTableModel::Column(column), order);
    replaceOrder(std::move(rows));
    if (wasSorting)
        emit sortingChanged(false);
}

QModelIndex BindingProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex BindingProxyModel::parent(const QModelIndex &) const { return {}; }

int BindingProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BindingProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QModelIndex BindingProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source)
        return {};
    return m_source->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex BindingProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || std::size_t(sourceIndex.row()) >= m_proxyOfSource.size())
        return {};
    const int row = m_proxyOfSource[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant BindingProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace model
