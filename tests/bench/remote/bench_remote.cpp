// End to end through the network: RemoteBackend::fetchState() against the
// test cloud on 127.0.0.1 serving 1,000 pods and 100,000 bindings, i.e.
// GET /pods + GET /bindings, JSON parse, overlay merge and snapshot write,
// up to the CloudState the GUI's item models are fed with (the models
// themselves are timed by their owners). RSS is reported as a counter.

#include "cloudgenerator.h"
#include "remotebackend.h"
#include "testserver.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double peakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void BM_RemoteFetchState(benchmark::State &st)
{
    sched::GeneratorParams p;
    p.podsTotal = 1000;
    p.tenants = 45000;
    sched::CloudState cloud = sched::generateCloud(p);
    cloud.bindings.resize(std::min<std::size_t>(cloud.bindings.size(), 100000));
    testserver::TestServer server;
    server.cloud().setNoAuth(true);
    server.cloud().setState(cloud);
    if (!server.start()) {
        st.SkipWithError("cannot start the test server");
        return;
    }
    QTemporaryDir dir;
    model::remote::ConnectionSettings s;
    s.endpoint = server.apiUrl();
    s.noAuth = true;
    s.stateDirectory = dir.path();
    s.collectUsage = false;
    const double before = rssMb();
    std::size_t bindings = 0;
    std::unique_ptr<model::remote::RemoteBackend> backend;
    for (auto _ : st) {
        // A fresh backend per fetch, made (and the last one's deferred
        // snapshot write finished) outside the timing.
        st.PauseTiming();
        backend.reset();
        backend = std::make_unique<model::remote::RemoteBackend>(s);
        st.ResumeTiming();
        auto future = backend->fetchState();
        future.waitForFinished(); // the network runs on the backend's worker, not here
        const auto result = future.result();
        if (!result.ok()) {
            st.SkipWithError(qPrintable(result.error()));
            return;
        }
        bindings = result->bindings.size();
        benchmark::DoNotOptimize(result->pods.data());
    }
    st.counters["bindings"] = double(bindings);
    st.counters["rss_mb"] = rssMb();
    st.counters["rss_growth_mb"] = rssMb() - before;
    st.counters["peak_rss_mb"] = peakMb();
}

} // namespace

// Wall time: the work happens on the backend's worker and the server's thread.
BENCHMARK(BM_RemoteFetchState)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5)->Repetitions(3)->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
