// SPDX-License-Identifier: Apache-2.0
// The console's Capacity tab on the cloud (1,000 pods in 20 AZs, 400
// daily samples of every resource): how long the GUI thread is busy while the
// user acts. The real MainWindow runs offscreen and is driven by keys and
// mouse clicks; the outlook itself is computed in CapacityOutlookJob's worker.
// Each iteration's time is the wall time the event loop could not run;
// gui_cpu_ms is the GUI thread's CPU time for the same step
// (CLOCK_THREAD_CPUTIME_ID: what a loaded machine does not inflate).
// Goal, as for the console's other paths: no step over 100 ms.

#include "capacityoutlookjob.h"
#include "capacitypage.h"
#include "cloudgenerator.h"
#include "historygenerator.h"
#include "mainwindow.h"
#include "sqlstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <ctime>
#include <memory>

namespace {

QString g_database;
std::unique_ptr<gui::MainWindow> g_window; // reset before the QApplication goes

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall and GUI-thread CPU time of one step that runs on the GUI thread.
class StepClock
{
public:
    StepClock() : m_cpuMs(threadCpuMs()) { m_wall.start(); }
    double wallSeconds() const { return double(m_wall.nsecsElapsed()) / 1e9; }
    double cpuMs() const { return threadCpuMs() - m_cpuMs; }

private:
    QElapsedTimer m_wall;
    double m_cpuMs;
};

// The cloud as bench_capacity builds it, stored once in an SQLite file (not timed).
QString writeDatabase(const QTemporaryDir &dir)
{
    sched::GeneratorParams p;
    p.azs = 20;
    p.podsTotal = 1000;
    p.tenants = 10000;
    p.unknownUsageChance = 0; // every pod has a history
    sched::CloudState s = sched::generateCloud(p);
    sched::outlook::generateHistory(s, {400, QDateTime::currentMSecsSinceEpoch() * 1000, 1});
    const QString path = dir.filePath(QStringLiteral("capacity.sqlite"));
    auto store = model::SqlStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    if (model::Status st = store.value()->replaceState(s); !st)
        qFatal("%s", qPrintable(st.error()));
    return path;
}

// The window on the Capacity tab (Ctrl+6) with the cloud and its outlook shown.
gui::MainWindow &window()
{
    if (!g_window) {
        g_window = std::make_unique<gui::MainWindow>();
        g_window->resize(1280, 800);
        g_window->show();
        QTest::keyClick(g_window.get(), Qt::Key_6, Qt::ControlModifier);
        QSignalSpy ready(g_window->capacityPage(), &gui::CapacityPage::outlookReady);
        g_window->openDatabase(g_database);
        while (!g_window->capacityPage()->outlook() && ready.wait(120000)) {
        }
        if (!g_window->capacityPage()->outlook())
            qFatal("the outlook of %s never arrived", qPrintable(g_database));
        QCoreApplication::processEvents();
    }
    return *g_window;
}

QPoint rowCentre(QTableView *table, int row)
{
    table->scrollTo(table->model()->index(row, 0));
    return table->visualRect(table->model()->index(row, 0)).center();
}

// F5 on the Capacity tab: the snapshot reloads, the outlook is computed again
// and arrives in the tab and the dashboard. The time is the longest the event
// loop did not run between two 1 ms ticks, from the key until the new outlook
// is drawn; arrival_ms (arrival_cpu_ms) is the stall in which the outlook was
// taken in by the Capacity tab and the dashboard.
void BM_CapacityRefreshGuiBlocked(benchmark::State &state)
{
    gui::MainWindow &w = window();
    gui::CapacityPage *page = w.capacityPage();
    for (auto _ : state) {
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        qint64 arrival = -1;
        double arrivalCpuMs = -1;
        double cpuAtTick = threadCpuMs();
        bool arrived = false;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 stall = sinceTick.nsecsElapsed();
            const double cpu = threadCpuMs();
            longest = std::max(longest, stall);
            if (arrived && arrival < 0) {
                arrival = stall;
                arrivalCpuMs = cpu - cpuAtTick;
            }
            cpuAtTick = cpu;
            sinceTick.restart();
        });
        QSignalSpy ready(page, &gui::CapacityPage::outlookReady);
        QObject::connect(page, &gui::CapacityPage::outlookReady, &tick, [&] { arrived = true; });
        const model::CapacityOutlookPtr before = page->outlook();
        const StepClock clock;
        sinceTick.start();
        tick.start();
        QTest::keyClick(&w, Qt::Key_F5);
        while (page->outlook() == before && ready.wait(120000)) {
        }
        if (page->outlook() == before) {
            state.SkipWithError("no new outlook after F5");
            return;
        }
        w.repaint();
        QCoreApplication::processEvents();
        longest = std::max(longest, sinceTick.nsecsElapsed());
        if (arrival < 0) {
            arrival = sinceTick.nsecsElapsed();
            arrivalCpuMs = threadCpuMs() - cpuAtTick;
        }
        state.SetIterationTime(double(longest) / 1e9);
        state.counters["arrival_ms"] = double(arrival) / 1e6;
        state.counters["arrival_cpu_ms"] = arrivalCpuMs;
        state.counters["to_outlook_ms"] = clock.wallSeconds() * 1e3;
        state.counters["gui_cpu_ms"] = clock.cpuMs();
    }
    state.counters["pods"] = double(page->outlook()->outlook.pods.size());
}

// A mouse click on a row of the at-risk list (0) or of the groups (1): the chart
// of that pod's resource or of that group is drawn.
void BM_CapacityRowClick(benchmark::State &state)
{
    gui::MainWindow &w = window();
    gui::CapacityPage *page = w.capacityPage();
    QTableView *table = state.range(0) == 0 ? page->podTable() : page->groupTable();
    const int rows = std::min(table->model()->rowCount(), 10);
    if (rows < 2) {
        state.SkipWithError("fewer than two rows to click");
        return;
    }
    double cpuMs = 0;
    int i = 0;
    for (auto _ : state) {
        const QPoint at = rowCentre(table, i++ % rows);
        const StepClock clock;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        w.repaint();
        state.SetIterationTime(clock.wallSeconds());
        cpuMs += clock.cpuMs();
    }
    state.counters["gui_cpu_ms"] = cpuMs / double(state.iterations());
    state.SetLabel(state.range(0) == 0 ? "at-risk pod" : "group");
}

// The AZ filter by keyboard: Down moves to the next AZ (Home back to all).
void BM_CapacityAzFilter(benchmark::State &state)
{
    gui::MainWindow &w = window();
    QComboBox *az = w.capacityPage()->azFilter();
    QAbstractItemModel *rows = w.capacityPage()->podTable()->model();
    double cpuMs = 0;
    double rowsShown = 0;
    int i = 0;
    for (auto _ : state) {
        const StepClock clock;
        QTest::keyClick(az, i++ % 4 == 3 ? Qt::Key_Home : Qt::Key_Down);
        w.repaint();
        state.SetIterationTime(clock.wallSeconds());
        cpuMs += clock.cpuMs();
        rowsShown += rows->rowCount();
    }
    state.counters["gui_cpu_ms"] = cpuMs / double(state.iterations());
    state.counters["mean_rows"] = rowsShown / double(state.iterations()); // one AZ's 50 or all 1,000
}

// From the Capacity tab to the dashboard (0: Ctrl+1, its attention list with
// time remaining) or back (1: Ctrl+6), drawn; only the key named is timed.
void BM_CapacityTabSwitch(benchmark::State &state)
{
    gui::MainWindow &w = window();
    const Qt::Key timed = state.range(0) == 0 ? Qt::Key_1 : Qt::Key_6;
    const Qt::Key back = state.range(0) == 0 ? Qt::Key_6 : Qt::Key_1;
    double cpuMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTest::keyClick(&w, back, Qt::ControlModifier);
        w.repaint();
        state.ResumeTiming();
        const StepClock clock;
        QTest::keyClick(&w, timed, Qt::ControlModifier);
        w.repaint();
        state.SetIterationTime(clock.wallSeconds());
        cpuMs += clock.cpuMs();
    }
    state.counters["gui_cpu_ms"] = cpuMs / double(state.iterations());
    QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
    state.SetLabel(state.range(0) == 0 ? "to dashboard" : "to capacity");
}

} // namespace

BENCHMARK(BM_CapacityRowClick)->DenseRange(0, 1)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CapacityAzFilter)->UseManualTime()->Iterations(8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CapacityTabSwitch)->DenseRange(0, 1)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CapacityRefreshGuiBlocked)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2oBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_capacitytab"));
    QSettings().clear();
    benchmark::Initialize(&argc, argv);
    const QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    g_database = writeDatabase(dir);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_window.reset();
    return 0;
}
