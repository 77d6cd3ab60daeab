// SPDX-License-Identifier: Apache-2.0
// The usage history: read from a hand-written state file, written back the
// same, kept by the store on SQLite and PostgreSQL, a sample per usage edit
// (one per interval when nothing changed), old samples thinned to one a day.

#include "sqlstore.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"
#include "timeformat.h"
#include "usagehistoryrows.h"

#include <QTest>

using namespace model;

namespace {

const QByteArray kState = R"({"pods": [
  {"pod_id": "top", "pod_name": "RegionOne"},
  {"pod_id": "p1", "pod_name": "Pod1", "az_name": "az1", "capacity": {"vcpus": 100, "ram_mb": 1000, "disk_gb": 10},
   "usage": {"vcpus": 12, "ram_mb": 120, "disk_gb": 1}, "running_vms": 6,
   "usage_history": [
     {"at": "2026-11-01 00:00:00", "vcpus": 10, "ram_mb": 100, "disk_gb": 1, "running_vms": 5},
     {"at": "2026-11-02 00:00:00", "vcpus": 11, "ram_mb": 110},
     {"at": "2026-11-03 00:00:00.500000", "vcpus": 12, "ram_mb": 120, "disk_gb": 1, "running_vms": 6}]}],
 "pod_bindings": []})";

std::int64_t at(const char *text) { return *parseTrio2oTime(std::string_view(text)); }

} // namespace

class TestUsageHistory : public QObject
{
    Q_OBJECT

private:
    StoreTestDatabases m_databases;

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty())
            QFAIL(qPrintable(m_databases.unavailable()));
    }

    void readsTheHandWrittenFile()
    {
        const auto state = StateJsonCodec::parse(kState);
        QVERIFY2(state, qPrintable(state ? QString() : state.error()));
        QCOMPARE(state->usageHistory.size(), std::size_t(1));
        const sched::UsageHistory &h = state->usageHistory.at("p1");
        QCOMPARE(h.size(), std::size_t(3));
        QCOMPARE(h[0].atUs, at("2026-11-01 00:00:00"));
        QCOMPARE(h[0].used, (sched::KnownAmounts{10, 100, 1}));
        QCOMPARE(h[0].runningVms, std::optional<std::int64_t>(5));
        QCOMPARE(h[1].used, (sched::KnownAmounts{11, 110, std::nullopt})); // not collected then
        QCOMPARE(h[1].runningVms, std::nullopt);
        QCOMPARE(h[2].atUs, at("2026-11-03 00:00:00") + 500000);
    }

    void writesItBackLosslessly()
    {
        const auto state = StateJsonCodec::parse(kState);
        const auto again = StateJsonCodec::parse(StateJsonCodec::serialize(state.value()));
        QVERIFY(again);
        QVERIFY(again->usageHistory == state->usageHistory);
        QVERIFY(StateJsonCodec::serialize(state.value()).contains(
            R"("usage_history":[{"at":"2026-11-01 00:00:00.000000","vcpus":10,"ram_mb":100,"disk_gb":1,"running_vms":5})"));
    }

    void badSamplesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("history");
        QTest::addColumn<QString>("message");
        QTest::newRow("not-an-array") << QByteArray(R"({"at": "2026-11-01 00:00:00"})")
                                      << QStringLiteral("pods[0]: field \"usage_history\" must be an array");
        QTest::newRow("no-time") << QByteArray(R"([{"vcpus": 1}])")
                                 << QStringLiteral("pods[0]: field \"usage_history[0].at\" must be a time");
        QTest::newRow("bad-time") << QByteArray(R"([{"at": "yesterday"}])")
                                  << QStringLiteral("pods[0]: field \"usage_history[0].at\" must be a time");
        QTest::newRow("negative") << QByteArray(R"([{"at": "2026-11-01 00:00:00", "ram_mb": -1}])")
                                  << QStringLiteral("pods[0]: field \"usage_history[0].ram_mb\" must be a whole number");
        QTest::newRow("out-of-order") << QByteArray(R"([{"at": "2026-11-02 00:00:00"}, {"at": "2026-11-01 00:00:00"}])")
                                      << QStringLiteral("pods[0]: field \"usage_history[1].at\" must be later than");
    }
    void badSamplesAreNamed()
    {
        QFETCH(QByteArray, history);
        QFETCH(QString, message);
        const QByteArray json = R"({"pods": [{"pod_id": "p1", "pod_name": "Pod1", "az_name": "az1", "usage_history": )"
                                + history + "}]}";
        const auto state = StateJsonCodec::parse(json);
        QVERIFY(!state);
        QVERIFY2(state.error().startsWith(message), qPrintable(state.error()));
    }

    void storeKeepsItOnBothEngines()
    {
        auto store = SqlStore::open(m_databases.fresh());
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        const auto state = StateJsonCodec::parse(kState);
        QVERIFY(store.value()->replaceState(state.value()));
        const auto loaded = store.value()->load();
        QVERIFY(loaded);
        QVERIFY(loaded->usageHistory == state->usageHistory);
        // A second import replaces it whole.
        sched::CloudState none = state.value();
        none.usageHistory.clear();
        QVERIFY(store.value()->replaceState(none));
        QVERIFY(store.value()->load()->usageHistory.empty());
    }

    // A replace writes with SQLite's foreign keys off (the old rows go at once,
    // not one by one): what they would refuse is refused before, naming it,
    // with the stored state untouched, and they hold again afterwards.
    void replaceChecksWhatTheForeignKeysWould()
    {
        auto store = SqlStore::open(m_databases.fresh());
        QVERIFY(store);
        const auto state = StateJsonCodec::parse(kState);
        QVERIFY(store.value()->replaceState(state.value()));
        sched::CloudState orphan = state.value();
        orphan.usageHistory["nowhere"] = orphan.usageHistory.at("p1");
        const Status refused = store.value()->replaceState(orphan);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("usage history of pod nowhere: no such pod")), qPrintable(refused.error()));
        QVERIFY(store.value()->load()->usageHistory == state->usageHistory);
        // The pod's history goes with it (ON DELETE CASCADE): the keys are enforced again.
        QVERIFY(store.value()->replaceState(state.value()));
        QVERIFY(store.value()->deletePod("p1"));
        QVERIFY(store.value()->load()->usageHistory.empty());
    }

    // 250 samples go in many rows per statement; a sample the database refuses
    // (a second one at the same time) is named by its pod, nothing is kept.
    void manySamplesInChunksAndTheOneRefusedIsNamed()
    {
        auto store = SqlStore::open(m_databases.fresh());
        QVERIFY(store);
        auto state = StateJsonCodec::parse(kState);
        sched::UsageHistory &h = state->usageHistory.at("p1");
        const sched::UsageSample first = h.front();
        h.clear();
        for (int k = 0; k < 250; ++k) {
            sched::UsageSample u = first;
            u.atUs += std::int64_t(k) * 3'600'000'000;
            u.used[0] = k;
            h.push_back(u);
        }
        QVERIFY(store.value()->replaceState(state.value()));
        QVERIFY(store.value()->load()->usageHistory == state->usageHistory);
        sched::CloudState twice = state.value();
        twice.usageHistory.at("p1")[150].atUs = twice.usageHistory.at("p1")[149].atUs;
        const Status refused = store.value()->replaceState(twice);
        QVERIFY(!refused);
        const QString expected = m_databases.engineName() == QLatin1String("SQLite") ? QStringLiteral("usage history of pod p1: ")
                                                                                      : QStringLiteral("usage history");
        QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
        QVERIFY(store.value()->load()->usageHistory == state->usageHistory);
    }

    void editsAreSamplesOncePerInterval()
    {
        auto store = SqlStore::open(m_databases.fresh());
        QVERIFY(store);
        auto state = StateJsonCodec::parse(kState);
        state->usageHistory.clear();
        QVERIFY(store.value()->replaceState(state.value()));
        const QSqlDatabase db = store.value()->database();
        sched::Pod pod = state->pods[1];
        const std::int64_t t0 = at("2026-12-01 10:00:00");
        const std::int64_t hour = UsageHistoryRows::kDefaultIntervalUs;
        QVERIFY(UsageHistoryRows::record(db, pod, t0, hour));
        QVERIFY(UsageHistoryRows::record(db, pod, t0 + hour / 2, hour)); // same usage, within the hour: none
        pod.used[0] = 13;
        QVERIFY(UsageHistoryRows::record(db, pod, t0 + hour / 2 + 1, hour)); // changed: recorded
        QVERIFY(UsageHistoryRows::record(db, pod, t0 + 2 * hour, hour));     // an hour on: recorded
        const auto h = store.value()->load()->usageHistory.at("p1");
        QCOMPARE(h.size(), std::size_t(3));
        QCOMPARE(h[1].used[0], std::optional<std::int64_t>(13));
        QCOMPARE(h[2].atUs, t0 + 2 * hour);
        // updatePod records the edit's usage too.
        pod.used[0] = 20;
        QVERIFY(store.value()->updatePod(pod));
        const auto after = store.value()->load()->usageHistory.at("p1");
        QCOMPARE(after.size(), std::size_t(4));
        QCOMPARE(after.back().used[0], std::optional<std::int64_t>(20));
    }

    void oldSamplesAreThinnedNotDropped()
    {
        auto store = SqlStore::open(m_databases.fresh());
        QVERIFY(store);
        auto state = StateJsonCodec::parse(kState);
        const std::int64_t day = 86'400'000'000;
        const std::int64_t now = at("2027-01-01 00:00:00");
        auto &h = state->usageHistory["p1"];
        h.clear();
        // Four samples a day for 500 days.
        for (std::int64_t t = now - 500 * day; t < now; t += day / 4)
            h.push_back({t, {1, 1, 1}, 1});
        QVERIFY(store.value()->replaceState(state.value()));
        QVERIFY(UsageHistoryRows::thin(store.value()->database(), now, 400));
        const auto kept = store.value()->load()->usageHistory.at("p1");
        // Older than 400 days: gone; 100..400 days: one a day; the last 100 days: all four.
        QCOMPARE(kept.size(), std::size_t(300 + 4 * 100));
        QVERIFY(kept.front().atUs >= now - 400 * day);
    }
};

QTEST_GUILESS_MAIN(TestUsageHistory)
#include "tst_usagehistory.moc"
