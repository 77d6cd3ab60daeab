// SPDX-License-Identifier: Apache-2.0
// trio2o-sched schedule: decisions, persistence, explanations, exit codes.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// RegionOne (top), az1: Pod1 (old, full of vCPUs), Pod2, Pod3 (maintenance);
// az2: Gpu1 (tagged). Tenant t-old is bound to Pod3.
const char *const kState = R"({
  "pods": [
    {"pod_id": "p0", "pod_name": "RegionOne", "az_name": "", "created_at": "2020-01-01 00:00:00"},
    {"pod_id": "p1", "pod_name": "Pod1", "az_name": "az1", "created_at": "2020-01-02 00:00:00",
     "capacity": {"vcpus": 100, "ram_mb": 1000, "disk_gb": 1000}, "usage": {"vcpus": 95, "ram_mb": 0, "disk_gb": 0}},
    {"pod_id": "p2", "pod_name": "Pod2", "az_name": "az1", "created_at": "2020-01-03 00:00:00",
     "capacity": {"vcpus": 100, "ram_mb": 1000, "disk_gb": 1000}, "usage": {"vcpus": 10, "ram_mb": 0, "disk_gb": 0}},
    {"pod_id": "p3", "pod_name": "Pod3", "az_name": "az1", "state": "maintenance", "created_at": "2020-01-04 00:00:00",
     "capacity": {"vcpus": 100, "ram_mb": 1000, "disk_gb": 1000}},
    {"pod_id": "g1", "pod_name": "Gpu1", "az_name": "az2", "resource_affinity_tags": {"resource": "gpu"},
     "created_at": "2020-01-05 00:00:00", "capacity": {"vcpus": 10, "ram_mb": 10, "disk_gb": 10},
     "usage": {"vcpus": 0, "ram_mb": 0, "disk_gb": 0}}
  ],
  "pod_bindings": [
    {"id": "b1", "tenant_id": "t-old", "pod_id": "p3", "is_binding": true, "created_at": "2021-01-01 00:00:00"}
  ]})";

QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_state;
    QString m_db;

    CliRun schedule(QStringList args) { return runCli(QStringList{QStringLiteral("schedule"), QStringLiteral("--json")} + args); }

private slots:
    void initTestCase()
    {
        m_state = m_dir.filePath(QStringLiteral("state.json"));
        QFile f(m_state);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kState);
    }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), QTest::currentDataTag()));
        QCOMPARE(runCli({QStringLiteral("import"), m_state, QStringLiteral("--db"), m_db}).exitCode, 0);
    }

    void bindsThenKeeps()
    {
        const CliRun first = schedule({QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-new"),
                                       QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--vcpus"), QStringLiteral("8")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(json(first).value(QStringLiteral("outcome")).toString(), QStringLiteral("bind"));
        // Pod1 is older but 95 + 8 vCPUs exceed its 90% threshold.
        QCOMPARE(json(first).value(QStringLiteral("pod_name")).toString(), QStringLiteral("Pod2"));
        QVERIFY(json(first).value(QStringLiteral("previous_pod_id")).isNull());
        const CliRun second = schedule({QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-new"),
                                        QStringLiteral("--az"), QStringLiteral("az1")});
        QCOMPARE(json(second).value(QStringLiteral("outcome")).toString(), QStringLiteral("keep"));
        QCOMPARE(json(second).value(QStringLiteral("pod_id")).toString(), QStringLiteral("p2"));
    }

    void dryRunStoresNothing()
    {
        const QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-new"),
                               QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--dry-run")};
        const QByteArray before = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db}).out;
        QCOMPARE(json(schedule(args)).value(QStringLiteral("outcome")).toString(), QStringLiteral("bind"));
        QCOMPARE(json(schedule(args)).value(QStringLiteral("outcome")).toString(), QStringLiteral("bind"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db}).out, before);
    }

    void maintenanceRebindsAndKeepsHistory()
    {
        const CliRun r = schedule({QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-old"),
                                   QStringLiteral("--az"), QStringLiteral("az1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("rebind"));
        QCOMPARE(o.value(QStringLiteral("previous_pod_name")).toString(), QStringLiteral("Pod3"));
        // Pod1 is older but already over its vCPU threshold (95 of 100 at 90%).
        QCOMPARE(o.value(QStringLiteral("pod_name")).toString(), QStringLiteral("Pod2"));
        QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(QLatin1String("maintenance")),
                 qPrintable(o.value(QStringLiteral("reason")).toString()));
        const QJsonArray bindings = QJsonDocument::fromJson(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db}).out)
                                        .object().value(QStringLiteral("pod_bindings")).toArray();
        QCOMPARE(bindings.size(), 2);
        int active = 0;
        for (const QJsonValue &b : bindings) {
            active += b[QStringLiteral("is_binding")].toBool();
            if (b[QStringLiteral("id")].toString() == QLatin1String("b1")) {
                QCOMPARE(b[QStringLiteral("is_binding")].toBool(), false);
                QVERIFY(!b[QStringLiteral("ended_at")].isNull());
            }
        }
        QCOMPARE(active, 1);
    }

    void failureExitsWithThree()
    {
        const CliRun r = schedule({QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-gpu"),
                                   QStringLiteral("--az"), QStringLiteral("az2"), QStringLiteral("--group"),
                                   QStringLiteral("resource:gpu"), QStringLiteral("--vcpus"), QStringLiteral("50")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("fail"));
        QVERIFY(o.value(QStringLiteral("pod_id")).isNull());
        QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(QLatin1String("capacity")),
                 qPrintable(o.value(QStringLiteral("reason")).toString()));
    }

    void explainListsEveryPod()
    {
        const CliRun r = schedule({QStringLiteral("--state"), m_state, QStringLiteral("--tenant"), QStringLiteral("t-new"),
                                   QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--explain")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray candidates = json(r).value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 5);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &c : candidates)
            byName.insert(c[QStringLiteral("pod_name")].toString(), c.toObject());
        QCOMPARE(byName[QStringLiteral("RegionOne")].value(QStringLiteral("rejected_by")).toString(), QStringLiteral("bottom_pod"));
        QCOMPARE(byName[QStringLiteral("Pod3")].value(QStringLiteral("rejected_by")).toString(), QStringLiteral("pod_state"));
        QCOMPARE(byName[QStringLiteral("Gpu1")].value(QStringLiteral("rejected_by")).toString(), QStringLiteral("availability_zone"));
        QVERIFY(byName[QStringLiteral("Pod2")].value(QStringLiteral("passed")).toBool());
        QVERIFY(byName[QStringLiteral("Pod2")].value(QStringLiteral("weights")).toObject().contains(QStringLiteral("creation_order")));
        QVERIFY(byName[QStringLiteral("Pod3")].value(QStringLiteral("total")).isNull());
        // A state file is never written.
        QFile f(m_state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(kState));
    }

    void textOutputForPeople()
    {
        const CliRun r = runCli({QStringLiteral("schedule"), QStringLiteral("--state"), m_state, QStringLiteral("--tenant"),
                                 QStringLiteral("t-old"), QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--explain")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Decision: rebind") && r.out.contains("Pod3") && r.out.contains("rejected by pod state"),
                 r.out.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no-tenant") << QStringList{QStringLiteral("--az"), QStringLiteral("az1")} << QStringLiteral("--tenant");
        QTest::newRow("negative-size") << QStringList{QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--vcpus"), QStringLiteral("-2")}
                                       << QStringLiteral("--vcpus");
        QTest::newRow("bad-group") << QStringList{QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--group"), QStringLiteral("gpu")}
                                   << QStringLiteral("--group");
        QTest::newRow("bad-policy") << QStringList{QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--policy"), QStringLiteral("random")}
                                    << QStringLiteral("--policy");
        QTest::newRow("missing-config") << QStringList{QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--config"), QStringLiteral("/nonexistent.json")}
                                        << QStringLiteral("nonexistent.json");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const QByteArray before = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db}).out;
        const CliRun r = schedule(QStringList{QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db}).out, before);
    }

    void trio2oPolicyRotates()
    {
        // Upstream: a non-empty pod group means "the current pod is exhausted": take the next one.
        const CliRun bound = schedule({QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-up"),
                                       QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--policy"), QStringLiteral("trio2o")});
        QCOMPARE(json(bound).value(QStringLiteral("pod_name")).toString(), QStringLiteral("Pod1"));
        const CliRun rotated = schedule({QStringLiteral("--db"), m_db, QStringLiteral("--tenant"), QStringLiteral("t-up"),
                                         QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--policy"), QStringLiteral("trio2o"),
                                         QStringLiteral("--group"), QStringLiteral("any:thing")});
        QCOMPARE(json(rotated).value(QStringLiteral("outcome")).toString(), QStringLiteral("rebind"));
        QCOMPARE(json(rotated).value(QStringLiteral("pod_name")).toString(), QStringLiteral("Pod2"));
    }

    // The issue's example: upstream would leave t0 bound to Delta and Foxtrot
    // in az1; our store cannot, and every face of the decision says so.
    void trio2oCrossAzRotationSaysUpstreamIsBoundTwice()
    {
        const QString state = m_dir.filePath(QStringLiteral("dcf.json"));
        QFile f(state);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"pods": [
            {"pod_id": "p0", "pod_name": "RegionOne", "az_name": ""},
            {"pod_id": "pd", "pod_name": "Delta", "az_name": "az1"},
            {"pod_id": "pc", "pod_name": "Charlie", "az_name": "az2"},
            {"pod_id": "pf", "pod_name": "Foxtrot", "az_name": "az1"}], "pod_bindings": []})");
        f.close();
        const QString db = m_dir.filePath(QStringLiteral("dcf.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), state, QStringLiteral("--db"), db}).exitCode, 0);
        const auto ask = [&](const QString &az, QStringList extra) {
            return runCli(QStringList{QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--tenant"),
                                      QStringLiteral("t0"), QStringLiteral("--az"), az, QStringLiteral("--policy"),
                                      QStringLiteral("trio2o")} + extra);
        };
        QCOMPARE(json(ask(QStringLiteral("az2"), {QStringLiteral("--json")})).value(QStringLiteral("pod_name")).toString(), QStringLiteral("Charlie"));
        const QJsonObject delta = json(ask(QStringLiteral("az1"), {QStringLiteral("--json")}));
        QCOMPARE(delta.value(QStringLiteral("pod_name")).toString(), QStringLiteral("Delta"));
        QCOMPARE(delta.value(QStringLiteral("departs_from_upstream")).toBool(), false);
        QCOMPARE(delta.value(QStringLiteral("upstream_also_bound")), QJsonValue(QJsonValue::Null));

        const QStringList grouped{QStringLiteral("--group"), QStringLiteral("resource:gpu")};
        const CliRun explained = ask(QString(), grouped + QStringList{QStringLiteral("--explain"), QStringLiteral("--dry-run")});
        QCOMPARE(explained.exitCode, 0);
        const QString text = QString::fromUtf8(explained.out);
        QVERIFY2(text.contains(QLatin1String("Upstream: upstream would leave t0 bound to Delta and Foxtrot in az1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(" ! Delta")), qPrintable(text));

        const CliRun r = ask(QString(), grouped + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("rebind"));
        QCOMPARE(o.value(QStringLiteral("pod_name")).toString(), QStringLiteral("Foxtrot"));
        QCOMPARE(o.value(QStringLiteral("previous_pod_name")).toString(), QStringLiteral("Charlie"));
        QCOMPARE(o.value(QStringLiteral("departs_from_upstream")).toBool(), true);
        const QJsonObject also = o.value(QStringLiteral("upstream_also_bound")).toObject();
        QCOMPARE(also.value(QStringLiteral("pod_name")).toString(), QStringLiteral("Delta"));
        QCOMPARE(also.value(QStringLiteral("pod_id")).toString(), QStringLiteral("pd"));
        QCOMPARE(also.value(QStringLiteral("az_name")).toString(), QStringLiteral("az1"));
        QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(QLatin1String("upstream would leave t0 bound to Delta and Foxtrot in az1")),
                 qPrintable(o.value(QStringLiteral("reason")).toString()));

        // Stored: Charlie and Delta ended, Foxtrot active.
        const QJsonArray bindings = QJsonDocument::fromJson(runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out)
                                        .object().value(QStringLiteral("pod_bindings")).toArray();
        QStringList active;
        for (const QJsonValue &b : bindings)
            if (b.toObject().value(QStringLiteral("is_binding")).toBool())
                active << b.toObject().value(QStringLiteral("pod_id")).toString();
        QCOMPARE(bindings.size(), 3);
        QCOMPARE(active, QStringList{QStringLiteral("pf")});
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
