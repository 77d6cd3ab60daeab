// SPDX-License-Identifier: Apache-2.0
#include "tenantproxymodel.h"

#include "tenanttablemodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace model {

struct TenantProxyModel::Prepared {
    SnapshotPtr snapshot;
    int sortColumn = -1; // the sort and filter it was made for
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString text;
    int azIndex = -1, pod = -1;
    std::vector<int> order, rows, proxyOfSource; // made on the worker, read once `done` is set
    std::atomic<bool> done = false;
};

TenantProxyModel::TenantProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

void TenantProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<TenantTableModel *>(source);
    Q_ASSERT(m_source || !source);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &TenantProxyModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            if (!takePrepared())
                rebuildAll();
            endResetModel();
        });
    }
    rebuildAll();
    endResetModel();
}

void TenantProxyModel::rebuildAll()
{
    m_order.resize(std::size_t(m_source ? m_source->rowCount() : 0));
    applySort();
    applyFilter(false);
}

std::vector<int> TenantProxyModel::sortedOrder(const CloudSnapshot &snapshot, int column, Qt::SortOrder order)
{
    std::vector<int> rows(std::size_t(snapshot.tenantCount()));
    std::iota(rows.begin(), rows.end(), 0);
    if (column < 0 || rows.empty())
        return rows;
    std::vector<std::pair<qint64, int>> keyed(rows.size());
    for (std::size_t row = 0; row < keyed.size(); ++row)
        keyed[row] = {TenantTableModel::sortKey(snapshot, int(row), TenantTableModel::Column(column)), int(row)};
    // Ties keep source order in both directions, so the result is deterministic.
    if (order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
    return rows;
}

void TenantProxyModel::applySort()
{
    if (m_sortColumn < 0 || !m_source || !m_source->snapshot() || m_order.empty()) {
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    m_order = sortedOrder(*m_source->snapshot(), m_sortColumn, m_sortOrder);
}

bool TenantProxyModel::accepts(const CloudSnapshot &snap, const QString &text, int azIndex, int pod, int tenant)
{
    if (!text.isEmpty() && !snap.tenantNames()[tenant].contains(text, Qt::CaseInsensitive))
        return false;
    return (azIndex < 0 && pod < 0) || snap.tenantBoundIn(tenant, azIndex, pod);
}

bool TenantProxyModel::accepts(int tenant) const
{
    return accepts(*m_source->snapshot(), m_text, m_azIndex, m_pod, tenant);
}

QFuture<void> TenantProxyModel::prepare(SnapshotPtr snapshot, int azIndex, int pod)
{
    auto p = std::make_shared<Prepared>();
    p->snapshot = std::move(snapshot);
    p->sortColumn = m_sortColumn;
    p->sortOrder = m_sortOrder;
    p->text = m_text;
    p->azIndex = azIndex;
    p->pod = pod;
    m_prepared = p; // a newer prepare() supersedes this one
    return QtConcurrent::run([p] { prepareRows(*p); });
}

void TenantProxyModel::prepareRows(Prepared &p)
{
    const CloudSnapshot &snapshot = *p.snapshot;
    p.order = sortedOrder(snapshot, p.sortColumn, p.sortOrder);
    p.proxyOfSource.assign(p.order.size(), -1);
    for (int source : p.order) {
        if (accepts(snapshot, p.text, p.azIndex, p.pod, source)) {
            p.proxyOfSource[std::size_t(source)] = int(p.rows.size());
            p.rows.push_back(source);
        }
    }
    p.done.store(true, std::memory_order_release);
}

// In the source's reset: the rows prepared for its new snapshot, if any fit.
bool TenantProxyModel::takePrepared()
{
    const std::shared_ptr<Prepared> p = std::move(m_prepared);
    m_prepared.reset();
    if (!p || !m_source || !p->done.load(std::memory_order_acquire) || p->snapshot.get() != m_source->snapshot()
        || p->sortColumn != m_sortColumn || p->sortOrder != m_sortOrder)
        return false;
    m_order = std::move(p->order);
    m_azIndex = p->azIndex; // the scope the new snapshot is shown in
    m_pod = p->pod;
    if (p->text == m_text) {
        m_rows = std::move(p->rows);
        m_proxyOfSource = std::move(p->proxyOfSource);
    } else { // the operator typed meanwhile: that filter wins
        applyFilter(false);
    }
    return true;
}

// Narrowing (one more character typed) re-tests only the rows shown.
void TenantProxyModel::applyFilter(bool narrowing)
{
    std::vector<int> candidates;
    if (narrowing)
        candidates.swap(m_rows);
    m_rows.clear();
    m_proxyOfSource.assign(m_order.size(), -1);
    if (!m_source || !m_source->snapshot())
        return;
    for (int source : narrowing ? candidates : m_order) {
        if (accepts(source)) {
            m_proxyOfSource[std::size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
    }
}

void TenantProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const bool narrowing = !m_text.isEmpty() && text.contains(m_text, Qt::CaseInsensitive);
    beginResetModel();
    m_text = text;
    applyFilter(narrowing);
    endResetModel();
}

void TenantProxyModel::setScope(int azIndex, int pod)
{
    if (azIndex == m_azIndex && pod == m_pod)
        return;
    beginResetModel();
    m_azIndex = azIndex;
    m_pod = pod;
    applyFilter(false);
    endResetModel();
}

void TenantProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sources;
    for (const QModelIndex &i : before)
        sources.append(m_rows[std::size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    applyFilter(false);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyOfSource[std::size_t(sources[i])];
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex TenantProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TenantProxyModel::parent(const QModelIndex &) const { return {}; }

int TenantProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QModelIndex TenantProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source)
        return {};
    return m_source->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TenantProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || std::size_t(sourceIndex.row()) >= m_proxyOfSource.size())
        return {};
    const int row = m_proxyOfSource[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant TenantProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace model
