#include "tablepage.h"

#include "consolesettings.h"
#include "icons.h"

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_table, 1);
}

void TablePage::setCountText(const QString &text) { m_count->setText(text); }

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
