// SPDX-License-Identifier: Apache-2.0
// JSON import/export: Trio2o's own shapes import as is, our export re-imports
// losslessly, and every kind of bad input is refused with a message naming the
// record and the field, leaving the database exactly as it was.

#include "schedulerconfig.h"
#include "sqlstore.h"
#include "statefixtures.h"
#include "statejsoncodec.h"
#include "statevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using model::StateJsonCodec;

class TestStateJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void importsARealTrio2oDump()
    {
        // As GET /pods and GET /bindings answer: no extension fields, null updated_at.
        const QByteArray dump = R"({"pods": [
            {"pod_id": "a1", "pod_name": "RegionOne", "az_name": "", "pod_az_name": "", "dc_name": ""},
            {"pod_id": "a2", "pod_name": " Pod1 ", "az_name": "az1", "pod_az_name": "az1", "dc_name": "dc1"},
            {"pod_id": "a3", "pod_name": "Pod2", "az_name": "az1", "pod_az_name": "", "dc_name": "", "extra": 1}],
          "pod_bindings": [
            {"id": "x1", "tenant_id": "t1", "pod_id": "a2", "is_binding": false,
             "created_at": "2017-04-12 15:01:52.000000", "updated_at": "2017-04-13 10:00:00.500000"},
            {"id": "x2", "tenant_id": "t1", "pod_id": "a3", "is_binding": true,
             "created_at": "2017-04-13 10:00:00.500000", "updated_at": null}]})";
        const auto state = StateJsonCodec::parse(dump);
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QCOMPARE(state->pods.size(), std::size_t(3));
        QCOMPARE(state->pods[1].name, std::string("Pod1")); // names are trimmed
        QVERIFY(state->pods[0].createdAtUs < state->pods[1].createdAtUs); // creation order kept
        QVERIFY(state->pods[1].createdAtUs < state->pods[2].createdAtUs);
        QCOMPARE(state->bindings[0].active, false);
        QCOMPARE(state->bindings[0].endedAtUs, state->bindings[0].updatedAtUs); // end = last update upstream
        QCOMPARE(state->bindings[1].createdAtUs, std::int64_t(1492077600500000));
        QVERIFY(model::StateValidator::validate(state.value()).ok());
    }

    // A pod without a threshold of its own keeps none (0): the scheduler then
    // applies its policy's default_threshold. Export leaves the field out; a
    // database, whose column is required, stores the scheduler's default.
    void podWithoutThresholdHasNone()
    {
        const QByteArray json = R"({"pods": [{"pod_id": "a2", "pod_name": "Pod1", "az_name": "az1"},
            {"pod_id": "a3", "pod_name": "Pod2", "az_name": "az1", "threshold": 0.8}]})";
        const auto state = StateJsonCodec::parse(json);
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QCOMPARE(state->pods[0].threshold, 0.0);
        QCOMPARE(state->pods[1].threshold, 0.8);
        const QByteArray out = StateJsonCodec::serialize(state.value());
        const QJsonArray pods = QJsonDocument::fromJson(out).object().value(QStringLiteral("pods")).toArray();
        QVERIFY(!pods[0].toObject().contains(QStringLiteral("threshold")));
        QCOMPARE(pods[1].toObject().value(QStringLiteral("threshold")).toDouble(), 0.8);
        QTemporaryDir tmp;
        auto store = model::SqlStore::open(tmp.filePath(QStringLiteral("t.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(store.value()->replaceState(state.value()).ok());
        const auto loaded = store.value()->load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->pods[0].threshold, sched::SchedulerConfig{}.defaultThreshold);
    }

    void exportReimportsLosslessly()
    {
        const sched::CloudState original = fixtures::smallCloud();
        const QByteArray first = StateJsonCodec::serialize(original);
        const auto again = StateJsonCodec::parse(first);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(StateJsonCodec::serialize(again.value()), first);
        // Partially unknown usage survives: vcpus and disk known, RAM unknown.
        QVERIFY(again->pods[1].used[0].has_value());
        QVERIFY(!again->pods[1].used[1].has_value());
        QCOMPARE(again->pods[1].runningVms.value(), std::int64_t(4));
        QCOMPARE(again->pods[3].state, sched::PodState::Maintenance);
        QCOMPARE(again->pods[2].tags, (sched::TagSet{{"resource", "gpu"}}));
    }

    // A live cloud's pod keeps where its numbers came from and its ratios (the
    // offline snapshot); a pod with numbers entered by hand writes neither.
    void usageSourceAndRatiosRoundTrip()
    {
        sched::CloudState s;
        sched::Pod a;
        a.id = "p1";
        a.name = "Pod1";
        a.azName = a.podAzName = "az1";
        sched::Pod b = a, c = a;
        a.usageSource = sched::UsageSource::Placement;
        b.id = "p2";
        b.name = "Pod2";
        b.usageSource = sched::UsageSource::HypervisorStatistics;
        b.vcpuRatio = 16.0;
        b.ramRatio = 1.5;
        c.id = "p3";
        c.name = "Pod3";
        s.pods = {a, b, c};
        const QByteArray json = model::StateJsonCodec::serialize(s);
        QCOMPARE(json.count("\"usage_source\""), 2);
        QCOMPARE(json.count("\"vcpu_ratio\""), 1);
        const auto again = model::StateJsonCodec::parse(json);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->pods[0].usageSource, sched::UsageSource::Placement);
        QCOMPARE(again->pods[1].usageSource, sched::UsageSource::HypervisorStatistics);
        QCOMPARE(again->pods[1].vcpuRatio, 16.0);
        QCOMPARE(again->pods[1].ramRatio, 1.5);
        QCOMPARE(again->pods[2].usageSource, sched::UsageSource::Manual);
        QCOMPARE(again->pods[2].vcpuRatio, 1.0);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mustMention");
        const QByteArray pods = R"("pods": [{"pod_id": "p0", "pod_name": "RegionOne", "az_name": ""},
                                            {"pod_id": "p1", "pod_name": "Pod1", "az_name": "az1"},
                                            {"pod_id": "p2", "pod_name": "Pod2", "az_name": "az1"}])";
        const auto with = [&](const char *bindings) { return "{" + pods + R"(, "pod_bindings": [)" + bindings + "]}"; };
        QTest::newRow("malformed-json") << QByteArray(R"({"pods": [)") << QStringList{"malformed JSON", "byte"};
        QTest::newRow("not-an-object") << QByteArray("[1, 2]") << QStringList{"top level"};
        QTest::newRow("pods-not-array") << QByteArray(R"({"pods": {}})") << QStringList{"pods", "array"};
        QTest::newRow("pod-name-missing") << QByteArray(R"({"pods": [{"pod_id": "p1", "az_name": "az1"}]})")
                                          << QStringList{"pods[0]", "pod_name", "missing"};
        QTest::newRow("pod-name-not-string") << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": 7}]})")
                                             << QStringList{"pods[0]", "pod_name", "string"};
        QTest::newRow("unknown-state")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "P", "az_name": "a", "state": "sleepy"}]})")
            << QStringList{"pods[0]", "state", "sleepy"};
        QTest::newRow("negative-capacity")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "P", "az_name": "a", "capacity": {"vcpus": -4}}]})")
            << QStringList{"pods[0]", "capacity.vcpus"};
        QTest::newRow("threshold-out-of-range")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "P", "az_name": "a", "threshold": 3}]})")
            << QStringList{"pods[0]", "threshold"};
        QTest::newRow("unknown-usage-source")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "P", "az_name": "a", "usage_source": "guess"}]})")
            << QStringList{"pods[0]", "usage_source", "guess"};
        QTest::newRow("ratio-out-of-range")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "P", "az_name": "a", "vcpu_ratio": 0}]})")
            << QStringList{"pods[0]", "vcpu_ratio"};
        QTest::newRow("bad-tag") << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "P", "az_name": "a",
                                                            "resource_affinity_tags": {"a,b": "x"}}]})")
                                 << QStringList{"pods[0]", "resource_affinity_tags"};
        QTest::newRow("bad-time") << with(R"({"id": "b1", "tenant_id": "t", "pod_id": "p1", "created_at": "yesterday"})")
                                  << QStringList{"pod_bindings[0]", "created_at", "yesterday"};
        QTest::newRow("is-binding-not-bool") << with(R"({"id": "b1", "tenant_id": "t", "pod_id": "p1", "is_binding": "yes"})")
                                             << QStringList{"pod_bindings[0]", "is_binding"};
        QTest::newRow("unknown-pod-in-binding") << with(R"({"id": "b1", "tenant_id": "t", "pod_id": "nope"})")
                                                << QStringList{"pod_bindings[0]", "pod_id", "nope"};
        QTest::newRow("empty-tenant") << with(R"({"id": "b1", "tenant_id": " ", "pod_id": "p1"})")
                                      << QStringList{"pod_bindings[0]", "tenant_id", "empty"};
        QTest::newRow("duplicate-pod-name")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "Pod1", "az_name": "a"},
                                       {"pod_id": "p2", "pod_name": "Pod1", "az_name": "b"}]})")
            << QStringList{"pods[1]", "pod_name", "Pod1"};
        QTest::newRow("duplicate-pod-id")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "Pod1", "az_name": "a"},
                                       {"pod_id": "p1", "pod_name": "Pod2", "az_name": "b"}]})")
            << QStringList{"pods[1]", "pod_id"};
        QTest::newRow("two-top-regions")
            << QByteArray(R"({"pods": [{"pod_id": "p1", "pod_name": "RegionOne", "az_name": ""},
                                       {"pod_id": "p2", "pod_name": "RegionTwo"}]})")
            << QStringList{"pods[1]", "az_name", "RegionOne", "top region"};
        QTest::newRow("binding-to-top-region") << with(R"({"id": "b1", "tenant_id": "t", "pod_id": "p0"})")
                                               << QStringList{"pod_bindings[0]", "pod_id", "top region"};
        QTest::newRow("two-active-bindings-one-key")
            << with(R"({"id": "b1", "tenant_id": "t", "pod_id": "p1"}, {"id": "b2", "tenant_id": "t", "pod_id": "p2"})")
            << QStringList{"pod_bindings[1]", "is_binding", "az1", "pod_bindings[0]"};
        QTest::newRow("duplicate-binding-id")
            << with(R"({"id": "b1", "tenant_id": "t", "pod_id": "p1", "is_binding": false},
                       {"id": "b1", "tenant_id": "t", "pod_id": "p2"})")
            << QStringList{"pod_bindings[1]", "id"};
    }

    // The import path of the CLI: parse, then replace in one transaction.
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mustMention);
        QTemporaryDir dir;
        auto store = model::SqlStore::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(store.value()->replaceState(fixtures::smallCloud()).ok());
        const QByteArray before = StateJsonCodec::serialize(store.value()->load().value());

        QString error;
        const auto parsed = StateJsonCodec::parse(json);
        if (!parsed.ok()) {
            error = parsed.error();
        } else {
            const model::Status s = store.value()->replaceState(parsed.value());
            QVERIFY2(!s.ok(), "bad input was accepted");
            error = s.error();
        }
        for (const QString &word : mustMention)
            QVERIFY2(error.contains(word), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(error, word)));
        QCOMPARE(StateJsonCodec::serialize(store.value()->load().value()), before);
    }
};

QTEST_GUILESS_MAIN(TestStateJsonCodec)
#include "tst_statejsoncodec.moc"
