// SPDX-License-Identifier: Apache-2.0
// trio2o-sched as a real process against a Trio2o-compatible cloud on
// 127.0.0.1 (served from this test's own thread), and against a database.

#include "clirunner.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

struct Run {
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestRemoteCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testserver::TestServer> m_server;
    QTemporaryDir m_home;

    QStringList auth() const
    {
        return {QStringLiteral("--os-auth-url"), m_server->authUrl().toString(), QStringLiteral("--os-username"),
                QStringLiteral("admin"), QStringLiteral("--os-project-name"), QStringLiteral("admin")};
    }

    Run sched(QStringList args, bool withAuth = true)
    {
        if (withAuth)
            args += auth();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys())
            if (k.startsWith(QLatin1String("OS_")))
                env.remove(k);
        env.insert(QStringLiteral("OS_PASSWORD"), kPassword);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TRIO2O_BINARY_DIR "/cli/trio2o-sched"), args);
        if (!p.waitForFinished(30000))
            return {};
        Run r;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.status = cliExitCode(p, args, r.err); // a crash is -2, never the signal's number
        // Whatever happens, the password is never printed.
        if (r.out.contains(kPassword) || r.err.contains(kPassword))
            qFatal("the password was printed");
        return r;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<testserver::TestServer>();
        sched::CloudState s;
        s.pods = {pod("top-id", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1"), pod("p3", "Pod3", "az2")};
        s.bindings = {binding("b1", "t1", "p1"), binding("b2", "t2", "p1")};
        m_server->cloud().setState(s);
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void podsTableAndJson()
    {
        const Run table = sched({QStringLiteral("pods")});
        QCOMPARE(table.status, 0);
        QVERIFY(table.out.contains(QLatin1String("Pod3")));
        QVERIFY(table.out.contains(QLatin1String("(top region)")));
        const Run json = sched({QStringLiteral("pods"), QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonArray pods = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("pods")).toArray();
        QCOMPARE(pods.size(), 4);
        // The API's fields, and for a bottom pod where its usage came from.
        QCOMPARE(pods.at(0).toObject().keys(), (QStringList{QStringLiteral("az_name"), QStringLiteral("dc_name"),
                                                           QStringLiteral("pod_az_name"), QStringLiteral("pod_id"),
                                                           QStringLiteral("pod_name")}));
        QCOMPARE(pods.at(1).toObject().keys(), (QStringList{QStringLiteral("az_name"), QStringLiteral("dc_name"),
                                                           QStringLiteral("pod_az_name"), QStringLiteral("pod_id"),
                                                           QStringLiteral("pod_name"), QStringLiteral("usage")}));
    }

    // Pod2's region has Placement, the others only Nova's statistics; the
    // ratios set with `pods set` multiply those, and a database refuses them.
    void podsJsonSaysWhereUsageCameFrom()
    {
        m_server->cloud().setPlacement(
            QStringLiteral("Pod2"),
            {{QStringLiteral("11110000-0000-0000-0000-000000000001"), QStringLiteral("node1"),
              {{QStringLiteral("VCPU"), {8, 0, 16.0}}, {QStringLiteral("MEMORY_MB"), {32768, 512, 1.5}}},
              {{QStringLiteral("VCPU"), 20}}}});
        sched::CloudState s = m_server->cloud().state();
        for (sched::Pod &p : s.pods) {
            p.capacity = {10, 1000, 100};
            p.used = {5, 500, 50};
        }
        m_server->cloud().setState(s);
        QCOMPARE(sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod1"), QStringLiteral("--vcpu-ratio"),
                        QStringLiteral("4"), QStringLiteral("--ram-ratio"), QStringLiteral("1.5")}).status, 0);
        const Run json = sched({QStringLiteral("pods"), QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonArray pods = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("pods")).toArray();
        const auto usage = [&](int i) { return pods.at(i).toObject().value(QLatin1String("usage")).toObject(); };
        QCOMPARE(usage(1).value(QLatin1String("source")).toString(), QStringLiteral("hypervisor_statistics"));
        QCOMPARE(usage(1).value(QLatin1String("vcpu_ratio")).toDouble(), 4.0);
        QCOMPARE(usage(1).value(QLatin1String("capacity")).toObject().value(QLatin1String("vcpus")).toInt(), 40);
        QCOMPARE(usage(1).value(QLatin1String("capacity")).toObject().value(QLatin1String("ram_mb")).toInt(), 1500);
        QCOMPARE(usage(2).value(QLatin1String("source")).toString(), QStringLiteral("placement"));
        QCOMPARE(usage(2).value(QLatin1String("capacity")).toObject().value(QLatin1String("vcpus")).toInt(), 128);
        QCOMPARE(usage(2).value(QLatin1String("capacity")).toObject().value(QLatin1String("ram_mb")).toInt(), 48384);
        QCOMPARE(usage(2).value(QLatin1String("used")).toObject().value(QLatin1String("vcpus")).toInt(), 20);
        QCOMPARE(usage(3).value(QLatin1String("source")).toString(), QStringLiteral("hypervisor_statistics"));
        QCOMPARE(usage(3).value(QLatin1String("vcpu_ratio")).toDouble(), 1.0);
        // Out of range: refused, naming the value.
        const Run bad = sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod1"), QStringLiteral("--vcpu-ratio"),
                               QStringLiteral("0")});
        QCOMPARE(bad.status, 1);
        QVERIFY2(bad.err.contains(QLatin1String("overcommit ratio 0")), qPrintable(bad.err));
    }

    void bindingsJsonIsTheApiShape()
    {
        const Run json = sched({QStringLiteral("bindings"), QStringLiteral("--json"), QStringLiteral("--pod"), QStringLiteral("Pod1")});
        QCOMPARE(json.status, 0);
        const QJsonArray b = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("pod_bindings")).toArray();
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).toObject().value(QLatin1String("created_at")).toString(), QStringLiteral("2020-09-13 12:26:40.000000"));
        QVERIFY(b.at(0).toObject().value(QLatin1String("updated_at")).isNull());
    }

    void createAndDeletePodWithDrain()
    {
        const Run created = sched({QStringLiteral("pods"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Pod4"),
                                   QStringLiteral("--az"), QStringLiteral("az2"), QStringLiteral("--dc"), QStringLiteral("dc9")});
        QCOMPARE(created.status, 0);
        QVERIFY(m_server->cloud().state().findPodByName("Pod4"));
        const Run top = sched({QStringLiteral("pods"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("R2"),
                               QStringLiteral("--az"), QString()});
        QCOMPARE(top.status, 1);
        QVERIFY2(top.err.contains(QLatin1String("top region")), qPrintable(top.err));
        const Run refused = sched({QStringLiteral("pods"), QStringLiteral("delete"), QStringLiteral("Pod1")});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QLatin1String("2 tenants bound")), qPrintable(refused.err));
        const Run drained = sched({QStringLiteral("pods"), QStringLiteral("delete"), QStringLiteral("Pod1"),
                                   QStringLiteral("--drain-to"), QStringLiteral("Pod2")});
        QVERIFY2(drained.status == 0, qPrintable(drained.err));
        const sched::CloudState state = m_server->cloud().state();
        QVERIFY(!state.findPodByName("Pod1"));
        QCOMPARE(state.bindings.size(), 2u);
        for (const sched::Binding &b : state.bindings)
            QCOMPARE(b.podId, std::string("p2"));
    }

    // The operator's drain on a live cloud: the trio2o-sched process reads the
    // whole binding list for its preview and once more as the batch's check,
    // then makes only targeted calls (one GET, POST and DELETE per tenant).
    void remoteDrainListsTheBindingsAtMostThreeTimes()
    {
        constexpr int kMoved = 150, kOthers = 3000;
        sched::CloudState s = m_server->cloud().state();
        s.bindings.clear();
        for (int t = 0; t < kMoved + kOthers; ++t) {
            const std::string n = std::to_string(t);
            sched::Binding b = binding(("b" + n).c_str(), ("t" + n).c_str(), t < kMoved ? "p1" : (t % 2 ? "p2" : "p3"));
            s.bindings.push_back(b);
        }
        m_server->cloud().setState(s);
        m_server->cloud().clearLog();
        const Run drained = sched({QStringLiteral("drain"), QStringLiteral("Pod1"), QStringLiteral("--to"), QStringLiteral("Pod2")});
        QVERIFY2(drained.status == 0, qPrintable(drained.err));
        const QStringList log = m_server->cloud().requestLog();
        QCOMPARE(int(log.count(QStringLiteral("GET /v1.0/bindings"))), 2); // goal: at most 3
        QCOMPARE(int(log.count(QStringLiteral("POST /v1.0/bindings"))), kMoved);
        QCOMPARE(int(log.filter(QRegularExpression(QStringLiteral("^GET /v1.0/bindings/."))).size()), kMoved);
        QCOMPARE(int(log.filter(QRegularExpression(QStringLiteral("^DELETE /v1.0/bindings/."))).size()), kMoved);
        int onPod1 = 0, onPod2 = 0;
        for (const sched::Binding &b : m_server->cloud().state().bindings) {
            onPod1 += b.active && b.podId == "p1";
            onPod2 += b.active && b.podId == "p2";
        }
        QCOMPARE(onPod1, 0);
        QCOMPARE(onPod2, kMoved + kOthers / 2);
    }

    void bindUnbindRebind()
    {
        const Run second = sched({QStringLiteral("bind"), QStringLiteral("t1"), QStringLiteral("Pod2")});
        QCOMPARE(second.status, 1);
        QVERIFY2(second.err.contains(QLatin1String("already bound to pod Pod1")), qPrintable(second.err));
        QCOMPARE(sched({QStringLiteral("bind"), QStringLiteral("t1"), QStringLiteral("p3")}).status, 0);
        const Run moved = sched({QStringLiteral("rebind"), QStringLiteral("t1"), QStringLiteral("Pod2")});
        QVERIFY2(moved.status == 0, qPrintable(moved.err));
        QVERIFY(moved.out.contains(QLatin1String("ended b1")));
        QCOMPARE(sched({QStringLiteral("unbind"), QStringLiteral("b2")}).status, 0);
        const Run missing = sched({QStringLiteral("unbind"), QStringLiteral("b2")});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QLatin1String("HTTP 404 Not Found: Pod binding b2 could not be found.")), qPrintable(missing.err));
    }

    void rebindWithFailingDeleteSaysHowToFinish()
    {
        testserver::Faults f;
        f.failDeleteBindingNext = 1;
        m_server->cloud().setFaults(f);
        const Run r = sched({QStringLiteral("rebind"), QStringLiteral("t2"), QStringLiteral("Pod2")});
        QCOMPARE(r.status, 3);
        QVERIFY2(r.err.contains(QLatin1String("bound twice")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("trio2o-sched unbind b2")));
        QCOMPARE(sched({QStringLiteral("unbind"), QStringLiteral("b2")}).status, 0);
    }

    void errorsAreOneSentenceWithoutSecrets()
    {
        const Run refused = sched({QStringLiteral("pods"), QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:1/v1.0"),
                                   QStringLiteral("--noauth"), QStringLiteral("--timeout"), QStringLiteral("2")}, false);
        QCOMPARE(refused.status, 1);
        QCOMPARE(refused.err.trimmed(), QStringLiteral("trio2o-sched: Could not list the pods: the connection to 127.0.0.1:1 was refused."));
        const Run wrong = sched({QStringLiteral("pods"), QStringLiteral("--os-password"), QStringLiteral("not-") + kPassword});
        QCOMPARE(wrong.status, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("HTTP 401 Unauthorized")), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QLatin1String("not-")));
        const Run none = sched({QStringLiteral("pods"), QStringLiteral("--remote"), m_server->apiUrl().toString()}, false);
        QCOMPARE(none.status, 1);
        QVERIFY2(none.err.contains(QLatin1String("no credentials")), qPrintable(none.err));
    }

    void insecureWarnsLoudly()
    {
        const Run r = sched({QStringLiteral("pods"), QStringLiteral("--insecure")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.contains(QLatin1String("WARNING: --insecure")));
    }

    void sameCommandsOnADatabase()
    {
        const QString db = m_home.filePath(QStringLiteral("local.sqlite"));
        const auto local = [&](QStringList args) { return sched(args << QStringLiteral("--db") << db, false); };
        // The first command makes the database: a missing --db file needs --create.
        QCOMPARE(local({QStringLiteral("pods"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Top"),
                        QStringLiteral("--az"), QString()}).status, 1);
        QCOMPARE(local({QStringLiteral("pods"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Top"),
                        QStringLiteral("--az"), QString(), QStringLiteral("--create")}).status, 0);
        QCOMPARE(local({QStringLiteral("pods"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("A"),
                        QStringLiteral("--az"), QStringLiteral("az1")}).status, 0);
        QCOMPARE(local({QStringLiteral("bind"), QStringLiteral("t1"), QStringLiteral("A")}).status, 0);
        const Run json = local({QStringLiteral("bindings"), QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("pod_bindings")).toArray().size(), 1);
        const Run refused = local({QStringLiteral("pods"), QStringLiteral("delete"), QStringLiteral("A")});
        QCOMPARE(refused.status, 1);
        // A database collects no usage: its pods say "manual", and ratios are refused.
        const Run pods = local({QStringLiteral("pods"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(pods.out.toUtf8()).object().value(QLatin1String("pods")).toArray();
        QCOMPARE(list.at(1).toObject().value(QLatin1String("usage")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("manual"));
        const Run ratio = local({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("A"), QStringLiteral("--vcpu-ratio"),
                                 QStringLiteral("16")});
        QCOMPARE(ratio.status, 1);
        QVERIFY2(ratio.err.contains(QLatin1String("nothing was changed")), qPrintable(ratio.err));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
