// SPDX-License-Identifier: Apache-2.0
// The foundation's start-up figure: the console must start in under 2 s on the
// demo database. Measured in two parts that add up to a cold start:
// - the process itself (exec, dynamic linking, QApplication, translators):
//   `trio2o-console --help` run to completion;
// - opening the main window on the demo database until its data is shown.

#include "mainwindow.h"
#include "snapshotloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QString g_demo;

void BM_ProcessStartAndExit(benchmark::State &state)
{
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral(TRIO2O_CONSOLE), {QStringLiteral("--help")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return state.SkipWithError("trio2o-console --help failed");
    }
}

void BM_OpenWindowOnDemoDatabase(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        gui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy applied(&w, &gui::MainWindow::snapshotApplied);
        w.openDatabase(g_demo);
        if (!applied.wait(30000))
            return state.SkipWithError("the demo database did not load");
        QCoreApplication::processEvents();
        w.repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}

} // namespace

BENCHMARK(BM_ProcessStartAndExit)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenWindowOnDemoDatabase)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2oBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QSettings().clear();
    QTemporaryDir dir;
    g_demo = dir.filePath(QStringLiteral("demo.sqlite"));
    if (const model::Status s = model::SnapshotLoader::seedDemo(g_demo); !s)
        qFatal("%s", qPrintable(s.error()));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
