// SPDX-License-Identifier: Apache-2.0
#include "podspage.h"

#include "podproxymodel.h"
#include "podtablemodel.h"
#include "usagebardelegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace gui {

using Column = model::PodTableModel::Column;

PodsPage::PodsPage(QWidget *parent)
    : TablePage(QStringLiteral("pods"), parent), m_model(new model::PodTableModel(this)),
      m_proxy(new model::PodProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    auto *bars = new UsageBarDelegate(this);
    for (Column c : {Column::Vcpus, Column::Ram, Column::Disk})
        table()->setItemDelegateForColumn(int(c), bars);
    table()->sortByColumn(-1, Qt::AscendingOrder); // creation order until the user sorts
    filterEdit()->setPlaceholderText(tr("Filter pods by name, AZ, DC or affinity tag"));
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
}

void PodsPage::setSnapshot(model::SnapshotPtr snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    if (!m_columnsFitted)
        fitColumns();
    updateCount();
}

bool PodsPage::restorePodsHeader(const ConsoleSettings &settings)
{
    m_columnsFitted = restoreHeader(settings);
    return m_columnsFitted;
}

void PodsPage::fitColumns()
{
    // Few rows: size to the contents once, bars to a readable minimum.
    table()->horizontalHeader()->setResizeContentsPrecision(200);
    table()->resizeColumnsToContents();
    for (Column c : {Column::Vcpus, Column::Ram, Column::Disk})
        table()->setColumnWidth(int(c), std::max(table()->columnWidth(int(c)), 72));
    m_columnsFitted = m_model->rowCount() > 0;
}

void PodsPage::setScope(const Scope &scope)
{
    m_proxy->setScope(scope.azIndex, scope.pod);
    updateCount();
}

QString PodsPage::idOf(const QModelIndex &row) const { return row.data(model::PodTableModel::PodIdRole).toString(); }

bool PodsPage::selectPod(int pod)
{
    const auto find = [&] {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            if (m_proxy->index(r, 0).data(model::PodTableModel::PodIndexRole).toInt() == pod)
                return m_proxy->index(r, 0);
        return QModelIndex();
    };
    QModelIndex row = find();
    if (!row.isValid() && !filterEdit()->text().isEmpty()) {
        filterEdit()->clear();
        row = find();
    }
    if (!row.isValid())
        return false;
    table()->setCurrentIndex(row);
    table()->selectRow(row.row());
    table()->scrollTo(row);
    return true;
}

void PodsPage::updateCount()
{
    setCountText(tr("%1 of %n pod(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace gui
