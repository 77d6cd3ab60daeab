// SPDX-License-Identifier: Apache-2.0
#include "tablepage.h"

#include "consolesettings.h"
#include "icons.h"
#include "tablecsv.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

TablePage::TablePage(QString settingsName, QWidget *parent)
    : QWidget(parent), m_settingsName(std::move(settingsName)), m_toolRow(new QHBoxLayout),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icon(IconId::Find), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(260);
    m_toolRow->addWidget(m_filter, 1);
    m_toolRow->addWidget(m_count);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TablePage::showContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_table, 1);
}

void TablePage::setCountText(const QString &text) { m_count->setText(text); }

QModelIndexList TablePage::selectedRows() const
{
    QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const QModelIndex current = m_table->currentIndex().siblingAtColumn(0);
    if (current.isValid() && rows.contains(current)) {
        rows.removeAll(current);
        rows.prepend(current);
    }
    return rows;
}

QString TablePage::idOf(const QModelIndex &row) const { return row.siblingAtColumn(0).data().toString(); }

void TablePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex clicked = m_table->indexAt(pos);
    if (clicked.isValid() && !m_table->selectionModel()->isRowSelected(clicked.row(), {}))
        m_table->setCurrentIndex(clicked); // a right-click on an unselected row selects it
    const QModelIndexList rows = selectedRows();
    QMenu menu(this);
    if (!rows.isEmpty()) {
        if (m_fill)
            m_fill(menu, rows);
        if (!menu.isEmpty())
            menu.addSeparator();
        const QString id = idOf(rows.constFirst());
        menu.addAction(tr("&Copy id"), this, [id] { QApplication::clipboard()->setText(id); });
        menu.addSeparator();
    }
    menu.addActions(m_extraActions);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<int> TablePage::visibleColumns() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns << header->logicalIndex(visual);
    return columns;
}

QByteArray TablePage::csv() const
{
    return m_table->model() ? model::TableCsv::serialize(*m_table->model(), visibleColumns()) : QByteArray();
}

void TablePage::setModel(QAbstractItemModel *model)
{
    m_table->setModel(model);
    m_table->setSortingEnabled(true);
}

bool TablePage::restoreHeader(const ConsoleSettings &settings)
{
    const QByteArray state = settings.headerState(m_settingsName);
    return !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
}

void TablePage::saveHeader(ConsoleSettings &settings) const
{
    settings.setHeaderState(m_settingsName, m_table->horizontalHeader()->saveState());
}

} // namespace gui
