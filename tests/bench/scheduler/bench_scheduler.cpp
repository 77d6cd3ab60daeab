// SPDX-License-Identifier: Apache-2.0
// Scheduler decisions on a generated cloud of 1,000 pods in 20 AZs (2 groups
// each) and 100,000 tenants, in memory. Targets: keep <= 0.3 us, filter+weigh
// <= 3 us (medians), 1,000,000 mixed decisions <= 2 s, state <= 100 MB.

#include "cloudgenerator.h"
#include "engine.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <malloc.h>
#include <memory>
#include <string>

using namespace sched;

namespace {

const GeneratorParams kParams{20, 1000, 100000, 42};

long rssKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

struct World {
    std::unique_ptr<Engine> engine;
    std::vector<ResolvedRequest> bound;   // tenants asking in a bucket they are bound in
    std::vector<ResolvedRequest> fresh;   // unknown tenants (interned up front)
    std::vector<ResolvedRequest> rebinds; // bound tenants forced elsewhere by their size
    long stateKb = 0;                     // RSS growth for the engine alone
};

std::unique_ptr<Engine> buildEngine(long *rssGrowthKb)
{
    malloc_trim(0);
    const long before = rssKb();
    auto engine = [] {
        const CloudState cloud = generateCloud(kParams);
        return std::make_unique<Engine>(cloud);
    }();
    malloc_trim(0); // hand the generator's freed strings back before measuring
    if (rssGrowthKb)
        *rssGrowthKb = rssKb() - before;
    return engine;
}

World &world()
{
    static World w = [] {
        World out;
        out.engine = buildEngine(&out.stateKb);
        Engine &e = *out.engine;
        const auto active = e.activeBindings();
        for (std::size_t i = 0; i < active.size(); i += 7) {
            ResolvedRequest r;
            r.tenant = active[i].tenant;
            r.az = *e.findAz(active[i].azName);
            r.group = *e.groups().find(*parseGroup(active[i].groupKey));
            out.bound.push_back(r);
            r.hasSize = true;
            r.size = {1, 1 << 30, 1}; // no pod has 1 TB of RAM left: the binding must move... and fail
            out.rebinds.push_back(r);
        }
        for (int i = 0; i < 4096; ++i) {
            const std::string az = "az" + std::to_string(1 + i % 20);
            out.fresh.push_back(e.resolve("new-tenant-" + std::to_string(i), az, i % 2 ? "resource:gpu" : "",
                                          Amounts{4, 8192, 40}).request);
        }
        return out;
    }();
    return w;
}

void BM_Keep(benchmark::State &state)
{
    World &w = world();
    std::size_t i = 0;
    for (auto _ : state) {
        const Decision d = w.engine->select(w.bound[i]);
        benchmark::DoNotOptimize(d.pod);
        if (++i == w.bound.size())
            i = 0;
    }
    state.counters["keep_share"] = 1.0; // sanity: see BM_Mixed for the shares
}
BENCHMARK(BM_Keep);

// A new tenant: every candidate of its bucket filtered and weighed (preview,
// so the tenant stays new and every iteration does the full work).
void BM_FilterWeigh_NewTenant(benchmark::State &state)
{
    World &w = world();
    std::size_t i = 0;
    for (auto _ : state) {
        const Decision d = w.engine->preview(w.fresh[i]);
        benchmark::DoNotOptimize(d.pod);
        if (++i == w.fresh.size())
            i = 0;
    }
}
BENCHMARK(BM_FilterWeigh_NewTenant);

// A bound tenant whose pod can no longer take the request: keep check fails,
// then the whole bucket is filtered (all rejected here: worst case for counting).
void BM_FilterWeigh_Rebind(benchmark::State &state)
{
    World &w = world();
    std::size_t i = 0;
    for (auto _ : state) {
        const Decision d = w.engine->preview(w.rebinds[i]);
        benchmark::DoNotOptimize(d.pod);
        if (++i == w.rebinds.size())
            i = 0;
    }
}
BENCHMARK(BM_FilterWeigh_Rebind);

// The layout-free reference: explain() scans every pod in table order with
// every filter and weigher and allocates its report - what the decision cost
// before buckets, interning and scratch buffers.
void BM_Reference_FullScan(benchmark::State &state)
{
    World &w = world();
    std::size_t i = 0;
    for (auto _ : state) {
        const Explanation x = w.engine->explain(w.fresh[i]);
        benchmark::DoNotOptimize(x.decision.pod);
        if (++i == w.fresh.size())
            i = 0;
    }
}
BENCHMARK(BM_Reference_FullScan);

// Empty AZ: the group's pods in every AZ (500 candidates) - beyond the target's scope.
void BM_FilterWeigh_AnyAz(benchmark::State &state)
{
    World &w = world();
    std::vector<ResolvedRequest> any = w.fresh;
    for (auto &r : any)
        r.az = kNone;
    std::size_t i = 0;
    for (auto _ : state) {
        const Decision d = w.engine->preview(any[i]);
        benchmark::DoNotOptimize(d.pod);
        if (++i == any.size())
            i = 0;
    }
}
BENCHMARK(BM_FilterWeigh_AnyAz);

// 1,000,000 decisions back to back on a fresh engine: 80 % keeps, 10 % new
// tenants (bind), 10 % bound tenants asking with a size (keep or rebind), and
// every new binding consumes capacity like a VM would.
void BM_MixedMillion(benchmark::State &state)
{
    World &w = world();
    for (auto _ : state) {
        state.PauseTiming();
        long growthKb = 0;
        auto engine = buildEngine(&growthKb);
        std::vector<ResolvedRequest> fresh;
        for (int i = 0; i < 100000; ++i)
            fresh.push_back(engine->resolve("mixed-" + std::to_string(i), "az" + std::to_string(1 + i % 20),
                                            i % 2 ? "resource:gpu" : "", Amounts{2, 4096, 20}).request);
        SplitMix64 rng(7);
        std::array<std::size_t, 4> outcomes{};
        ResolvedRequest sized;
        state.ResumeTiming();
        for (int n = 0; n < 1'000'000; ++n) {
            const std::uint64_t roll = rng.next();
            const std::uint64_t pick = roll >> 8;
            const ResolvedRequest *r = &w.bound[pick % w.bound.size()];
            if (roll % 10 == 0) {
                r = &fresh[pick % fresh.size()];
            } else if (roll % 10 == 1) {
                sized = w.bound[pick % w.bound.size()];
                sized.hasSize = true;
                sized.size = {8, 16384, 80};
                r = &sized;
            }
            const Decision d = engine->select(*r);
            ++outcomes[std::size_t(d.outcome)];
            if (d.changesBindings())
                engine->addUsage(d.pod, r->hasSize ? r->size : Amounts{2, 4096, 20});
        }
        state.PauseTiming();
        state.counters["keeps"] = double(outcomes[0]);
        state.counters["binds"] = double(outcomes[1]);
        state.counters["rebinds"] = double(outcomes[2]);
        state.counters["fails"] = double(outcomes[3]);
        state.counters["state_MB"] = double(engine->memoryBytes()) / 1e6;
        state.counters["changes"] = double(engine->pendingChangeCount());
        engine.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_MixedMillion)->Iterations(1)->Unit(benchmark::kMillisecond);

// The memory of the whole state: containers' capacities and the RSS growth.
void BM_StateMemory(benchmark::State &state)
{
    World &w = world();
    for (auto _ : state)
        benchmark::DoNotOptimize(w.engine->memoryBytes());
    state.counters["state_MB"] = double(w.engine->memoryBytes()) / 1e6;
    state.counters["rss_growth_MB"] = double(w.stateKb) / 1024.0;
    state.counters["tenants"] = double(w.engine->tenantCount());
    state.counters["active_bindings"] = double(w.engine->activeBindingCount());
}
BENCHMARK(BM_StateMemory)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
