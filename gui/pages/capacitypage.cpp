// SPDX-License-Identifier: Apache-2.0
#include "capacitypage.h"

#include "capacitychart.h"
#include "capacitygroupmodel.h"
#include "capacitytablemodel.h"
#include "projectiontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

namespace {
QTableView *makeTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    // Columns fit the rows on screen and up to 200 around them, not all 1,000 pods:
    // sizing every row took 58 ms of the GUI thread's CPU on each switch to the tab.
    table->horizontalHeader()->setResizeContentsPrecision(200);
    return table;
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, int sortRole, int azColumn, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterKeyColumn(azColumn);
    return proxy;
}
} // namespace

CapacityPage::CapacityPage(QWidget *parent)
    : QWidget(parent), m_podModel(new model::CapacityTableModel(this)), m_groupModel(new model::CapacityGroupModel(this)),
      m_podProxy(makeProxy(m_podModel, model::CapacityTableModel::SortRole, model::CapacityTableModel::AzColumn, this)),
      m_groupProxy(makeProxy(m_groupModel, model::CapacityGroupModel::SortRole, model::CapacityGroupModel::AzColumn, this)),
      m_az(new QComboBox), m_summary(new QLabel), m_podTable(makeTable(m_podProxy)),
      m_groupTable(makeTable(m_groupProxy)), m_chart(new CapacityChart)
{
    m_az->setObjectName(QStringLiteral("capacityAz"));
    m_az->addItem(tr("All AZs"), QString());
    m_az->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("capacitySummary"));
    auto *top = new QHBoxLayout;
    auto *azLabel = new QLabel(tr("&AZ:"));
    azLabel->setBuddy(m_az);
    top->addWidget(azLabel);
    top->addWidget(m_az);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);

    m_podTable->setObjectName(QStringLiteral("capacityPods"));
    m_groupTable->setObjectName(QStringLiteral("capacityGroups"));
    m_podTable->sortByColumn(model::CapacityTableModel::DaysColumn, Qt::AscendingOrder);
    m_groupTable->sortByColumn(model::CapacityGroupModel::DaysColumn, Qt::AscendingOrder);
    // Every column fits its figures; the time remaining is as wide as "3,650 – 3,650
    // days" or "over its threshold now" (longer reasons are elided, in full in the tooltip).
    QHeaderView *podHeader = m_podTable->horizontalHeader();
    podHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    podHeader->setSectionResizeMode(model::CapacityTableModel::DaysColumn, QHeaderView::Interactive);
    const QFontMetrics metrics = m_podTable->fontMetrics();
    int daysWidth = 0;
    for (const auto &[conservative, trend] : {std::pair(3650.0, 3650.0), std::pair(0.0, 0.0), std::pair(999.0, 1e9)}) {
        sched::outlook::Projection widest;
        widest.conservative = conservative;
        widest.trend = trend;
        daysWidth = std::max(daysWidth, metrics.horizontalAdvance(model::ProjectionText::range(widest)));
    }
    podHeader->resizeSection(model::CapacityTableModel::DaysColumn, daysWidth + 24);
    podHeader->setStretchLastSection(true);
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setSectionResizeMode(model::CapacityGroupModel::DaysColumn, QHeaderView::Stretch);
    m_podTable->setTextElideMode(Qt::ElideRight);

    auto *tables = new QSplitter(Qt::Vertical);
    tables->addWidget(m_podTable);
    tables->addWidget(m_groupTable);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("capacitySplitter"));
    split->addWidget(tables);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_az, &QComboBox::currentIndexChanged, this, [this] { setAz(m_az->currentData().toString()); });
    connect(m_podTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPodRow(current); });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showGroupRow(current); });
    // A click on the row already current (after a group was shown) shows it again.
    connect(m_podTable, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) { showPodRow(i); });
    connect(m_groupTable, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) { showGroupRow(i); });
    m_summary->setText(tr("No cloud loaded."));
}

void CapacityPage::showComputing() { m_summary->setText(tr("Computing the outlook…")); }

void CapacityPage::setOutlook(model::CapacityOutlookPtr outlook)
{
    m_outlook = std::move(outlook);
    m_chart->clear();
    m_podModel->setOutlook(m_outlook);
    m_groupModel->setOutlook(m_outlook);
    updateAzList();
    if (!m_outlook) {
        m_summary->setText(tr("No cloud loaded."));
    } else {
        int atRisk = 0;
        for (const auto &p : m_outlook->outlook.pods)
            atRisk += p.atRisk(m_outlook->options.horizonDays);
        m_summary->setText(tr("%n pod(s) over their threshold within %1 days (conservative)", nullptr, atRisk)
                               .arg(m_outlook->options.horizonDays, 0, 'f', 0));
    }
    // Charting waits until the page is seen: a refresh on another tab does not pay for it.
    m_chartFirstOnShow = !isVisible();
    if (isVisible() && m_podProxy->rowCount() > 0)
        m_podTable->selectRow(0);
    emit outlookReady();
}

void CapacityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_chartFirstOnShow, false) && m_podProxy->rowCount() > 0)
        m_podTable->selectRow(0);
}

void CapacityPage::updateAzList()
{
    const QString current = m_az->currentData().toString();
    QStringList azs;
    if (m_outlook)
        for (const auto &g : m_outlook->outlook.groups)
            if (!azs.contains(QString::fromStdString(g.az)))
                azs << QString::fromStdString(g.az);
    const QSignalBlocker block(m_az);
    while (m_az->count() > 1)
        m_az->removeItem(1);
    for (const QString &az : azs)
        m_az->addItem(az, az);
    m_az->setCurrentIndex(std::max(0, m_az->findData(current)));
    setAz(m_az->currentData().toString());
}

void CapacityPage::setAz(const QString &az)
{
    if (const int i = m_az->findData(az); i >= 0 && i != m_az->currentIndex()) {
        const QSignalBlocker block(m_az);
        m_az->setCurrentIndex(i);
    }
    const QRegularExpression exact(az.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(az)));
    m_podProxy->setFilterRegularExpression(exact);
    m_groupProxy->setFilterRegularExpression(exact);
}

void CapacityPage::showPodRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_podProxy->mapToSource(proxyIndex);
    const int resource = source.data(model::CapacityTableModel::ResourceRole).toInt();
    m_chart->showPod(m_outlook, source.row(), resource < 0 ? sched::Resource::Vcpus : sched::Resource(resource));
}

void CapacityPage::showGroupRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_chart->showGroup(m_outlook, m_groupProxy->mapToSource(proxyIndex).row());
}

} // namespace gui
