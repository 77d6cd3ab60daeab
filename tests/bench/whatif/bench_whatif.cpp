// SPDX-License-Identifier: Apache-2.0
// What-if at scale, the engine alone (whatifbenchworld.h: 1,000 pods /
// 100,000 tenants / 1,000,000 events): replay + report, a compare of two
// policies, and parsing the same scenario from JSON text. The operator's
// path - trio2o-sched on the files - is bench_whatifcli.

#include "reportjson.h"
#include "scenariojson.h"
#include "whatifbenchworld.h"
#include "whatifrun.h"

#include <benchmark/benchmark.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>
#include <fstream>
#include <string>

namespace {

using whatifbench::world;
using whatifbench::World;

double peakMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

// CPU seconds of the whole process (all threads): the machine may be shared,
// so wall time alone overstates the work.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

void report(benchmark::State &state, const whatif::RunResult &r)
{
    const whatif::Summary &s = r.reports[0].summary;
    state.counters["keep"] = double(s.keep);
    state.counters["bind"] = double(s.bind);
    state.counters["rebind"] = double(s.rebind);
    state.counters["fail"] = double(s.fail);
    state.counters["events"] = double(s.events);
    state.counters["peak_MB"] = peakMb();
}

void BM_ReplayAndReport(benchmark::State &state)
{
    const World &w = world();
    for (auto _ : state) {
        const double cpu = cpuSeconds();
        whatif::RunResult r = whatif::runScenario(w.scenario, w.base);
        benchmark::DoNotOptimize(r.reports[0].changes.data());
        state.counters["cpu_ms"] = (cpuSeconds() - cpu) * 1000;
        state.PauseTiming();
        report(state, r);
        r = {};
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ReplayAndReport)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReplayReportJson(benchmark::State &state)
{
    const World &w = world();
    for (auto _ : state) {
        const double cpu = cpuSeconds();
        const whatif::RunResult r = whatif::runScenario(w.scenario, w.base);
        const QByteArray json = model::ReportJson::serialize(r);
        state.counters["cpu_ms"] = (cpuSeconds() - cpu) * 1000;
        benchmark::DoNotOptimize(json.data());
        state.counters["json_MB"] = double(json.size()) / 1e6;
        state.counters["peak_MB"] = peakMb();
    }
}
BENCHMARK(BM_ReplayReportJson)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CompareTwoPolicies(benchmark::State &state)
{
    World w = world(); // a copy with a second policy
    sched::SchedulerConfig trio2o;
    trio2o.policy = sched::Policy::Trio2o;
    w.scenario.policies.push_back({"trio2o", trio2o});
    for (auto _ : state) {
        const double cpu = cpuSeconds();
        const whatif::RunResult r = whatif::runScenario(w.scenario, w.base);
        benchmark::DoNotOptimize(r.differences.data());
        state.counters["cpu_ms"] = (cpuSeconds() - cpu) * 1000;
        state.counters["differing_tenants"] = double(r.differences[0].size());
        state.counters["peak_MB"] = peakMb();
    }
}
BENCHMARK(BM_CompareTwoPolicies)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same 1,000,000 events as a scenario file, parsed as the CLI does.
void BM_ParseScenarioFile(benchmark::State &state)
{
    const World &w = world();
    const QByteArray text = whatifbench::scenarioJson(w, R"("base": "current", )");
    for (auto _ : state) {
        const double cpu = cpuSeconds();
        const auto parsed = model::ScenarioJson::parse(text, QStringLiteral("/tmp"));
        state.counters["cpu_ms"] = (cpuSeconds() - cpu) * 1000;
        if (!parsed)
            state.SkipWithError(qPrintable(parsed.error()));
        else
            benchmark::DoNotOptimize(parsed->scenario.events.data());
    }
    state.counters["file_MB"] = double(text.size()) / 1e6;
    state.counters["peak_MB"] = peakMb();
}
BENCHMARK(BM_ParseScenarioFile)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
