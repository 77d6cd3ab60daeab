// SPDX-License-Identifier: Apache-2.0
// Usage as Nova counts it, against the test cloud on 127.0.0.1: a region with
// a `placement` service in the catalog is read from Placement (providers,
// inventories with reserved and allocation_ratio, usages); one without falls
// back to hypervisor statistics times the pod's overcommit ratios, which the
// local overlay keeps. Failures leave the pod's usage unknown and say why.

#include "placementreader.h"
#include "remotebackend.h"
#include "remotefixture.h"
#include "schedulerconfig.h"
#include "usagecollector.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace remotetest;
using model::remote::ConnectionSettings;
using model::remote::PlacementReader;
using model::remote::RemoteBackend;
using testserver::PlacementInventory;
using testserver::PlacementProvider;

namespace {

PlacementProvider provider(const QString &uuid, std::map<QString, PlacementInventory> inventories,
                           std::map<QString, qint64> usages)
{
    return {uuid, QStringLiteral("compute-") + uuid.left(4), std::move(inventories), std::move(usages)};
}

// Two compute nodes with Nova's usual ratios and reserved memory, and a nested
// GPU provider that has none of the three classes.
std::vector<PlacementProvider> pod2Providers()
{
    return {provider(QStringLiteral("aaaa0000-0000-0000-0000-000000000001"),
                     {{QStringLiteral("VCPU"), {32, 0, 16.0}},
                      {QStringLiteral("MEMORY_MB"), {131072, 512, 1.5}},
                      {QStringLiteral("DISK_GB"), {1000, 0, 1.0}}},
                     {{QStringLiteral("VCPU"), 300}, {QStringLiteral("MEMORY_MB"), 100000}, {QStringLiteral("DISK_GB"), 400}}),
            provider(QStringLiteral("bbbb0000-0000-0000-0000-000000000002"),
                     {{QStringLiteral("VCPU"), {16, 2, 4.0}}, {QStringLiteral("MEMORY_MB"), {65536, 4096, 1.0}}},
                     {{QStringLiteral("VCPU"), 10}, {QStringLiteral("MEMORY_MB"), 8192}}),
            provider(QStringLiteral("cccc0000-0000-0000-0000-000000000003"), {{QStringLiteral("VGPU"), {4, 0, 1.0}}},
                     {{QStringLiteral("VGPU"), 1}})};
}

// As the scheduler sees it: a pod without a threshold of its own takes the policy's default.
bool looksFull(const sched::Pod &p, sched::Resource r)
{
    const auto i = std::size_t(r);
    const double threshold = p.threshold > 0 ? p.threshold : sched::SchedulerConfig{}.defaultThreshold;
    return p.used[i] && double(*p.used[i]) >= threshold * double(p.capacity[i]);
}

} // namespace

class TestPlacementUsage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testserver::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    ConnectionSettings settings() { return passwordSettings(*m_server, m_dir->path()); }
    int count(const QString &prefix)
    {
        int n = 0;
        for (const QString &entry : m_server->cloud().requestLog())
            n += entry.startsWith(prefix);
        return n;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<testserver::TestServer>();
        m_server->cloud().setState(smallCloud());
        m_server->cloud().setPlacement(QStringLiteral("Pod2"), pod2Providers());
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void placementGivesCapacityAndUsage()
    {
        RemoteBackend backend(settings());
        const auto state = await(backend.fetchState());
        QVERIFY2(state.ok(), qPrintable(state.error()));
        const sched::Pod &pod2 = *state->findPod("pod2-id");
        QCOMPARE(pod2.usageSource, sched::UsageSource::Placement);
        // (32 − 0) × 16 + (16 − 2) × 4; (131072 − 512) × 1.5 + (65536 − 4096) × 1; 1000 × 1.
        QCOMPARE(pod2.capacity, (sched::Amounts{512 + 56, 195840 + 61440, 1000}));
        QCOMPARE(pod2.used[0], std::optional<std::int64_t>(310));
        QCOMPARE(pod2.used[1], std::optional<std::int64_t>(108192));
        QCOMPARE(pod2.used[2], std::optional<std::int64_t>(400));
        QVERIFY(!pod2.runningVms); // Placement does not count instances
        // Every Placement call asked for the microversion whose shapes are read.
        int placementCalls = 0;
        for (const auto &r : m_server->cloud().requests())
            if (r.path.startsWith("/placement/")) {
                ++placementCalls;
                QCOMPARE(r.header("openstack-api-version"), QByteArray("placement 1.0"));
            }
        QCOMPARE(placementCalls, 1 + 2 * 3); // the list, then inventories and usages per provider
        QCOMPARE(count(QStringLiteral("GET /compute/Pod2/")), 0);
        QVERIFY(backend.usageProblems().isEmpty());
    }

    void withoutPlacementHypervisorStatisticsTimesRatio()
    {
        RemoteBackend backend(settings());
        auto state = await(backend.fetchState());
        QVERIFY(state.ok());
        sched::Pod pod1 = *state->findPod("pod1-id");
        QCOMPARE(pod1.usageSource, sched::UsageSource::HypervisorStatistics);
        QCOMPARE(pod1.capacity, (sched::Amounts{100, 409600, 1000})); // ratios 1.0: nothing changes silently
        pod1.vcpuRatio = 16.0;
        pod1.ramRatio = 1.5;
        QVERIFY(await(backend.updatePod(pod1)).ok());
        // Kept in the overlay: a new session (another process) multiplies too.
        RemoteBackend again(settings());
        state = await(again.fetchState());
        QVERIFY(state.ok());
        const sched::Pod &after = *state->findPod("pod1-id");
        QCOMPARE(after.vcpuRatio, 16.0);
        QCOMPARE(after.ramRatio, 1.5);
        QCOMPARE(after.capacity, (sched::Amounts{1600, 614400, 1000})); // disk is never multiplied
        QCOMPARE(after.used[0], std::optional<std::int64_t>(25));
        // Pod3 keeps the default.
        QCOMPARE(state->findPod("pod3-id")->vcpuRatio, 1.0);
        QCOMPARE(state->findPod("pod3-id")->capacity[0], 200);
        // Back to 1.0: its row goes, the statistics count as they are.
        sched::Pod reset = after;
        reset.vcpuRatio = reset.ramRatio = 1.0;
        QVERIFY(await(again.updatePod(reset)).ok());
        state = await(again.fetchState());
        QCOMPARE(state->findPod("pod1-id")->capacity[0], 100);
    }

    // The cloud goes away: the console opens on the snapshot, whose pods still
    // say where their numbers came from (not "entered by hand") and by which ratios.
    void theSnapshotKeepsTheSourceAndRatios()
    {
        {
            RemoteBackend backend(settings());
            auto state = await(backend.fetchState());
            QVERIFY2(state.ok(), qPrintable(state.error()));
            sched::Pod pod1 = *state->findPod("pod1-id");
            pod1.vcpuRatio = 16.0;
            pod1.ramRatio = 1.5;
            QVERIFY(await(backend.updatePod(pod1)).ok());
            QVERIFY(await(backend.fetchState()).ok()); // the snapshot of the multiplied numbers
        }
        auto s = settings();
        m_server.reset();
        s.getRetries = 0;
        RemoteBackend offline(s);
        const auto state = await(offline.fetchState());
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QVERIFY(offline.isReadOnly());
        const sched::Pod &pod1 = *state->findPod("pod1-id");
        QCOMPARE(pod1.usageSource, sched::UsageSource::HypervisorStatistics);
        QCOMPARE(pod1.vcpuRatio, 16.0);
        QCOMPARE(pod1.ramRatio, 1.5);
        QCOMPARE(pod1.capacity, (sched::Amounts{1600, 614400, 1000}));
        QCOMPARE(state->findPod("pod2-id")->usageSource, sched::UsageSource::Placement);
        QCOMPARE(state->findPod("pod3-id")->vcpuRatio, 1.0);
    }

    void healthyOvercommittedPodDoesNotLookFull()
    {
        // 24 physical cores, 300 vCPUs allocated at Nova's 16.0: healthy, not full.
        sched::CloudState s = smallCloud();
        for (sched::Pod &p : s.pods)
            if (p.id == "pod1-id") {
                p.capacity = {24, 131072, 1000};
                p.used = {300, 150000, 200};
            }
        m_server->cloud().setState(s);
        m_server->cloud().setPlacement(
            QStringLiteral("Pod2"),
            {provider(QStringLiteral("dddd0000-0000-0000-0000-000000000004"),
                      {{QStringLiteral("VCPU"), {24, 0, 16.0}}, {QStringLiteral("MEMORY_MB"), {131072, 2048, 1.5}},
                       {QStringLiteral("DISK_GB"), {1000, 0, 1.0}}},
                      {{QStringLiteral("VCPU"), 300}, {QStringLiteral("MEMORY_MB"), 150000}, {QStringLiteral("DISK_GB"), 200}})});
        RemoteBackend backend(settings());
        auto state = await(backend.fetchState());
        QVERIFY(state.ok());
        const sched::Pod &fromPlacement = *state->findPod("pod2-id");
        QVERIFY(!looksFull(fromPlacement, sched::Resource::Vcpus)); // 300 of 384
        QVERIFY(!looksFull(fromPlacement, sched::Resource::RamMb)); // 150000 of 193536
        // The same pod read from hypervisor statistics as they are: "full" at 1250 %.
        sched::Pod pod1 = *state->findPod("pod1-id");
        QVERIFY(looksFull(pod1, sched::Resource::Vcpus));
        QVERIFY(looksFull(pod1, sched::Resource::RamMb));
        // With the pod's ratios the operator set, it reads as Placement would count it.
        pod1.vcpuRatio = 16.0;
        pod1.ramRatio = 1.5;
        QVERIFY(await(backend.updatePod(pod1)).ok());
        state = await(backend.fetchState());
        QVERIFY(!looksFull(*state->findPod("pod1-id"), sched::Resource::Vcpus));
        QVERIFY(!looksFull(*state->findPod("pod1-id"), sched::Resource::RamMb));
    }

    void failingPlacementLeavesUsageUnknown()
    {
        testserver::Faults f;
        f.placementFailingRegions = {QStringLiteral("Pod2")};
        m_server->cloud().setFaults(f);
        RemoteBackend backend(settings());
        const auto state = await(backend.fetchState());
        QVERIFY(state.ok());
        const sched::Pod &pod2 = *state->findPod("pod2-id");
        QVERIFY(!pod2.usageKnown(sched::Resource::Vcpus)); // never the statistics instead, silently
        QCOMPARE(count(QStringLiteral("GET /compute/Pod2/")), 0);
        QCOMPARE(backend.unreachablePods(), std::vector<std::string>{"pod2-id"});
        const QString problem = backend.usageProblems().join(QLatin1Char('\n'));
        QVERIFY2(problem.contains(QLatin1String("Pod2")) && problem.contains(QLatin1String("503"))
                     && problem.contains(QLatin1String("cannot reach its database")), qPrintable(problem));
        QVERIFY(state->findPod("pod1-id")->usageKnown(sched::Resource::Vcpus));
    }

    void malformedInventoriesAreNamed()
    {
        testserver::Faults f;
        f.placementMalformedRegions = {QStringLiteral("Pod2")};
        m_server->cloud().setFaults(f);
        RemoteBackend backend(settings());
        const auto state = await(backend.fetchState());
        QVERIFY(state.ok());
        QVERIFY(!state->findPod("pod2-id")->usageKnown(sched::Resource::Vcpus));
        const QString problem = backend.usageProblems().join(QLatin1Char('\n'));
        QVERIFY2(problem.contains(QLatin1String("inventories.VCPU.total")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("aaaa0000")), qPrintable(problem)); // names the provider
    }

    void tooManyProvidersAreRefusedAfterTheList()
    {
        std::vector<PlacementProvider> many;
        for (int i = 0; i <= model::remote::UsageCollector::kMaxProvidersPerRegion; ++i)
            many.push_back(provider(QStringLiteral("%1-0000-0000-0000-000000000000").arg(i, 8, 10, QLatin1Char('0')),
                                    {{QStringLiteral("VCPU"), {8, 0, 1.0}}}, {}));
        m_server->cloud().setPlacement(QStringLiteral("Pod2"), many);
        RemoteBackend backend(settings());
        const auto state = await(backend.fetchState());
        QVERIFY(state.ok());
        QVERIFY(!state->findPod("pod2-id")->usageKnown(sched::Resource::Vcpus));
        QCOMPARE(count(QStringLiteral("GET /placement/Pod2/")), 1);
        QVERIFY(backend.usageProblems().join(QLatin1Char(' ')).contains(QLatin1String("2001 resource providers")));
    }

    // A region of 300 compute nodes: 1 + 2 × 300 calls, in parallel; the time is printed, not asserted.
    void callsPerRegionAreBounded()
    {
        std::vector<PlacementProvider> nodes;
        for (int i = 0; i < 300; ++i)
            nodes.push_back(provider(QStringLiteral("%1-0000-0000-0000-000000000000").arg(i, 8, 10, QLatin1Char('0')),
                                     {{QStringLiteral("VCPU"), {64, 0, 16.0}}, {QStringLiteral("MEMORY_MB"), {262144, 4096, 1.0}}},
                                     {{QStringLiteral("VCPU"), 100}, {QStringLiteral("MEMORY_MB"), 65536}}));
        m_server->cloud().setPlacement(QStringLiteral("Pod2"), nodes);
        RemoteBackend backend(settings());
        QElapsedTimer timer;
        timer.start();
        const auto state = await(backend.fetchState());
        const qint64 ms = timer.elapsed();
        QVERIFY(state.ok());
        QCOMPARE(state->findPod("pod2-id")->capacity[0], 300 * 64 * 16);
        QCOMPARE(state->findPod("pod2-id")->used[0], std::optional<std::int64_t>(300 * 100));
        QCOMPARE(count(QStringLiteral("GET /placement/Pod2/")), 1 + 2 * 300);
        qInfo("fetchState with a 300-provider Placement region: %d Placement calls, %lld ms",
              count(QStringLiteral("GET /placement/Pod2/")), ms);
    }

    void readerRules_data()
    {
        QTest::addColumn<QByteArray>("inventories");
        QTest::addColumn<qint64>("vcpuCapacity");
        QTest::addColumn<QString>("error");
        QTest::newRow("ratio-absent-counts-as-one") << QByteArray(R"({"inventories": {"VCPU": {"total": 8}}})") << qint64(8) << QString();
        QTest::newRow("reserved-above-total-is-zero")
            << QByteArray(R"({"inventories": {"VCPU": {"total": 8, "reserved": 10, "allocation_ratio": 16.0}}})") << qint64(0) << QString();
        QTest::newRow("fractional-rounds-down")
            << QByteArray(R"({"inventories": {"VCPU": {"total": 3, "reserved": 0, "allocation_ratio": 1.5}}})") << qint64(4) << QString();
        QTest::newRow("negative-total-refused")
            << QByteArray(R"({"inventories": {"VCPU": {"total": -1}}})") << qint64(0) << QStringLiteral("inventories.VCPU.total");
        QTest::newRow("zero-ratio-refused")
            << QByteArray(R"({"inventories": {"VCPU": {"total": 8, "allocation_ratio": 0}}})") << qint64(0)
            << QStringLiteral("inventories.VCPU.allocation_ratio");
        QTest::newRow("not-json") << QByteArray("<html>") << qint64(0) << QStringLiteral("not a JSON object");
        QTest::newRow("no-inventories") << QByteArray(R"({"resource_provider_generation": 1})") << qint64(0)
                                        << QStringLiteral("\"inventories\"");
    }

    void readerRules()
    {
        QFETCH(QByteArray, inventories);
        QFETCH(qint64, vcpuCapacity);
        QFETCH(QString, error);
        const auto read = PlacementReader::inventories(inventories);
        if (!error.isEmpty()) {
            QVERIFY(!read.ok());
            QVERIFY2(read.error().contains(error), qPrintable(read.error()));
            return;
        }
        QVERIFY2(read.ok(), qPrintable(read.error()));
        sched::Amounts capacity{}, used{};
        PlacementReader::add(read.value(), PlacementReader::Usages{}, capacity, used);
        QCOMPARE(capacity[0], vcpuCapacity);
    }
};

QTEST_GUILESS_MAIN(TestPlacementUsage)
#include "tst_placementusage.moc"
