// SPDX-License-Identifier: Apache-2.0
#include "tenantspage.h"

#include "tenantproxymodel.h"
#include "tenanttablemodel.h"
#include "tenanttimelinewidget.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

using Column = model::TenantTableModel::Column;

TenantsPage::TenantsPage(QWidget *parent)
    : TablePage(QStringLiteral("tenants"), parent), m_model(new model::TenantTableModel(this)),
      m_proxy(new model::TenantProxyModel(this)), m_timelineTitle(new QLabel(this)),
      m_timeline(new TenantTimelineWidget(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection); // several: "Rebind N Tenants…"
    table()->setColumnWidth(int(Column::Tenant), table()->fontMetrics().horizontalAdvance(QString(32, QLatin1Char('d'))) + 24);
    table()->sortByColumn(-1, Qt::AscendingOrder);
    filterEdit()->setPlaceholderText(tr("Filter tenants by id"));
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text.trimmed());
        updateCount();
    });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTenant(current); });

    // Table above, timeline below, resizable.
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_timelineTitle);
    auto *scroll = new QScrollArea(bottom);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    bottomLayout->addWidget(scroll, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table());
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout()->addWidget(splitter);
    showTenant({});
}

QFuture<void> TenantsPage::prepare(model::SnapshotPtr snapshot, const Scope &scope)
{
    return m_proxy->prepare(std::move(snapshot), scope.azIndex, scope.pod);
}

void TenantsPage::setSnapshot(model::SnapshotPtr snapshot)
{
    m_timeline->setSnapshot(snapshot);
    m_model->setSnapshot(std::move(snapshot));
    showTenant({});
    updateCount();
}

void TenantsPage::setScope(const Scope &scope)
{
    m_proxy->setScope(scope.azIndex, scope.pod);
    updateCount();
}

void TenantsPage::showTenant(const QModelIndex &proxyIndex)
{
    const int tenant = proxyIndex.isValid() ? proxyIndex.data(model::TenantTableModel::TenantIndexRole).toInt() : -1;
    m_timeline->setTenant(tenant);
    m_timelineTitle->setText(tenant < 0 ? tr("<b>Binding timeline</b>")
                                        : tr("<b>Binding timeline of %1</b>")
                                              .arg(proxyIndex.siblingAtColumn(int(Column::Tenant)).data().toString()));
}

void TenantsPage::updateCount()
{
    setCountText(tr("%1 of %n tenant(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace gui
