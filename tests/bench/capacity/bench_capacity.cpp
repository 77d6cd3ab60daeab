// SPDX-License-Identifier: Apache-2.0
// The capacity outlook at the size: 1,000 pods (20 AZs) with 400 daily
// samples each of vCPUs, RAM, disk and running VMs. Goals: the outlook <= 100
// ms; importing that history <= 2 s. BM_Outlook times computeOutlook alone;
// the Cli benchmarks time the trio2o-sched process as the operator runs it
// (wall time of the child; cpu_s and peak_RSS_MB are the child's;
// wall_less_cpu_wait_s leaves out the time it waited for a CPU).

#include "capacityoutlook.h"
#include "childrun.h"
#include "cloudgenerator.h"
#include "historygenerator.h"
#include "statejsoncodec.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000'000;

const sched::CloudState &cloud()
{
    static const sched::CloudState state = [] {
        sched::GeneratorParams p;
        p.azs = 20;
        p.podsTotal = 1000;
        p.tenants = 10000;
        p.unknownUsageChance = 0; // every pod has a history
        sched::CloudState s = sched::generateCloud(p);
        sched::outlook::generateHistory(s, {400, kNow, 1});
        return s;
    }();
    return state;
}

struct Files {
    QTemporaryDir dir;
    QString state;
    QString db;
    double stateMb = 0;
};

const Files &files()
{
    static Files f;
    static const bool written = [] {
        const QByteArray json = model::StateJsonCodec::serialize(cloud());
        f.state = f.dir.filePath(QStringLiteral("state.json"));
        QFile out(f.state);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(f.state));
        f.stateMb = double(json.size()) / 1e6;
        f.db = f.dir.filePath(QStringLiteral("cloud.sqlite"));
        return true;
    }();
    (void)written;
    return f;
}

void BM_Outlook(benchmark::State &state)
{
    const sched::CloudState &s = cloud();
    sched::outlook::OutlookOptions o;
    o.nowUs = kNow;
    o.windowDays = double(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(sched::outlook::computeOutlook(s, o));
    std::size_t samples = 0;
    for (const auto &[id, h] : s.usageHistory)
        samples += h.size();
    state.counters["samples"] = double(samples);
}
BENCHMARK(BM_Outlook)->Arg(90)->Arg(400)->Unit(benchmark::kMillisecond);

void childBenchmark(benchmark::State &state, const QStringList &args)
{
    for (auto _ : state) {
        const ChildRun run = runChild(TRIO2O_SCHED, args);
        if (run.status != 0) {
            state.SkipWithError("trio2o-sched failed");
            return;
        }
        state.SetIterationTime(run.wallSeconds);
        state.counters["cpu_s"] = run.cpuSeconds;
        state.counters["peak_RSS_MB"] = run.peakMb;
        if (run.cpuWaitSeconds >= 0) // what an idle machine would take
            state.counters["wall_less_cpu_wait_s"] = run.wallSeconds - run.cpuWaitSeconds;
    }
    state.counters["state_MB"] = files().stateMb;
}

// `trio2o-sched import state.json --db cloud.sqlite --replace`: 400,000 samples.
void BM_CliImportHistory(benchmark::State &state)
{
    childBenchmark(state, {QStringLiteral("import"), files().state, QStringLiteral("--db"), files().db,
                           QStringLiteral("--replace")});
}
BENCHMARK(BM_CliImportHistory)->Iterations(1)->Repetitions(3)->UseManualTime()->Unit(benchmark::kMillisecond);

// `trio2o-sched capacity --json --db cloud.sqlite`: load, outlook, report.
void BM_CliCapacity(benchmark::State &state)
{
    if (!QFile::exists(files().db))
        runChild(TRIO2O_SCHED, {QStringLiteral("import"), files().state, QStringLiteral("--db"), files().db});
    childBenchmark(state, {QStringLiteral("capacity"), QStringLiteral("--json"), QStringLiteral("--db"), files().db,
                           QStringLiteral("--out"), files().dir.filePath(QStringLiteral("report.json"))});
}
BENCHMARK(BM_CliCapacity)->Iterations(1)->Repetitions(3)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
