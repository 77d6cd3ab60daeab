#include "dashboardpage.h"

#include "azusagechart.h"
#include "displayformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gui {

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_totals(new QLabel(this)), m_chartArea(new QWidget), m_grid(new QGridLayout(m_chartArea))
{
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_totals->setContentsMargins(4, 4, 4, 4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chartArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_totals);
    layout->addWidget(scroll, 1);
}

void DashboardPage::setSnapshot(model::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_chartsStale = true;
    if (isVisible())
        rebuildCharts();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsStale)
        rebuildCharts();
}

void DashboardPage::rebuildCharts()
{
    m_chartsStale = false;
    qDeleteAll(m_charts);
    m_charts.clear();
    if (m_snapshot)
        for (int az = 0; az < m_snapshot->azNames().size(); ++az)
            m_charts.push_back(new AzUsageChart(*m_snapshot, az, m_chartArea));
    layoutCharts();
    updateTotals();
}

void DashboardPage::setScope(const Scope &scope)
{
    m_scope = scope;
    layoutCharts();
}

void DashboardPage::layoutCharts()
{
    // AZs side by side; a single chosen AZ gets the whole width.
    for (AzUsageChart *chart : m_charts)
        m_grid->removeWidget(chart);
    const int columns = columnsFor(width());
    m_columns = columns;
    int placed = 0;
    for (AzUsageChart *chart : m_charts) {
        const bool shown = m_scope.azIndex < 0 || chart->azIndex() == m_scope.azIndex;
        chart->setVisible(shown);
        if (shown) {
            m_grid->addWidget(chart, placed / columns, placed % columns);
            ++placed;
        }
    }
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < std::min(placed, columns) ? 1 : 0);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnsFor(width()) != m_columns)
        layoutCharts();
}

int DashboardPage::columnsFor(int width)
{
    // As many AZs side by side as fit at a readable size, at most three.
    return std::clamp(width / 330, 1, 3);
}

void DashboardPage::updateTotals()
{
    if (!m_snapshot) {
        m_totals->setText(tr("No data loaded."));
        return;
    }
    int bottom = 0, maintenance = 0, over = 0, near = 0;
    for (const sched::Pod &p : m_snapshot->pods()) {
        bottom += !p.isTop();
        maintenance += p.state != sched::PodState::Enabled;
    }
    for (const AzUsageChart *chart : m_charts) {
        over += chart->overThreshold();
        near += chart->nearThreshold();
    }
    const QLocale locale;
    const QString item = QStringLiteral("<td style=\"padding-right:24px\">%1<br><span style=\"font-size:x-large\"><b>%2</b></span></td>");
    const QString overText = over > 0 ? QStringLiteral("<span style=\"color:#d6453d\">%1</span>").arg(over) : QString::number(over);
    m_totals->setText(QStringLiteral("<table><tr>") + item.arg(tr("Availability zones"), QString::number(m_snapshot->azNames().size()))
                      + item.arg(tr("Bottom pods"), QString::number(bottom))
                      + item.arg(tr("Out of service"), QString::number(maintenance))
                      + item.arg(tr("Tenants"), locale.toString(m_snapshot->tenantCount()))
                      + item.arg(tr("Active bindings"), locale.toString(m_snapshot->activeBindingCount()))
                      + item.arg(tr("Over threshold"), overText) + item.arg(tr("Near threshold"), QString::number(near))
                      + QStringLiteral("</tr></table>"));
}

} // namespace gui
