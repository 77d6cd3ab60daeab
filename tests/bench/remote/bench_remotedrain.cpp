// SPDX-License-Identifier: Apache-2.0
// A drain on a live cloud, as the operator runs it: the trio2o-sched process
// (`drain Pod1 --os-auth-url … `) against the test cloud on 127.0.0.1 holding
// 100,000 bindings, 1,000 of them active on the drained pod, over 50 pods in
// 5 AZs (Keystone with a catalog, so the drain's fetch collects usage too).
// The cloud answers from this process's threads; the time and memory are the
// child's (wait4). Counters:
//   full_listings   GET /v1.0/bindings the drain made (goal ≤ 3)
//   requests        every request the cloud saw (Keystone, Nova included)
//   wall_s, cpu_s   the process's wall time and user + system CPU
//   peak_mb         its peak resident memory
//   moved           tenants no longer on Pod1 afterwards (must be 1,000)

#include "../childrun.h"
#include "testserver.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int kAzs = 5, kPodsPerAz = 10, kDrained = 1000, kBindings = 100000;

sched::CloudState bigCloud()
{
    sched::CloudState s;
    sched::Pod top;
    top.id = "pod-top";
    top.name = "RegionOne";
    s.pods.push_back(top);
    for (int az = 0; az < kAzs; ++az)
        for (int i = 0; i < kPodsPerAz; ++i) {
            sched::Pod p;
            const int n = az * kPodsPerAz + i + 1;
            p.id = "pod-" + std::to_string(n);
            p.name = "Pod" + std::to_string(n);
            p.azName = p.podAzName = "az" + std::to_string(az + 1);
            p.capacity = {4000, 16'000'000, 100'000};
            p.used = {1000, 4'000'000, 20'000};
            s.pods.push_back(p);
        }
    s.bindings.reserve(kBindings);
    for (int b = 0; b < kBindings; ++b) {
        sched::Binding x;
        x.id = "binding-" + std::to_string(b);
        // The first 1,000 on Pod1; the rest one tenant per binding over the other pods.
        const int pod = b < kDrained ? 1 : 2 + b % (kAzs * kPodsPerAz - 1);
        x.tenantId = "tenant-" + std::to_string(b);
        x.podId = "pod-" + std::to_string(pod);
        x.createdAtUs = 1'600'000'000'000'000 + b;
        s.bindings.push_back(x);
    }
    return s;
}

// The drain's report (1,000 lines) goes to /dev/null, not into the benchmark's output.
ChildRun runQuietly(const QStringList &args)
{
    std::fflush(stdout);
    const int saved = dup(STDOUT_FILENO);
    const int null = open("/dev/null", O_WRONLY);
    if (saved < 0 || null < 0)
        return runChild(QByteArrayLiteral(TRIO2O_SCHED), args);
    dup2(null, STDOUT_FILENO);
    close(null);
    const ChildRun run = runChild(QByteArrayLiteral(TRIO2O_SCHED), args);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    return run;
}

int activeOn(const sched::CloudState &s, const std::string &podId)
{
    int n = 0;
    for (const sched::Binding &b : s.bindings)
        n += b.active && b.podId == podId;
    return n;
}

void BM_CliDrainRemote(benchmark::State &state)
{
    testserver::TestServer server;
    const sched::CloudState cloud = bigCloud();
    server.cloud().setState(cloud);
    if (!server.start()) {
        state.SkipWithError("cannot start the test cloud");
        return;
    }
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("OS_PASSWORD", "s3cret-pw");
    const QStringList args{QStringLiteral("drain"), QStringLiteral("Pod1"), QStringLiteral("--os-auth-url"),
                           server.authUrl().toString(), QStringLiteral("--os-username"), QStringLiteral("admin"),
                           QStringLiteral("--os-project-name"), QStringLiteral("admin")};
    ChildRun run;
    int listings = 0, requests = 0, moved = 0;
    for (auto _ : state) {
        server.cloud().setState(cloud);
        server.cloud().clearLog();
        run = runQuietly(args);
        state.SetIterationTime(run.wallSeconds);
        const QStringList log = server.cloud().requestLog();
        listings = int(log.count(QStringLiteral("GET /v1.0/bindings")));
        requests = int(log.size());
        moved = kDrained - activeOn(server.cloud().state(), "pod-1");
        if (run.status != 0) {
            state.SkipWithError("trio2o-sched drain failed");
            return;
        }
        if (moved != kDrained) {
            state.SkipWithError("the drain left tenants on Pod1");
            return;
        }
    }
    state.counters["full_listings"] = listings;
    state.counters["requests"] = requests;
    state.counters["wall_s"] = run.wallSeconds;
    state.counters["cpu_s"] = run.cpuSeconds;
    state.counters["peak_mb"] = run.peakMb;
    state.counters["moved"] = moved;
}
BENCHMARK(BM_CliDrainRemote)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1)->Repetitions(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the test cloud's event loop runs on its own thread
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
