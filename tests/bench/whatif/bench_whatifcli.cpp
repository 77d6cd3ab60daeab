// SPDX-License-Identifier: Apache-2.0
// What-if on the operator's path: the trio2o-sched process run on the files,
// as an operator does - `trio2o-sched whatif scenario.json --json --out
// report.json` on a state file of 1,000 pods / 100,000 tenants and a
// scenario of 1,000,000 events (whatifbenchworld.h). Goals: <= 3 s wall and
// <= 500 MB peak RSS for one policy; a compare of two policies <= 2x that.
// Time is the child's wall time (manual time); peak_RSS_MB is the child's
// maximum resident set (wait4); cpu_s its user + system time.

#include "childrun.h"
#include "statejsoncodec.h"
#include "whatifbenchworld.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>


namespace {

struct Files {
    QTemporaryDir dir;
    QString scenario;
    QString compare;
    double scenarioMb = 0;
};

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void fill(Files *out)
{
    {
        const whatifbench::World &w = whatifbench::world();
        write(out->dir.filePath(QStringLiteral("state.json")), model::StateJsonCodec::serialize(w.base));
        const QByteArray one = whatifbench::scenarioJson(w, R"("base": "state.json", )");
        out->scenario = out->dir.filePath(QStringLiteral("scenario.json"));
        write(out->scenario, one);
        out->scenarioMb = double(one.size()) / 1e6;
        out->compare = out->dir.filePath(QStringLiteral("compare.json"));
        write(out->compare, whatifbench::scenarioJson(w, R"("base": "state.json", "compare": [{"policy": "trio2o"}], )"));
    }
}

// Written once; the folder goes at exit.
const Files &files()
{
    static Files f;
    static const bool written = (fill(&f), true);
    (void)written;
    return f;
}

// The operator's command line: report to a file, as JSON.
ChildRun runSched(const QString &scenario, const QString &report)
{
    return runChild(TRIO2O_SCHED, {QStringLiteral("whatif"), scenario, QStringLiteral("--json"), QStringLiteral("--out"), report});
}

void runCli(benchmark::State &state, const QString &scenario)
{
    const QString report = files().dir.filePath(QStringLiteral("report.json"));
    for (auto _ : state) {
        const ChildRun run = runSched(scenario, report);
        if (run.status != 0) {
            state.SkipWithError("trio2o-sched whatif failed");
            return;
        }
        state.SetIterationTime(run.wallSeconds);
        state.counters["cpu_s"] = run.cpuSeconds;
        state.counters["peak_RSS_MB"] = run.peakMb;
    }
    state.counters["scenario_MB"] = files().scenarioMb;
    state.counters["report_MB"] = double(QFile(report).size()) / 1e6;
}

void BM_CliWhatIf(benchmark::State &state) { runCli(state, files().scenario); }
BENCHMARK(BM_CliWhatIf)->Iterations(1)->Repetitions(3)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_CliWhatIfCompareTwoPolicies(benchmark::State &state) { runCli(state, files().compare); }
BENCHMARK(BM_CliWhatIfCompareTwoPolicies)->Iterations(1)->Repetitions(3)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
