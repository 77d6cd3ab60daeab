// SPDX-License-Identifier: Apache-2.0
// trio2o-sched drain, apply and pods set as a real process: on a database
// (--db) and on a live cloud (the loopback test server), the same operations
// the console calls.

#include "clirunner.h"
#include "plan.h"
#include "planjson.h"
#include "sqlstore.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");

sched::Pod pod(const char *id, const char *name, const char *az)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.podAzName = az;
    p.capacity = {100, 409600, 1000};
    return p;
}

sched::Binding binding(const char *id, const char *tenant, const char *podId)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.createdAtUs = 1'600'000'000'000'000;
    return b;
}

// Top region; az1: Pod1 (t1, t2, t3), Pod2, Pod3; az2: Pod4.
sched::CloudState cloud()
{
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1"), pod("p3", "Pod3", "az1"),
              pod("p4", "Pod4", "az2")};
    s.bindings = {binding("b1", "t1", "p1"), binding("b2", "t2", "p1"), binding("b3", "t3", "p1")};
    return s;
}

int active(const sched::CloudState &s, const char *podId)
{
    int n = 0;
    for (const sched::Binding &b : s.bindings)
        n += b.active && b.podId == podId;
    return n;
}

QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }

} // namespace

class TestCliOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<testserver::TestServer> m_server;
    bool m_remote = false;

    CliRun sched(QStringList args)
    {
        if (m_remote) {
            qputenv("OS_PASSWORD", kPassword.toUtf8());
            args << QStringLiteral("--os-auth-url") << m_server->authUrl().toString() << QStringLiteral("--os-username")
                 << QStringLiteral("admin") << QStringLiteral("--os-project-name") << QStringLiteral("admin");
        } else {
            args << QStringLiteral("--db") << m_db;
        }
        return runCli(args);
    }

    sched::CloudState stored()
    {
        if (m_remote)
            return m_server->cloud().state();
        auto store = model::SqlStore::open(m_db);
        return store.value()->load().value();
    }

    QString writePlan(const whatif::Plan &plan)
    {
        const QString file = m_dir.filePath(QStringLiteral("plan.json"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(model::PlanJson::serialize(plan)) <= 0)
            qFatal("cannot write the plan");
        return file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", m_dir.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void init()
    {
        m_remote = QByteArray(QTest::currentDataTag()) == "live-cloud";
        if (m_remote) {
            m_server = std::make_unique<testserver::TestServer>();
            m_server->cloud().setState(cloud());
            QVERIFY(m_server->start());
        } else {
            m_db = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
            QFile::remove(m_db);
            auto store = model::SqlStore::open(m_db);
            QVERIFY(store.ok());
            QVERIFY(store.value()->replaceState(cloud()).ok());
        }
    }
    void cleanup() { m_server.reset(); }

    void helpListsTheNewCommands()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        for (const char *cmd : {"drain", "apply", "pods"})
            QVERIFY2(help.out.contains(QByteArray("  ") + cmd), help.out.constData());
        QVERIFY(runCli({QStringLiteral("pods"), QStringLiteral("--help")}).out.contains("pods set POD"));
        QVERIFY(runCli({QStringLiteral("drain"), QStringLiteral("--help")}).out.contains("--maintenance"));
    }

    void backends_data()
    {
        QTest::addColumn<bool>("unused");
        QTest::newRow("database") << false;
        QTest::newRow("live-cloud") << true;
    }

    void drainWithMaintenance_data() { backends_data(); }
    void drainWithMaintenance()
    {
        const CliRun dry = sched({QStringLiteral("drain"), QStringLiteral("Pod1"), QStringLiteral("--maintenance"),
                                  QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(json(dry).value(QLatin1String("counts")).toObject().value(QLatin1String("planned")).toInt(), 3);
        QCOMPARE(active(stored(), "p1"), 3); // a dry run writes nothing
        const CliRun drained = sched({QStringLiteral("drain"), QStringLiteral("Pod1"), QStringLiteral("--maintenance"),
                                      QStringLiteral("--json")});
        QVERIFY2(drained.exitCode == 0, qPrintable(drained.err));
        const QJsonObject o = json(drained);
        QCOMPARE(o.value(QLatin1String("counts")).toObject().value(QLatin1String("applied")).toInt(), 3);
        QVERIFY(o.value(QLatin1String("complete")).toBool());
        int received = 0;
        for (const QJsonValue &t : o.value(QLatin1String("targets")).toArray())
            received += t.toObject().value(QLatin1String("received")).toInt();
        QCOMPARE(received, 3);
        const sched::CloudState after = stored();
        QCOMPARE(active(after, "p1"), 0);
        QCOMPARE(active(after, "p4"), 0);
        const CliRun pods = sched({QStringLiteral("pods")});
        QVERIFY2(pods.out.contains("maintenance"), pods.out.constData());
    }

    void drainToAnotherAzIsRefused_data() { backends_data(); }
    void drainToAnotherAzIsRefused()
    {
        const CliRun r = sched({QStringLiteral("drain"), QStringLiteral("Pod1"), QStringLiteral("--to"), QStringLiteral("Pod4")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Pod1")) && r.err.contains(QLatin1String("az2")), qPrintable(r.err));
        QCOMPARE(active(stored(), "p1"), 3);
        const CliRun viaDelete = sched({QStringLiteral("pods"), QStringLiteral("delete"), QStringLiteral("Pod1"),
                                        QStringLiteral("--drain-to"), QStringLiteral("Pod4")});
        QCOMPARE(viaDelete.exitCode, 1);
        QVERIFY2(viaDelete.err.contains(QLatin1String("az2")), qPrintable(viaDelete.err));
        QVERIFY(stored().findPod("p1"));
        QCOMPARE(active(stored(), "p1"), 3);
    }

    void deleteWithDrainTo_data() { backends_data(); }
    void deleteWithDrainTo()
    {
        const CliRun r = sched({QStringLiteral("pods"), QStringLiteral("delete"), QStringLiteral("Pod1"),
                                QStringLiteral("--drain-to"), QStringLiteral("Pod3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const sched::CloudState after = stored();
        QVERIFY(!after.findPod("p1"));
        QCOMPARE(active(after, "p3"), 3);
    }

    void podsSet_data() { backends_data(); }
    void podsSet()
    {
        const CliRun r = sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod2"), QStringLiteral("--state"),
                                QStringLiteral("maintenance"), QStringLiteral("--threshold"), QStringLiteral("0.8"),
                                QStringLiteral("--tag"), QStringLiteral("resource=gpu"), QStringLiteral("--capacity"),
                                QStringLiteral("vcpus=64,ram_mb=262144"), QStringLiteral("--cost"), QStringLiteral("2.5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (m_remote) { // the cloud keeps none of these: the console's local overlay does
            const CliRun pods = sched({QStringLiteral("pods")});
            QVERIFY2(pods.out.contains("maintenance") && pods.out.contains("resource:gpu"), pods.out.constData());
            return;
        }
        const sched::CloudState after = stored();
        const sched::Pod *p = after.findPod("p2");
        QVERIFY(p);
        QCOMPARE(p->state, sched::PodState::Maintenance);
        QCOMPARE(p->threshold, 0.8);
        QCOMPARE(p->cost, 2.5);
        QCOMPARE(sched::groupKey(p->tags), std::string("resource:gpu"));
        QCOMPARE(p->capacity[0], 64);
        const CliRun cleared = sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod2"),
                                      QStringLiteral("--clear-tags")});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
        QVERIFY(stored().findPod("p2")->tags.empty());
        const CliRun bad = sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod2"), QStringLiteral("--threshold"),
                                  QStringLiteral("1.5")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("threshold 1.5")), qPrintable(bad.err));
        const CliRun state = sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod2"), QStringLiteral("--state"),
                                    QStringLiteral("asleep")});
        QCOMPARE(state.exitCode, 1);
        QVERIFY2(state.err.contains(QLatin1String("asleep")), qPrintable(state.err));
        QCOMPARE(stored().findPod("p2")->threshold, 0.8);
    }

    void applyPlan_data() { backends_data(); }
    void applyPlan()
    {
        whatif::Plan plan;
        plan.policyName = "weighted";
        whatif::PlanOp move;
        move.kind = whatif::PlanOp::Kind::Rebind;
        move.tenantId = "t1";
        move.endBindingId = "b1";
        move.fromPodId = "p1";
        move.toPodId = "p2";
        move.newBindingId = "n1";
        whatif::PlanOp invented;
        invented.kind = whatif::PlanOp::Kind::Bind;
        invented.tenantId = "brand-new";
        invented.toPodId = "p4";
        invented.newBindingId = "n2";
        plan.ops = {move, invented};
        whatif::Plan bad = plan;
        bad.ops[1].toPodId = "nowhere";
        const CliRun refused = sched({QStringLiteral("apply"), writePlan(bad)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("operations[1].to_pod_id")), qPrintable(refused.err));
        QCOMPARE(active(stored(), "p2"), 0);
        const QString file = writePlan(plan);
        const CliRun dry = sched({QStringLiteral("apply"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(json(dry).value(QLatin1String("invented_tenants")).toInt(), 1);
        QCOMPARE(active(stored(), "p2"), 0);
        const CliRun applied = sched({QStringLiteral("apply"), file});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QVERIFY2(applied.out.contains("the cloud never had"), applied.out.constData());
        QCOMPARE(active(stored(), "p2"), 1);
        QCOMPARE(active(stored(), "p4"), 1);
        // Applying it again finds everything done and writes nothing.
        const CliRun again = sched({QStringLiteral("apply"), file, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(json(again).value(QLatin1String("counts")).toObject().value(QLatin1String("already_done")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOperations)
#include "tst_cli_operations.moc"
