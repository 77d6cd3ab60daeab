// What-if at scale: a generated cloud of 1,000 pods / 20 AZs / 100,000
// tenants, a scenario of 1,000,000 create_vm events (mostly existing tenants
// in AZs and groups they use, some new tenants; 1-2 vCPUs each, so pods fill
// gradually) mixed with 100 maintenance / usage events. Targets: replay +
// report <= 3 s, peak memory <= 500 MB, a compare of two policies <= 2x one
// replay. Also: parsing the same scenario as a JSON file (the CLI's path).

#include "cloudgenerator.h"
#include "reportjson.h"
#include "scenariojson.h"
#include "splitmix64.h"
#include "whatifrun.h"

#include <benchmark/benchmark.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>
#include <fstream>
#include <string>

namespace {

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

constexpr std::uint32_t kEvents = 1'000'000;

struct World {
    sched::CloudState base;
    whatif::Scenario scenario;
};

void addPodEvent(whatif::Scenario &s, const World &w, sched::SplitMix64 &rng, std::uint32_t n)
{
    const sched::Pod &pod = w.base.pods[1 + rng.below(w.base.pods.size() - 1)];
    const whatif::NameId name = s.intern(pod.name);
    if (n % 2 == 0)
        s.events.push_back(whatif::SetPodState{name, sched::PodState::Maintenance});
    else
        s.events.push_back(whatif::SetUsage{name, sched::Resource::Vcpus, pod.capacity[0] / 2});
}

const World &world()
{
    static const World w = [] {
        World w;
        sched::GeneratorParams params; // 20 AZs, 1,000 pods, 100,000 tenants
        w.base = sched::generateCloud(params);
        whatif::Scenario &s = w.scenario;
        s.policies.push_back({"weighted", {}});
        std::vector<std::pair<whatif::NameId, std::pair<whatif::NameId, whatif::NameId>>> used;
        for (const sched::Binding &b : w.base.bindings) {
            const sched::Pod *pod = w.base.findPod(b.podId);
            if (b.active && pod)
                used.push_back({s.intern(b.tenantId), {s.intern(pod->azName), s.intern(sched::groupKey(pod->tags))}});
        }
        const whatif::NameId any = s.intern("");
        sched::SplitMix64 rng(7);
        s.events.reserve(kEvents + 100);
        for (std::uint32_t i = 0; i < kEvents; ++i) {
            if (i % 10'000 == 5'000)
                addPodEvent(s, w, rng, i / 10'000);
            const sched::Amounts size{std::int64_t(1 + rng.below(2)), 2048, 20};
            if (rng.chance(0.05)) { // a new tenant, any AZ, general group
                s.events.push_back(whatif::CreateVm{{s.intern("new-" + std::to_string(rng.below(50'000)))}, any, any, size, 1});
                continue;
            }
            const auto &[tenant, scope] = used[rng.below(used.size())];
            s.events.push_back(whatif::CreateVm{{tenant}, scope.first, scope.second, size, 1});
        }
        return w;
    }();
    return w;
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
    QByteArray text = R"({"base": "current", "events": [)";
    for (std::size_t i = 0; i < w.scenario.events.size(); ++i) {
        const auto *vm = std::get_if<whatif::CreateVm>(&w.scenario.events[i]);
        if (!vm)
            continue;
        const auto &s = w.scenario;
        text += (i ? "," : "") + QByteArray(R"({"type":"create_vm","tenant":")") + s.name(vm->who.tenant).data() +
                R"(","az":")" + QByteArray(s.name(vm->az).data(), qsizetype(s.name(vm->az).size())) + R"(","group":")" +
                QByteArray(s.name(vm->group).data(), qsizetype(s.name(vm->group).size())) +
                R"(","size":{"vcpus":)" + QByteArray::number(qint64(vm->size[0])) + R"(,"ram_mb":2048,"disk_gb":20}})";
    }
    text += "]}";
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
