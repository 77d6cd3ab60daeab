// SPDX-License-Identifier: Apache-2.0
#include "whatifresultsview.h"

#include "changetablemodel.h"
#include "failuretablemodel.h"
#include "policycomparisonmodel.h"
#include "reporttableproxymodel.h"
#include "tenantdifferencemodel.h"
#include "whatifusagechart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

namespace {
void setUpTable(QTableView *view)
{
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
}
} // namespace

WhatIfResultsView::WhatIfResultsView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel), m_counts(new QLabel), m_saveReport(new QPushButton(tr("&Save report…"))),
      m_savePlan(new QPushButton(tr("Save p&lan…"))), m_applyPlan(new QPushButton(tr("Appl&y plan…"))),
      m_tabs(new QTabWidget), m_changes(new model::ChangeTableModel(this)),
      m_changeProxy(new model::ReportTableProxyModel(this)), m_changeFilter(new QLineEdit),
      m_changeView(new QTableView), m_failures(new model::FailureTableModel(this)),
      m_failureProxy(new model::ReportTableProxyModel(this)), m_failureFilter(new QLineEdit),
      m_failureView(new QTableView), m_figure(new QComboBox), m_chartArea(new QWidget),
      m_chartGrid(new QGridLayout(m_chartArea)), m_comparison(new model::PolicyComparisonModel(this)),
      m_comparisonView(new QTableView), m_comparedPolicy(new QComboBox),
      m_differences(new model::TenantDifferenceModel(this)), m_differenceProxy(new model::ReportTableProxyModel(this)),
      m_differenceFilter(new QLineEdit), m_differenceView(new QTableView)
{
    m_changeProxy->setSourceModel(m_changes);
    m_failureProxy->setSourceModel(m_failures);
    m_differenceProxy->setSourceModel(m_differences);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader());
    m_tabs->addTab(buildTable(m_changeView, m_changeFilter, m_changeProxy), QString());
    m_tabs->addTab(buildTable(m_failureView, m_failureFilter, m_failureProxy), QString());
    m_tabs->addTab(buildUsageTab(), tr("Usage before / after"));
    m_tabs->addTab(buildPoliciesTab(), tr("Policies compared"));
    layout->addWidget(m_tabs, 1);
    m_changeFilter->setPlaceholderText(tr("Filter changes by tenant, AZ, group, pod or reason"));
    m_failureFilter->setPlaceholderText(tr("Filter failures by tenant, AZ, group or reason"));
    connect(m_saveReport, &QPushButton::clicked, this, &WhatIfResultsView::saveReportRequested);
    connect(m_savePlan, &QPushButton::clicked, this, &WhatIfResultsView::savePlanRequested);
    connect(m_applyPlan, &QPushButton::clicked, this, &WhatIfResultsView::applyPlanRequested);
    clear();
}

QWidget *WhatIfResultsView::buildHeader()
{
    auto *header = new QWidget;
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(4, 4, 4, 4);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_headline, 0, 0);
    grid->addWidget(m_counts, 1, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_savePlan);
    buttons->addWidget(m_applyPlan);
    grid->addLayout(buttons, 0, 1, 2, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    return header;
}

QWidget *WhatIfResultsView::buildTable(QTableView *view, QLineEdit *filter, model::ReportTableProxyModel *proxy,
                                       QWidget *extra)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    if (extra)
        top->addWidget(extra);
    filter->setClearButtonEnabled(true);
    top->addWidget(filter, 1);
    layout->addLayout(top);
    view->setModel(proxy);
    setUpTable(view);
    layout->addWidget(view, 1);
    connect(filter, &QLineEdit::textChanged, proxy, &model::ReportTableProxyModel::setFilterText);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &WhatIfResultsView::updateTabTitles);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &WhatIfResultsView::updateTabTitles);
    connect(proxy, &QAbstractItemModel::modelReset, this, &WhatIfResultsView::updateTabTitles);
    return page;
}

QWidget *WhatIfResultsView::buildUsageTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Figure:"));
    label->setBuddy(m_figure);
    top->addWidget(label);
    using F = WhatIfUsageChart::Figure;
    for (F f : {F::PeakUsage, F::Vcpus, F::Ram, F::Disk, F::Tenants, F::Vms})
        m_figure->addItem(WhatIfUsageChart::figureName(f), int(f));
    top->addWidget(m_figure);
    top->addStretch(1);
    layout->addLayout(top);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartArea);
    layout->addWidget(scroll, 1);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &WhatIfResultsView::rebuildCharts);
    return page;
}

QWidget *WhatIfResultsView::buildPoliciesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparisonView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparisonView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_comparisonView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    layout->addWidget(m_comparisonView);
    auto *label = new QLabel(tr("Tenants whose outcome differs from the primary policy under:"));
    auto *picker = new QWidget;
    auto *pickerLayout = new QHBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(label);
    pickerLayout->addWidget(m_comparedPolicy);
    m_differenceFilter->setPlaceholderText(tr("Filter by tenant or pod"));
    layout->addWidget(buildTable(m_differenceView, m_differenceFilter, m_differenceProxy, picker), 1);
    connect(m_comparedPolicy, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_differences->setResult(m_outcome.result, index);
    });
    return page;
}

void WhatIfResultsView::clear() { setOutcome({}); }

void WhatIfResultsView::setOutcome(const WhatIfOutcome &outcome)
{
    m_outcome = outcome;
    m_changes->setResult(outcome.result);
    m_failures->setResult(outcome.result);
    m_comparison->setResult(outcome.result);
    m_comparedPolicy->blockSignals(true);
    m_comparedPolicy->clear();
    if (outcome.result)
        for (std::size_t i = 1; i < outcome.result->reports.size(); ++i)
            m_comparedPolicy->addItem(QString::fromStdString(outcome.result->reports[i].policyName));
    m_comparedPolicy->blockSignals(false);
    m_differences->setResult(outcome.result, 0);
    const bool compared = outcome.result && outcome.result->reports.size() > 1;
    m_tabs->setTabEnabled(int(Tab::Policies), compared);
    m_tabs->setTabToolTip(int(Tab::Policies), compared ? QString() : tr("The scenario compares no other policy"));
    for (QTableView *view : {m_changeView, m_failureView, m_differenceView})
        view->resizeColumnsToContents();
    rebuildCharts();
    updateHeader();
    updateTabTitles();
}

void WhatIfResultsView::showTab(Tab tab) { m_tabs->setCurrentIndex(int(tab)); }

void WhatIfResultsView::setApplyEnabled(bool enabled, const QString &why)
{
    m_applyAllowed = enabled;
    m_applyWhy = why;
    updateHeader();
}

QString WhatIfResultsView::headline() const { return m_headline->text(); }
QString WhatIfResultsView::countsText() const { return m_counts->text(); }

void WhatIfResultsView::updateHeader()
{
    const model::WhatIfResultPtr &r = m_outcome.result;
    const bool finished = r && !r->cancelled && !r->reports.empty();
    m_saveReport->setEnabled(finished);
    m_savePlan->setEnabled(finished && m_outcome.plan);
    m_applyPlan->setEnabled(finished && m_outcome.plan && !m_outcome.plan->ops.empty() && m_applyAllowed);
    m_applyPlan->setToolTip(m_applyAllowed ? tr("Review the plan's operations, then apply them") : m_applyWhy);
    if (!r || r->reports.empty()) {
        m_headline->setText(tr("No results yet: open or build a scenario and run it."));
        m_counts->clear();
        return;
    }
    const whatif::Report &primary = r->reports.front();
    QStringList others;
    for (std::size_t i = 1; i < r->reports.size(); ++i)
        others << QString::fromStdString(r->reports[i].policyName).toHtmlEscaped();
    const QString policy = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(primary.policyName).toHtmlEscaped());
    QString text = others.isEmpty() ? tr("Policy %1").arg(policy)
                                    : tr("Policy %1, compared with %2").arg(policy, others.join(QStringLiteral(", ")));
    if (r->cancelled)
        text += QStringLiteral(" — <span style=\"color:#b01c10\"><b>%1</b></span>")
                    .arg(tr("Cancelled: the figures are partial, nothing can be saved or applied."));
    else
        text += QStringLiteral(" — %1").arg(tr("Finished: %n event(s) replayed.", nullptr, int(primary.summary.events)));
    m_headline->setText(text);
    const whatif::Summary &s = primary.summary;
    m_counts->setText(tr("Kept <b>%1</b> · bound <b>%2</b> · rebound <b>%3</b> · failed <b>%4</b> · "
                         "VMs created <b>%5</b>, deleted <b>%6</b>, skipped <b>%7</b> · "
                         "%8")
                          .arg(s.keep).arg(s.bind).arg(s.rebind).arg(s.fail).arg(s.vmsCreated).arg(s.vmsDeleted)
                          .arg(s.skipped)
                          .arg(tr("plan: <b>%n</b> operation(s)", nullptr, m_outcome.plan ? int(m_outcome.plan->ops.size()) : 0)));
}

void WhatIfResultsView::updateTabTitles()
{
    const auto title = [](const QString &name, int shown, int total) {
        return shown == total ? tr("%1 (%2)", "tab title: name (rows)").arg(name).arg(total)
                              : tr("%1 (%2 of %3)", "tab title: name (shown of rows)").arg(name).arg(shown).arg(total);
    };
    m_tabs->setTabText(int(Tab::Changes), title(tr("Changes"), m_changeProxy->rowCount(), m_changes->rowCount()));
    m_tabs->setTabText(int(Tab::Failures), title(tr("Failures"), m_failureProxy->rowCount(), m_failures->rowCount()));
}

void WhatIfResultsView::rebuildCharts()
{
    while (QLayoutItem *item = m_chartGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_chartCount = 0;
    if (!m_outcome.result || m_outcome.result->reports.empty())
        return;
    const whatif::Report &report = m_outcome.result->reports.front();
    const auto figure = WhatIfUsageChart::Figure(m_figure->currentData().toInt());
    const QStringList azs = WhatIfUsageChart::azsOf(report);
    const int columns = azs.size() > 1 ? 2 : 1;
    for (const QString &az : azs) {
        auto *chart = new WhatIfUsageChart(report, az.toStdString(), figure, m_chartArea);
        m_chartGrid->addWidget(chart, m_chartCount / columns, m_chartCount % columns);
        ++m_chartCount;
    }
}

} // namespace gui
