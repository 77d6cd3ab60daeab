// The console against a database of 1,000,000 bindings (issue 6):
// open to the Bindings tab <= 2 s, sort by any column <= 1 s, a filter
// keystroke <= 100 ms, memory <= 500 MB. Runs the real MainWindow offscreen.
// Also: from an Edit menu action to its dialog on screen (issue 7).

#include "bigcloud.h"

#include "bindingproxymodel.h"
#include "bindingspage.h"
#include "editcontroller.h"
#include "prompter.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

QString g_database;

// Resident memory of this process in MB (VmRSS, or VmHWM for the peak).
double memoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

bool openAndWait(gui::MainWindow &w)
{
    QSignalSpy applied(&w, &gui::MainWindow::snapshotApplied);
    w.openDatabase(g_database);
    if (!applied.wait(60000))
        return false;
    settle();
    return true;
}

// One window kept open for the sort and filter benchmarks.
gui::MainWindow &sharedWindow()
{
    static std::unique_ptr<gui::MainWindow> window;
    if (!window) {
        window = std::make_unique<gui::MainWindow>();
        window->resize(1280, 800);
        window->show();
        window->showPage(gui::MainWindow::Page::Bindings);
        if (!openAndWait(*window))
            qFatal("loading the big database failed");
    }
    return *window;
}

void BM_OpenToBindingsTab(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        gui::MainWindow w;
        w.resize(1280, 800);
        w.showPage(gui::MainWindow::Page::Bindings);
        w.show();
        if (!openAndWait(w)) {
            state.SkipWithError("load failed");
            return;
        }
        w.bindingsPage()->table()->viewport()->repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["rows"] = w.bindingsPage()->proxy()->rowCount();
        state.counters["rss_mb"] = memoryMb("VmRSS:");
    }
    state.counters["peak_rss_mb"] = memoryMb("VmHWM:");
}

void BM_SortBindings(benchmark::State &state)
{
    gui::MainWindow &w = sharedWindow();
    gui::BindingsPage *page = w.bindingsPage();
    page->filterEdit()->clear();
    page->setShowHistory(true); // all 1,000,000 rows
    const int column = int(state.range(0));
    bool ascending = true;
    for (auto _ : state) {
        page->table()->sortByColumn(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        page->table()->viewport()->repaint();
        ascending = !ascending;
    }
    state.counters["rows"] = page->proxy()->rowCount();
    state.counters["rss_mb"] = memoryMb("VmRSS:");
    state.SetLabel(page->proxy()->headerData(column, Qt::Horizontal).toString().toStdString());
}

void BM_FilterKeystroke(benchmark::State &state)
{
    gui::MainWindow &w = sharedWindow();
    gui::BindingsPage *page = w.bindingsPage();
    page->setShowHistory(true);
    page->table()->sortByColumn(int(model::BindingTableModel::Column::Since), Qt::DescendingOrder);
    // Typing a tenant prefix one key at a time, then clearing it (also a keystroke).
    const QStringList steps{QStringLiteral("7"), QStringLiteral("7f"), QStringLiteral("7f3"), QStringLiteral("7f"),
                            QString(), QStringLiteral("pod-3"), QStringLiteral("pod-3-"), QString()};
    int i = 0;
    for (auto _ : state) {
        page->filterEdit()->setText(steps[i++ % steps.size()]);
        page->table()->viewport()->repaint();
    }
    state.counters["rss_mb"] = memoryMb("VmRSS:");
    state.counters["peak_rss_mb"] = memoryMb("VmHWM:");
}

// Answers every dialog at once (rejected) and every question with "no".
class ClosingPrompter final : public gui::Prompter
{
public:
    int shown = 0;
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }
    void actionFailed(QWidget *, const QString &, const QString &) override {}
    int run(QDialog &dialog) override
    {
        dialog.show();
        ++shown;
        return QDialog::Rejected;
    }
};

// From the action to the dialog on screen: 0 new pod, 1 edit pod, 2 delete pod, 3 new binding, 4 end binding.
void BM_OpenEditDialog(benchmark::State &state)
{
    gui::MainWindow &w = sharedWindow();
    auto prompter = std::make_unique<ClosingPrompter>();
    ClosingPrompter *p = prompter.get();
    gui::EditController *editor = w.editor();
    editor->setPrompter(std::move(prompter));
    editor->setCurrentPod(1);
    using Action = void (gui::EditController::*)();
    const Action actions[] = {&gui::EditController::newPod, &gui::EditController::editPod,
                              &gui::EditController::deletePod, &gui::EditController::newBinding,
                              &gui::EditController::endBinding};
    const char *names[] = {"new pod", "edit pod", "delete pod", "new binding", "end binding"};
    for (auto _ : state)
        (editor->*actions[state.range(0)])();
    state.counters["shown"] = p->shown;
    state.SetLabel(names[state.range(0)]);
    editor->setPrompter(std::make_unique<gui::Prompter>());
}

} // namespace

BENCHMARK(BM_OpenEditDialog)->DenseRange(0, 4)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenToBindingsTab)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortBindings)->DenseRange(0, 6)->Iterations(4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterKeystroke)->Iterations(16)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2oBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_console"));
    QSettings().clear();
    benchmark::Initialize(&argc, argv);
    g_database = bench::bigCloudDatabase();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
