// SPDX-License-Identifier: Apache-2.0
#include "bindingspage.h"

#include "bindingproxymodel.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace gui {

using Column = model::BindingTableModel::Column;

BindingsPage::BindingsPage(QWidget *parent)
    : TablePage(QStringLiteral("bindings"), parent), m_model(new model::BindingTableModel(this)),
      m_proxy(new model::BindingProxyModel(this)), m_history(new QCheckBox(tr("Show &history"), this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    // Sized from the font, not the contents: measuring a million rows would stall.
    const QFontMetrics fm = table()->fontMetrics();
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 16; };
    table()->setColumnWidth(int(Column::Tenant), width(QString(32, QLatin1Char('d'))));
    table()->setColumnWidth(int(Column::Az), width(QStringLiteral("az-central0")));
    table()->setColumnWidth(int(Column::Group), width(QStringLiteral("resource:CAD Modeling")));
    table()->setColumnWidth(int(Column::Pod), width(QStringLiteral("Pod-Central-GPU0")));
    table()->setColumnWidth(int(Column::Since), width(QStringLiteral("2000-00-00 00:00")));
    table()->setColumnWidth(int(Column::Until), width(QStringLiteral("2000-00-00 00:00")));
    table()->sortByColumn(int(Column::Since), Qt::DescendingOrder); // newest first
    m_history->setToolTip(tr("Also list ended bindings (the binding history)"));
    toolRow()->insertWidget(1, m_history);
    filterEdit()->setPlaceholderText(tr("Filter by tenant or pod"));
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text.trimmed());
        updateCount();
    });
    connect(m_proxy, &model::BindingProxyModel::sortingChanged, this, &BindingsPage::updateCount);
    connect(m_history, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowHistory(show);
        updateCount();
        emit showHistoryChanged(show);
    });
}

QFuture<void> BindingsPage::prepare(model::SnapshotPtr snapshot, const Scope &scope)
{
    return m_proxy->prepare(std::move(snapshot), scope.azIndex, scope.pod);
}

void BindingsPage::setSnapshot(model::SnapshotPtr snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    updateCount();
}

void BindingsPage::setScope(const Scope &scope)
{
    m_proxy->setScope(scope.azIndex, scope.pod);
    updateCount();
}

void BindingsPage::setShowHistory(bool show) { m_history->setChecked(show); }
bool BindingsPage::showHistory() const { return m_history->isChecked(); }

void BindingsPage::updateCount()
{
    const QString count = tr("%1 of %n binding(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    // A new snapshot of a million rows is sorted on a worker thread: say so until it is.
    setCountText(m_proxy->sorting() ? tr("%1 — sorting…").arg(count) : count);
}

} // namespace gui
