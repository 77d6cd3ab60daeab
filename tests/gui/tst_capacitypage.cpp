// SPDX-License-Identifier: Apache-2.0
// The Capacity tab through real input: Ctrl+6 shows it, the outlook arrives
// from the worker, a click on a pod row charts that pod's history, trend, band,
// threshold and crossing with the date in words, the AZ filter narrows both
// tables, a click on a group row charts the group. The cloud is hand-made with
// a known answer: 4 vCPUs a day from 500 to a limit of 800 is 75 days. The
// dashboard's attention list takes its time remaining from the same outlook:
// sorted by "Full in" with a click on its header, a click on a row selects
// the pod.

#include "capacitychart.h"
#include "attentiontablemodel.h"
#include "capacitygroupmodel.h"
#include "capacityoutlookjob.h"
#include "capacitypage.h"
#include "capacityreport.h"
#include "capacitytablemodel.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "podspage.h"
#include "screenshot.h"
#include "sqlstore.h"
#include "timeformat.h"
#include "translator.h"

#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QTreeView>
#include <QXYSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace gui;

namespace {

constexpr std::int64_t kDay = 86'400'000'000;

sched::Pod bottomPod(const std::string &name, const std::string &az, std::int64_t created)
{
    sched::Pod p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    p.name = name;
    p.azName = az;
    p.podAzName = az;
    p.dcName = "dc1";
    p.createdAtUs = created;
    p.threshold = 0.8;
    p.capacity = {1000, 1000 * 2048, 10000};
    p.used = {100, 1000, 10};
    p.runningVms = 50;
    return p;
}

// 60 daily samples up to `now`, vCPUs growing `perDay` to `last`.
void grow(sched::CloudState &s, sched::Pod &pod, std::int64_t nowUs, std::int64_t last, double perDay)
{
    auto &h = s.usageHistory[pod.id];
    for (int k = 59; k >= 0; --k) {
        sched::UsageSample u;
        u.atUs = nowUs - k * kDay;
        u.used = {std::llround(double(last) - perDay * k), 1000, 10};
        u.runningVms = (last - std::llround(perDay * k)) / 2;
        h.push_back(u);
    }
    pod.used = {last, 1000, 10};
    pod.runningVms = last / 2;
}

QPoint centreOf(QTableView *table, int row, int column)
{
    return table->visualRect(table->model()->index(row, column)).center();
}

int rowNamed(QTableView *table, const QString &name)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data().toString() == name)
            return r;
    return -1;
}

} // namespace

class TestCapacityPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_dashboardDb;

private slots:
    void initTestCase()
    {
        i18n::installTranslators(QStringLiteral("en")); // as the console does: "75 days"
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-capacity-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("capacity.sqlite"));
        // The samples end an hour before the window loads: the outlook counts from the load.
        const std::int64_t now = model::nowMicroseconds() - 3600LL * 1000 * 1000;
        sched::CloudState s;
        s.pods.push_back(bottomPod("Growing", "az1", 1));
        s.pods.push_back(bottomPod("Steady", "az1", 2));
        s.pods.push_back(bottomPod("Elsewhere", "az2", 3));
        grow(s, s.pods[0], now, 500, 4.0);
        grow(s, s.pods[1], now, 100, 0.0);
        grow(s, s.pods[2], now, 200, 2.0);
        auto store = model::SqlStore::open(m_db);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        const model::Status saved = store.value()->replaceState(s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
        m_dashboardDb = m_dir.filePath(QStringLiteral("dashboard.sqlite"));
        writeDashboardCloud(now);
    }

    // Over (over its threshold), Soon (75 days, not near its threshold yet),
    // Later (300 days: not listed), Far (RAM near its threshold and flat,
    // vCPUs 7,000 days away), Young (near, one sample: no projection).
    void writeDashboardCloud(std::int64_t now)
    {
        sched::CloudState s;
        s.pods = {bottomPod("Over", "az1", 1), bottomPod("Soon", "az1", 2), bottomPod("Later", "az1", 3),
                  bottomPod("Far", "az2", 4), bottomPod("Young", "az2", 5)};
        grow(s, s.pods[0], now, 900, 4.0);
        grow(s, s.pods[1], now, 500, 4.0);
        grow(s, s.pods[2], now, 200, 2.0);
        s.pods[3].capacity = {1'000'000, 1000 * 2048, 10000};
        grow(s, s.pods[3], now, 100'000, 100.0);
        for (sched::UsageSample &u : s.usageHistory[s.pods[3].id])
            u.used[1] = 1560 * 1024; // 76 % of its RAM, flat
        s.pods[3].used[1] = 1560 * 1024;
        s.pods[4].used = {780, 1000, 10};
        sched::UsageSample one;
        one.atUs = now;
        one.used = s.pods[4].used;
        s.usageHistory[s.pods[4].id].push_back(one);
        auto store = model::SqlStore::open(m_dashboardDb);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        const model::Status saved = store.value()->replaceState(s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
    }

    void clickingAPodChartsItsCrossing()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CapacityPage *page = w.capacityPage();
        QSignalSpy ready(page, &CapacityPage::outlookReady);
        w.openDatabase(m_db);
        QVERIFY(ready.wait(20000));
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.tabs()->currentWidget(), page);

        QTableView *pods = page->podTable();
        QCOMPARE(pods->model()->rowCount(), 3);
        // Sorted by time remaining: Growing (75 days) before Elsewhere (300 days); Steady has no projection.
        QCOMPARE(pods->model()->index(0, 0).data().toString(), QStringLiteral("Growing"));
        QCOMPARE(pods->model()->index(2, 0).data().toString(), QStringLiteral("Steady"));
        QCOMPARE(pods->model()->index(2, model::CapacityTableModel::DaysColumn).data().toString(),
                 model::CapacityReport::reasonText(sched::outlook::NoProjection::FlatOrFalling));

        // A click on the group table first, then on Growing: the chart follows the click.
        QTest::mouseClick(page->groupTable()->viewport(), Qt::LeftButton, {}, centreOf(page->groupTable(), 0, 0));
        QTest::mouseClick(pods->viewport(), Qt::LeftButton, {}, centreOf(pods, rowNamed(pods, QStringLiteral("Growing")), 1));
        const QModelIndex growing = pods->model()->index(rowNamed(pods, QStringLiteral("Growing")), 0);
        const double conservative = growing.data(model::CapacityTableModel::ConservativeDaysRole).toDouble();
        const double trend = growing.data(model::CapacityTableModel::TrendDaysRole).toDouble();
        QVERIFY2(std::abs(trend - 75.0) <= 1.0, qPrintable(QString::number(trend)));
        QVERIFY2(std::abs(conservative - 75.0) <= 1.0, qPrintable(QString::number(conservative)));
        const auto outlook = page->outlook();
        const QString consDate = model::CapacityReport::date(outlook->options.nowUs, conservative);
        const QString trendDate = model::CapacityReport::date(outlook->options.nowUs, trend);
        const QStringList series = page->chart()->seriesNames();
        QCOMPARE(series.size(), 5);
        QVERIFY2(series.contains(CapacityChart::tr("Usage")) && series.contains(CapacityChart::tr("Trend")) &&
                     series.contains(CapacityChart::tr("Band")) && series.contains(CapacityChart::tr("Threshold")),
                 qPrintable(series.join(QLatin1Char(','))));
        QVERIFY2(series.contains(CapacityChart::tr("Crossing %1").arg(consDate)), qPrintable(series.join(QLatin1Char(','))));
        const QString label = page->chart()->dateText();
        QVERIFY2(label.contains(QStringLiteral("Growing")) && label.contains(consDate) && label.contains(trendDate),
                 qPrintable(label));
        QCOMPARE(page->chart()->chart()->series().first()->type(), QAbstractSeries::SeriesTypeScatter);
        QCOMPARE(static_cast<QXYSeries *>(page->chart()->chart()->series().first())->count(), 60);

        // A pod without a projection: the chart has its points and the reason, no crossing.
        QTest::mouseClick(pods->viewport(), Qt::LeftButton, {}, centreOf(pods, rowNamed(pods, QStringLiteral("Steady")), 0));
        QCOMPARE(page->chart()->dateText(), model::CapacityReport::reasonText(sched::outlook::NoProjection::FlatOrFalling));
        for (const QString &name : page->chart()->seriesNames())
            QVERIFY2(!name.startsWith(CapacityChart::tr("Crossing %1").arg(QString())), qPrintable(name));
    }

    void azFilterAndGroupChart()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CapacityPage *page = w.capacityPage();
        QSignalSpy ready(page, &CapacityPage::outlookReady);
        w.openDatabase(m_db);
        QVERIFY(ready.wait(20000));
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(page->groupTable()->model()->rowCount(), 2);

        // Choose az2 in the AZ box with the keyboard.
        QComboBox *az = page->azFilter();
        az->setFocus();
        const int target = az->findData(QStringLiteral("az2"));
        QVERIFY(target > 0);
        while (az->currentIndex() < target)
            QTest::keyClick(az, Qt::Key_Down);
        QCOMPARE(page->podTable()->model()->rowCount(), 1);
        QCOMPARE(page->podTable()->model()->index(0, 0).data().toString(), QStringLiteral("Elsewhere"));
        QCOMPARE(page->groupTable()->model()->rowCount(), 1);

        QTest::mouseClick(page->groupTable()->viewport(), Qt::LeftButton, {}, centreOf(page->groupTable(), 0, 0));
        const auto &g = page->outlook()->outlook.groups;
        const auto it = std::find_if(g.begin(), g.end(), [](const auto &x) { return x.az == "az2"; });
        QVERIFY(it != g.end());
        QVERIFY(it->newPodNeeded.conservative);
        // Elsewhere alone: 2 a day from 200 to 800 is 300 days.
        QVERIFY2(std::abs(*it->newPodNeeded.trend - 300.0) <= 1.0, qPrintable(QString::number(*it->newPodNeeded.trend)));
        const QString label = page->chart()->dateText();
        QCOMPARE(label, model::CapacityGroupModel::sentence(*page->outlook(), *it));
        QVERIFY2(label.contains(QStringLiteral("az2/")) &&
                     label.contains(model::CapacityReport::date(page->outlook()->options.nowUs, *it->newPodNeeded.conservative)),
                 qPrintable(label));
        QVERIFY(page->chart()->seriesNames().contains(
            CapacityChart::tr("Crossing %1").arg(model::CapacityReport::date(page->outlook()->options.nowUs,
                                                                            *it->newPodNeeded.conservative))));
    }

    void dashboardSortsByTimeRemainingAndSelectsThePod()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.outlookJob(), &model::CapacityOutlookJob::finished);
        w.openDatabase(m_dashboardDb);
        QVERIFY(finished.wait(20000));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        DashboardPage *dashboard = w.dashboardPage();
        QCOMPARE(w.tabs()->currentWidget(), dashboard);
        QTableView *list = dashboard->attentionView();
        QCOMPARE(list->model()->rowCount(), 4); // Soon joins by its trend; Later is 300 days away

        // A click on the "Full in" header sorts soonest first, a second click the other way.
        using Column = model::AttentionTableModel::Column;
        QHeaderView *header = list->horizontalHeader();
        const int fullIn = int(Column::FullIn);
        QCOMPARE(list->model()->headerData(fullIn, Qt::Horizontal).toString(), QStringLiteral("Full in"));
        const QPoint onHeader(header->sectionViewportPosition(fullIn) + header->sectionSize(fullIn) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onHeader);
        QCOMPARE(header->sortIndicatorSection(), fullIn);
        const auto column = [list](Column c) {
            QStringList texts;
            for (int r = 0; r < list->model()->rowCount(); ++r)
                texts << list->model()->index(r, int(c)).data().toString();
            return texts;
        };
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onHeader);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(column(Column::Pod), (QStringList{QStringLiteral("Over"), QStringLiteral("Soon"), QStringLiteral("Far"),
                                                   QStringLiteral("Young")}));
        const QStringList times = column(Column::FullIn);
        QCOMPARE(times.value(0), QStringLiteral("now"));
        QVERIFY2(times.value(1) == QStringLiteral("74 days") || times.value(1) == QStringLiteral("75 days")
                     || times.value(1) == QStringLiteral("76 days"),
                 qPrintable(times.value(1)));
        QCOMPARE(times.value(2), QStringLiteral("more than ten years"));
        QCOMPARE(times.value(3), QStringLiteral("no projection: too little history"));
        QCOMPARE(column(Column::Problem).value(1), QStringLiteral("over threshold within 90 days by its trend"));
        testing::saveScreenshot(&w, QStringLiteral("console-dashboard-full-in"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onHeader);
        QCOMPARE(column(Column::Pod).first(), QStringLiteral("Young"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onHeader);
        QCOMPARE(column(Column::Pod).first(), QStringLiteral("Over"));

        // A click on Soon selects it in the tree and the Pods tab.
        const QModelIndex soon = list->model()->index(1, int(Column::FullIn));
        const int pod = soon.data(model::AttentionTableModel::PodIndexRole).toInt();
        QCOMPARE(w.snapshot()->podName(pod), QStringLiteral("Soon"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(soon).center());
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.podsPage()));
        QCOMPARE(w.scope().pod, pod);
        QCOMPARE(w.tree()->currentIndex().data().toString(), QStringLiteral("Soon"));
    }

    void newerSnapshotSupersedesARunningOne()
    {
        MainWindow w;
        w.show();
        CapacityPage *page = w.capacityPage();
        model::CapacityOutlookJob *job = w.outlookJob();
        QSignalSpy ready(page, &CapacityPage::outlookReady);
        QSignalSpy started(job, &model::CapacityOutlookJob::started);
        w.openDatabase(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(page->outlook(), 20000);
        const auto first = page->outlook();
        QCOMPARE(started.count(), 1); // one computation serves the Capacity tab and the dashboard
        QSignalSpy finished(job, &model::CapacityOutlookJob::finished);
        ready.clear();
        QCOMPARE(w.dashboardPage()->attentionModel()->horizonDays(), first->options.horizonDays);
        // Two snapshots in a row: only the second run's outlook is shown.
        const quint64 generation = job->generation();
        job->start(w.snapshot());
        QVERIFY(job->isRunning());
        job->start(nullptr);
        QCOMPARE(job->generation(), generation + 2);
        QCOMPARE(ready.count(), 1); // the empty snapshot applies at once
        QVERIFY(!page->outlook());
        QTRY_VERIFY(!job->isRunning());
        QCOMPARE(ready.count(), 1); // the superseded run's result was dropped
        QCOMPARE(finished.count(), 1);
        QVERIFY(!page->outlook());
        QVERIFY(!job->outlook());
        QCOMPARE(page->podTable()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCapacityPage)
#include "tst_capacitypage.moc"
