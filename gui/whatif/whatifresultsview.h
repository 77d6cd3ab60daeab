// SPDX-License-Identifier: Apache-2.0
#pragma once

// The results of a what-if run: which policy ran and whether it finished,
// the summary counts, then tabs for the binding changes (sortable,
// filterable), the failures with reasons, before/after charts per AZ, and the
// policies side by side with the tenants whose outcome differs.

#include "whatifrunner.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace model {
class ChangeTableModel;
class FailureTableModel;
class PolicyComparisonModel;
class ReportTableProxyModel;
class TenantDifferenceModel;
} // namespace model

namespace gui {

class WhatIfResultsView final : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Changes, Failures, Usage, Policies };

    explicit WhatIfResultsView(QWidget *parent = nullptr);

    void setOutcome(const WhatIfOutcome &outcome);
    void clear();
    const WhatIfOutcome &outcome() const { return m_outcome; }
    void showTab(Tab tab);

    QString headline() const;
    QString countsText() const;
    model::ChangeTableModel *changeModel() const { return m_changes; }
    model::ReportTableProxyModel *changeProxy() const { return m_changeProxy; }
    model::FailureTableModel *failureModel() const { return m_failures; }
    model::PolicyComparisonModel *comparisonModel() const { return m_comparison; }
    model::TenantDifferenceModel *differenceModel() const { return m_differences; }
    QLineEdit *changeFilter() const { return m_changeFilter; }
    QTableView *changeView() const { return m_changeView; }
    int chartCount() const { return m_chartCount; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    QPushButton *savePlanButton() const { return m_savePlan; }
    QPushButton *applyPlanButton() const { return m_applyPlan; }
    void setApplyEnabled(bool enabled, const QString &why = {});

signals:
    void saveReportRequested();
    void savePlanRequested();
    void applyPlanRequested();

private:
    QWidget *buildHeader();
    QWidget *buildTable(QTableView *view, QLineEdit *filter, model::ReportTableProxyModel *proxy, QWidget *extra = nullptr);
    QWidget *buildUsageTab();
    QWidget *buildPoliciesTab();
    void rebuildCharts();
    void updateHeader();
    void updateTabTitles();

    WhatIfOutcome m_outcome;
    bool m_applyAllowed = false;
    QString m_applyWhy;
    int m_chartCount = 0;
    QLabel *m_headline;
    QLabel *m_counts;
    QPushButton *m_saveReport;
    QPushButton *m_savePlan;
    QPushButton *m_applyPlan;
    QTabWidget *m_tabs;
    model::ChangeTableModel *m_changes;
    model::ReportTableProxyModel *m_changeProxy;
    QLineEdit *m_changeFilter;
    QTableView *m_changeView;
    model::FailureTableModel *m_failures;
    model::ReportTableProxyModel *m_failureProxy;
    QLineEdit *m_failureFilter;
    QTableView *m_failureView;
    QComboBox *m_figure;
    QWidget *m_chartArea;
    QGridLayout *m_chartGrid;
    model::PolicyComparisonModel *m_comparison;
    QTableView *m_comparisonView;
    QComboBox *m_comparedPolicy;
    model::TenantDifferenceModel *m_differences;
    model::ReportTableProxyModel *m_differenceProxy;
    QLineEdit *m_differenceFilter;
    QTableView *m_differenceView;
};

} // namespace gui
