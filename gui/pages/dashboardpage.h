#pragma once

// The Dashboard tab: totals, then one usage chart per AZ (only the chosen AZ
// when the tree has one selected). Rebuilt whenever new data arrives.

#include "cloudsnapshot.h"
#include "scope.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace gui {

class AzUsageChart;

class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setSnapshot(model::SnapshotPtr snapshot);
    void setScope(const Scope &scope);
    int chartCount() const { return int(m_charts.size()); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    static int columnsFor(int width);
    void rebuildCharts();
    void updateTotals();
    void layoutCharts();

    model::SnapshotPtr m_snapshot;
    Scope m_scope;
    int m_columns = 2;
    bool m_chartsStale = false; // charts are built when the page is shown
    QLabel *m_totals;
    QWidget *m_chartArea;
    QGridLayout *m_grid;
    std::vector<AzUsageChart *> m_charts;
};

} // namespace gui
