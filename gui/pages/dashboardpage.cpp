// SPDX-License-Identifier: Apache-2.0
#include "dashboardpage.h"

#include "attentiontablemodel.h"
#include "usageheatmap.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

using Column = model::AttentionTableModel::Column;
using Problem = model::AttentionTableModel::Problem;

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_totals(new QLabel(this)), m_attentionTitle(new QLabel(this)),
      m_attentionModel(new model::AttentionTableModel(this)), m_attentionProxy(new QSortFilterProxyModel(this)),
      m_attention(new QTableView(this)), m_heatMap(new UsageHeatMap)
{
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_totals->setContentsMargins(4, 4, 4, 4);
    // The totals never hold the window wider than the screen (1024 px, German labels).
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_totals->setMinimumWidth(0);
    m_attentionProxy->setSourceModel(m_attentionModel);
    m_attentionProxy->setSortRole(model::AttentionTableModel::SortRole);
    m_attention->setModel(m_attentionProxy);
    m_attention->setSortingEnabled(true);
    m_attention->sortByColumn(int(Column::Headroom), Qt::AscendingOrder); // most urgent first
    m_attention->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attention->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attention->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attention->verticalHeader()->hide();
    m_attention->verticalHeader()->setDefaultSectionSize(m_attention->fontMetrics().height() + 6);
    m_attention->horizontalHeader()->setStretchLastSection(false);
    // Column widths from the first rows: measuring every row of a big cloud stalled a refresh.
    m_attention->horizontalHeader()->setResizeContentsPrecision(50);
    m_attention->horizontalHeader()->setSectionResizeMode(int(Column::Problem), QHeaderView::Stretch);
    m_attention->setAlternatingRowColors(true);
    m_attention->setWordWrap(false);
    m_attention->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_attention, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        emit podActivated(index.data(model::AttentionTableModel::PodIndexRole).toInt());
    });
    connect(m_attention, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_attention->indexAt(pos);
        if (index.isValid())
            showPodMenu(index.data(model::AttentionTableModel::PodIndexRole).toInt(),
                        m_attention->viewport()->mapToGlobal(pos));
    });
    connect(m_attentionModel, &QAbstractItemModel::modelAboutToBeReset, this, &DashboardPage::rememberSelection);
    connect(m_attentionModel, &QAbstractItemModel::modelReset, this, &DashboardPage::restoreSelection);
    connect(m_heatMap, &UsageHeatMap::podActivated, this, &DashboardPage::podActivated);
    connect(m_heatMap, &UsageHeatMap::podMenuRequested, this, &DashboardPage::showPodMenu);

    auto *attentionBox = new QWidget(this);
    auto *attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(0, 0, 0, 0);
    attentionLayout->addWidget(m_attentionTitle);
    attentionLayout->addWidget(m_attention, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_heatMap);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(attentionBox);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 400}); // the list's first rows, most of the height for the heat map
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_totals);
    layout->addWidget(split, 1);
    updateTotals();
}

void DashboardPage::setSnapshot(model::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_attentionModel->setSnapshot(m_snapshot);
    m_heatMap->setSnapshot(m_snapshot);
    m_attention->resizeColumnsToContents();
    updateTotals();
}

void DashboardPage::setOutlook(const model::CapacityOutlookPtr &outlook)
{
    m_attentionModel->setOutlook(outlook);
    m_attention->resizeColumnToContents(int(Column::FullIn));
    updateTotals();
}

void DashboardPage::rememberSelection()
{
    const QModelIndexList rows = m_attention->selectionModel()->selectedRows();
    m_selectedPodId = rows.isEmpty() ? QString() : rows.first().data(model::AttentionTableModel::PodIdRole).toString();
}

void DashboardPage::restoreSelection()
{
    if (m_selectedPodId.isEmpty())
        return;
    const QModelIndexList found = m_attentionProxy->match(m_attentionProxy->index(0, 0), model::AttentionTableModel::PodIdRole,
                                                          m_selectedPodId, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_attention->selectRow(found.first().row());
}

void DashboardPage::setScope(const Scope &scope) { m_heatMap->setAz(scope.azIndex); }

void DashboardPage::showPodMenu(int pod, const QPoint &globalPos)
{
    QMenu menu(this);
    if (m_fillPodMenu)
        m_fillPodMenu(menu, pod);
    menu.addAction(tr("&Show in Pods"), this, [this, pod] { emit podActivated(pod); });
    menu.exec(globalPos);
}

void DashboardPage::updateTotals()
{
    m_attentionTitle->setText(tr("<b>Needs attention</b> — %n pod(s); click one to select it, right-click for "
                                 "actions",
                                 nullptr, m_attentionModel->rowCount()));
    if (!m_snapshot) {
        m_totals->setText(tr("No data loaded."));
        return;
    }
    int bottom = 0, outOfService = 0;
    for (const sched::Pod &p : m_snapshot->pods()) {
        bottom += !p.isTop();
        outOfService += p.state != sched::PodState::Enabled;
    }
    const QLocale locale;
    const int over = m_attentionModel->count(Problem::OverThreshold);
    const QString item = QStringLiteral("<td style=\"padding-right:14px\">%1<br><span style=\"font-size:x-large\"><b>%2</b></span></td>");
    const QString overText = over > 0 ? QStringLiteral("<span style=\"color:#d6453d\">%1</span>").arg(locale.toString(over))
                                      : locale.toString(over);
    // Bound tenants: distinct tenants with an active binding, the figure the tree's root shows.
    m_totals->setText(QStringLiteral("<table><tr>")
                      + item.arg(tr("Availability zones"), locale.toString(m_snapshot->azNames().size()))
                      + item.arg(tr("Bottom pods"), locale.toString(bottom))
                      + item.arg(tr("Out of service"), locale.toString(outOfService))
                      + item.arg(tr("Bound tenants"), locale.toString(m_snapshot->boundTenantCount()))
                      + item.arg(tr("Active bindings"), locale.toString(m_snapshot->activeBindingCount()))
                      + item.arg(tr("Over threshold"), overText)
                      + item.arg(tr("Near threshold"), locale.toString(m_attentionModel->count(Problem::NearThreshold)))
                      + item.arg(tr("Full within %Ln day(s)", "pods whose trend crosses the threshold soon",
                                    int(m_attentionModel->horizonDays())),
                                 locale.toString(m_attentionModel->count(Problem::FullSoon)))
                      + QStringLiteral("</tr></table>"));
}

} // namespace gui
