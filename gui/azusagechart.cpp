#include "azusagechart.h"

#include "displayformat.h"
#include "usagebardelegate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace gui {

namespace {
const QColor kResourceColors[] = {QColor(0x4a, 0x7f, 0xd8), QColor(0x5b, 0xa3, 0x6a), QColor(0xa0, 0x7c, 0xc5)};
}

AzUsageChart::AzUsageChart(const model::CloudSnapshot &snapshot, int azIndex, QWidget *parent)
    : QGroupBox(parent), m_azIndex(azIndex)
{
    const std::vector<int> pods = podsToShow(snapshot);
    int total = 0;
    for (int p = 0; p < snapshot.podCount(); ++p)
        total += snapshot.azIndexOfPod(p) == azIndex;
    setTitle(tr("%1 — %n pod(s)", nullptr, total).arg(snapshot.azNames()[azIndex]));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildChart(snapshot, pods), 1);
    layout->addWidget(buildSummary(snapshot, pods, total));
}

std::vector<int> AzUsageChart::podsToShow(const model::CloudSnapshot &snapshot) const
{
    std::vector<int> pods;
    for (int p = 0; p < snapshot.podCount(); ++p)
        if (snapshot.azIndexOfPod(p) == m_azIndex)
            pods.push_back(p);
    if (pods.size() > std::size_t(kMaxPods)) {
        const auto peak = [&](int p) { return model::DisplayFormat::peakUsage(snapshot.pods()[std::size_t(p)]).value_or(-1); };
        std::stable_sort(pods.begin(), pods.end(), [&](int a, int b) { return peak(a) > peak(b); });
        pods.resize(kMaxPods);
        std::sort(pods.begin(), pods.end());
    }
    return pods;
}

QWidget *AzUsageChart::buildChart(const model::CloudSnapshot &snapshot, const std::vector<int> &pods)
{
    auto *series = new QBarSeries;
    QStringList categories;
    for (sched::Resource r : sched::kAllResources) {
        auto *set = new QBarSet(model::DisplayFormat::resourceName(r));
        set->setColor(kResourceColors[int(r)]);
        set->setSelectedColor(UsageBarDelegate::colorFor(1, 0));
        for (std::size_t i = 0; i < pods.size(); ++i) {
            const sched::Pod &pod = snapshot.pods()[std::size_t(pods[i])];
            const auto f = model::DisplayFormat::usageFraction(pod, r);
            set->append(f.value_or(0) * 100);
            if (f && *f >= pod.threshold)
                set->selectBar(int(i));
        }
        series->append(set);
    }
    for (int p : pods)
        categories << snapshot.podName(p);

    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Each pod's threshold as a short line across its bars.
    for (std::size_t i = 0; i < pods.size(); ++i) {
        auto *line = new QLineSeries;
        const double t = snapshot.pods()[std::size_t(pods[i])].threshold * 100;
        line->append(double(i) - 0.45, t);
        line->append(double(i) + 0.45, t);
        line->setPen(QPen(QColor(0x33, 0x33, 0x33), 2, Qt::DashLine));
        line->setName(tr("threshold"));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (i > 0)
            for (QLegendMarker *m : chart->legend()->markers(line))
                m->setVisible(false);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 210);
    return view;
}

QLabel *AzUsageChart::buildSummary(const model::CloudSnapshot &snapshot, const std::vector<int> &pods, int total)
{
    // One line per pod: bound tenants and peak usage; near / over threshold in colour.
    QString rows;
    int tenants = 0;
    for (int p : pods) {
        const sched::Pod &pod = snapshot.pods()[std::size_t(p)];
        tenants += snapshot.activeBindings(p);
        const auto peak = model::DisplayFormat::peakUsage(pod);
        QString usage = tr("unknown", "usage never collected");
        QString style;
        if (peak) {
            usage = tr("%1 % (threshold %2 %)").arg(qRound(*peak * 100)).arg(qRound(pod.threshold * 100));
            if (*peak >= pod.threshold - UsageBarDelegate::kNearMargin) {
                (*peak >= pod.threshold ? m_over : m_near)++;
                style = QStringLiteral(" style=\"color:%1; font-weight:bold\"")
                            .arg(UsageBarDelegate::colorFor(*peak, pod.threshold).name());
            }
        }
        rows += QStringLiteral("<tr%1><td>%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(style, snapshot.podName(p).toHtmlEscaped(), QString::number(snapshot.activeBindings(p)),
                         usage, model::DisplayFormat::podState(pod.state));
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"right\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                       .arg(tr("Pod"), tr("Tenants"), tr("Peak usage"), tr("State"))
        + rows + QStringLiteral("</table>");
    if (int(pods.size()) < total)
        html += tr("Showing the %1 busiest of %2 pods.").arg(pods.size()).arg(total);
    auto *label = new QLabel(html, this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setToolTip(tr("%n tenant(s) bound in this AZ", nullptr, tenants));
    return label;
}

} // namespace gui
