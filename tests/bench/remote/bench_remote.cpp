// SPDX-License-Identifier: Apache-2.0
// End to end through the network: RemoteBackend::fetchState() against the
// test cloud serving 1,000 pods and 100,000 bindings (GET /pods + GET
// /bindings, JSON parse, overlay merge), then the CloudSnapshot every item
// model of the console shares, built as the console's CloudLoader does. The
// backend's snapshot write, which runs on its worker right after the answer,
// is part of the measured memory. The test cloud runs as its own process
// (trio2o-test-server on 127.0.0.1 and a free port), so the RSS counters are
// the client's alone:
//   peak_growth_mb  highest RSS during one fetch (snapshot write included)
//                   minus the RSS just before it
//   kept_mb         RSS with the finished snapshot held, minus that baseline
//                   (both after malloc_trim)
//   peak_rss_mb     highest RSS of the whole run (Qt, libraries and all)

#include "cloudsnapshot.h"
#include "remotebackend.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

double statusMb(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double rssMb() { return statusMb("VmRSS:"); }
double peakMb() { return statusMb("VmHWM:"); }

// Freed memory back to the system, so RSS shows what is really held.
void trim()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// trio2o-test-server in its own process, killed when this goes.
class ServerProcess
{
public:
    bool start()
    {
        m_process.setProgram(QStringLiteral(TRIO2O_TEST_SERVER));
        m_process.setArguments({QStringLiteral("--noauth"), QStringLiteral("--azs"), QStringLiteral("20"),
                                QStringLiteral("--pods"), QStringLiteral("1000"), QStringLiteral("--tenants"),
                                QStringLiteral("45000"), QStringLiteral("--bindings"), QStringLiteral("100000")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        while (m_process.waitForReadyRead(60000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PORT "))
                return (m_port = line.mid(5).toUShort()) != 0;
        }
        return false;
    }
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QUrl apiUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(m_port)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// What the console's CloudLoader does with a fetch: wait on a worker (here:
// this thread; the GUI thread never waits), then build the shared snapshot.
// take=false copies the result while the future still holds it, as
// gui/cloudloader.cpp does; take=true moves it out (QFuture::takeResult).
model::Result<model::SnapshotPtr> fetchSnapshot(model::remote::RemoteBackend &backend, bool take)
{
    auto future = backend.fetchState();
    future.waitForFinished(); // the network runs on the backend's worker
    auto result = take ? future.takeResult() : future.result();
    if (!result.ok())
        return model::Error{result.error()};
    return model::CloudSnapshot::build(std::move(result.value()), 0, QString());
}

void BM_RemoteFetchState(benchmark::State &st)
{
    const bool take = st.range(0) == 1;
    ServerProcess server;
    if (!server.start()) {
        st.SkipWithError("cannot start trio2o-test-server");
        return;
    }
    QTemporaryDir dir;
    model::remote::ConnectionSettings s;
    s.endpoint = server.apiUrl();
    s.noAuth = true;
    s.stateDirectory = dir.path();
    s.collectUsage = false;
    int bindings = 0;
    double peakGrowth = 0, kept = 0;
    for (auto _ : st) {
        // A fresh backend per fetch, made outside the timing.
        st.PauseTiming();
        auto backend = std::make_unique<model::remote::RemoteBackend>(s);
        trim();
        const double before = rssMb();
        resetPeak();
        st.ResumeTiming();
        const auto snapshot = fetchSnapshot(*backend, take);
        st.PauseTiming();
        if (!snapshot.ok()) {
            st.SkipWithError(qPrintable(snapshot.error()));
            return;
        }
        bindings = snapshot.value()->bindingCount();
        backend.reset(); // waits for the snapshot write on its worker
        peakGrowth = std::max(peakGrowth, peakMb() - before);
        trim();
        kept = std::max(kept, rssMb() - before);
        st.ResumeTiming();
    }
    st.counters["bindings"] = double(bindings);
    st.counters["peak_growth_mb"] = peakGrowth;
    st.counters["kept_mb"] = kept;
    st.counters["peak_rss_mb"] = peakMb();
}

} // namespace

// Wall time: the work happens on the backend's worker and the server's process.
BENCHMARK(BM_RemoteFetchState)->ArgName("take")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(5)->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
