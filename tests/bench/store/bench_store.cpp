// SPDX-License-Identifier: Apache-2.0
// The foundation's figures: importing a generated cloud of 1,000 pods and
// 100,000 tenants into an empty SQLite database, and loading it back.
// Phases are measured apart so a regression points at its cause.

#include "cloudgenerator.h"
#include "sqlstore.h"
#include "statejsoncodec.h"
#include "statevalidator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const sched::CloudState &cloud()
{
    static const sched::CloudState state = [] {
        sched::GeneratorParams p;
        p.azs = 20;
        p.podsTotal = 1000;
        p.tenants = 100000;
        p.seed = 7;
        return sched::generateCloud(p);
    }();
    return state;
}

const QByteArray &cloudJson()
{
    static const QByteArray json = model::StateJsonCodec::serialize(cloud());
    return json;
}

void setCounters(benchmark::State &state)
{
    state.counters["pods"] = double(cloud().pods.size());
    state.counters["bindings"] = double(cloud().bindings.size());
}

// The whole of `trio2o-sched import`: parse, validate, write in one transaction.
void BM_ImportJsonIntoEmptyDatabase(benchmark::State &state)
{
    const QByteArray &json = cloudJson();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = model::SqlStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
        state.ResumeTiming();
        const auto parsed = model::StateJsonCodec::parse(json);
        if (!parsed || !store.value()->replaceState(parsed.value()))
            state.SkipWithError("import failed");
        state.PauseTiming();
        store.value().reset();
        state.ResumeTiming();
    }
    setCounters(state);
}

void BM_ParseJson(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(model::StateJsonCodec::parse(cloudJson()));
    setCounters(state);
}

void BM_Validate(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(model::StateValidator::validate(cloud()));
    setCounters(state);
}

void BM_WriteIntoEmptyDatabase(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = model::SqlStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
        state.ResumeTiming();
        if (!store.value()->replaceState(cloud()))
            state.SkipWithError("write failed");
        state.PauseTiming();
        store.value().reset();
        state.ResumeTiming();
    }
    setCounters(state);
}

// Opening the database and reading every pod and binding into memory.
void BM_LoadIntoMemory(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto store = model::SqlStore::open(path);
        if (!store || !store.value()->replaceState(cloud()))
            return state.SkipWithError("set-up failed");
    }
    for (auto _ : state) {
        auto store = model::SqlStore::open(path);
        auto loaded = store.value()->load();
        if (!loaded || loaded->bindings.size() != cloud().bindings.size())
            state.SkipWithError("load failed");
    }
    setCounters(state);
}

} // namespace

BENCHMARK(BM_ImportJsonIntoEmptyDatabase)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ParseJson)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Validate)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_WriteIntoEmptyDatabase)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_LoadIntoMemory)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QtSql drivers need an application object
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
