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

// "Pod-North-1", "Pod-North-CAD" -> "…1", "…CAD": the box title names the AZ and
// the table below the full names; long labels would be cut to "Pod-Nor...".
QStringList shortLabels(const QStringList &names)
{
    if (names.size() < 2)
        return names;
    qsizetype common = names.first().size();
    for (const QString &n : names) {
        qsizetype i = 0;
        while (i < std::min(common, n.size()) && n[i] == names.first()[i])
            ++i;
        common = i;
    }
    const qsizetype cut = names.first().left(common).lastIndexOf(QLatin1Char('-')) + 1;
    if (cut < 4)
        return names;
    QStringList out;
    for (const QString &n : names)
        out << QStringLiteral("…") + n.mid(cut);
    return out;
}

} // namespace

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
    categories = shortLabels(categories);

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
            usage = tr("%1 % / %2 %", "peak usage / threshold").arg(qRound(*peak * 100)).arg(qRound(pod.threshold * 100));
            if (*peak >= pod.threshold - UsageBarDelegate::kNearMargin) {
                (*peak >= pod.threshold ? m_over : m_near)++;
                style = QStringLiteral(" style=\"color:%1; font-weight:bold\"")
                            .arg(UsageBarDelegate::colorFor(*peak, pod.threshold).name());
            }
        }
        QString name = snapshot.podName(p).toHtmlEscaped();
        if (pod.state != sched::PodState::Enabled)
            name = tr("%1 (%2)", "pod name (state)").arg(name, model::DisplayFormat::podState(pod.state));
        rows += QStringLiteral("<tr%1><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(style, name, QString::number(snapshot.activeBindings(p)), usage);
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"right\">%2</th><th align=\"right\">%3</th></tr>")
                       .arg(tr("Pod", "dashboard table header"), tr("Tenants", "dashboard table header: bound tenants"),
                            tr("Peak / threshold", "dashboard table header: highest usage and threshold"))
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
