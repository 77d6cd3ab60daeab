// SPDX-License-Identifier: Apache-2.0
// Two trio2o-sched processes on one store (SQLite, or PostgreSQL when
// TRIO2O_TEST_ENGINE=postgresql): a pod one of them puts into maintenance is
// refused by the other's next decision, on a local store and on a live cloud
// (the loopback test server) whose pod settings the store keeps; `log` shows
// exactly what was changed, by whom, where and why.

#include "clirunner.h"
#include "sqlstore.h"
#include "storetestdatabases.h"
#include "testserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");

sched::Pod pod(const char *id, const char *name, const char *az, std::int64_t createdUs)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.podAzName = az;
    p.createdAtUs = createdUs;
    p.capacity = {100, 100000, 1000};
    p.used = {10, 1000, 10};
    return p;
}

// az1 holds Pod2 alone: once it is in maintenance, az1 takes nobody.
sched::CloudState cloud()
{
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", "", 1'600'000'000'000'000), pod("p2", "Pod2", "az1", 1'600'000'100'000'000),
              pod("p3", "Pod3", "az2", 1'600'000'200'000'000)};
    return s;
}

QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }

} // namespace

class TestCliSharedStore : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;
    QTemporaryDir m_home;
    QString m_store;
    std::unique_ptr<testserver::TestServer> m_server;
    bool m_remote = false;

    CliRun sched(QStringList args)
    {
        args << QStringLiteral("--db") << m_store;
        if (m_remote)
            args << QStringLiteral("--os-auth-url") << m_server->authUrl().toString() << QStringLiteral("--os-username")
                 << QStringLiteral("admin") << QStringLiteral("--os-project-name") << QStringLiteral("admin");
        return runCli(args);
    }

    CliRun schedule(const char *tenant)
    {
        return sched({QStringLiteral("schedule"), QStringLiteral("--json"), QStringLiteral("--tenant"),
                      QString::fromLatin1(tenant), QStringLiteral("--az"), QStringLiteral("az1")});
    }

    QJsonArray log(const QStringList &filters = {})
    {
        const CliRun r = runCli(QStringList{QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--db"), m_store}
                                + filters);
        if (r.exitCode != 0)
            qWarning("log failed: %s", qPrintable(r.err));
        return json(r).value(QStringLiteral("changes")).toArray();
    }

    static void backends_data()
    {
        QTest::addColumn<bool>("unused");
        QTest::newRow("local-store") << true;
        QTest::newRow("live-cloud") << true;
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty())
            QFAIL(qPrintable(m_databases.unavailable()));
        QStandardPaths::setTestModeEnabled(true);
        // The children: their own home, no OpenStack variables of the caller.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("OS_PASSWORD", kPassword.toUtf8());
        for (const char *var : {"OS_AUTH_URL", "OS_CLOUD", "OS_ENDPOINT", "OS_TOKEN", "USER", "LOGNAME"})
            qunsetenv(var);
        qputenv("USER", "operator-a");
    }

    void init()
    {
        m_remote = QByteArray(QTest::currentDataTag()) == "live-cloud";
        m_store = m_databases.fresh();
        if (m_remote) {
            m_server = std::make_unique<testserver::TestServer>();
            m_server->cloud().setState(cloud());
            QVERIFY(m_server->start());
            return;
        }
        auto store = model::SqlStore::open(m_store);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        QVERIFY(store.value()->replaceState(cloud()).ok());
    }
    void cleanup() { m_server.reset(); }

    void maintenanceByOneIsRefusedByTheOther_data() { backends_data(); }
    void maintenanceByOneIsRefusedByTheOther()
    {
        const CliRun before = schedule("t-before");
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(json(before).value(QStringLiteral("pod_name")).toString(), QStringLiteral("Pod2"));

        const CliRun set = sched({QStringLiteral("pods"), QStringLiteral("set"), QStringLiteral("Pod2"),
                                  QStringLiteral("--state"), QStringLiteral("maintenance")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));

        // A second process, the next decision: az1's only pod is refused.
        const CliRun after = schedule("t-after");
        QCOMPARE(after.exitCode, 3);
        QVERIFY2(QString::fromUtf8(after.out + after.err.toUtf8()).contains(QLatin1String("maintenance")),
                 after.out.constData());

        const QJsonArray rows = log({QStringLiteral("--pod"), QStringLiteral("Pod2")});
        QCOMPARE(rows.size(), 2); // newest first: the edit, then t-before's binding
        const QJsonObject edit = rows.at(0).toObject();
        QCOMPARE(edit.value(QStringLiteral("kind")).toString(), QStringLiteral("pod-edited"));
        QCOMPARE(edit.value(QStringLiteral("pod_id")).toString(), QStringLiteral("p2"));
        QCOMPARE(edit.value(QStringLiteral("pod_name")).toString(), QStringLiteral("Pod2"));
        QCOMPARE(edit.value(QStringLiteral("before")).toString(), QStringLiteral("state=enabled"));
        QCOMPARE(edit.value(QStringLiteral("after")).toString(), QStringLiteral("state=maintenance"));
        QCOMPARE(edit.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(edit.value(QStringLiteral("operator")).toString(),
                 m_remote ? QStringLiteral("admin") : QStringLiteral("operator-a"));
        const QString cloudKey = edit.value(QStringLiteral("cloud")).toString();
        if (m_remote) {
            const QString keystone = m_server->authUrl().toString(QUrl::StripTrailingSlash);
            QVERIFY2(cloudKey.startsWith(QStringLiteral("keystone=") + keystone) && cloudKey.contains(QLatin1String(" trio2o=http://127.0.0.1:")),
                     qPrintable(cloudKey));
        } else {
            QCOMPARE(cloudKey, QStringLiteral("local"));
        }
        const QJsonObject bound = rows.at(1).toObject();
        QCOMPARE(bound.value(QStringLiteral("kind")).toString(), QStringLiteral("binding-created"));
        QCOMPARE(bound.value(QStringLiteral("operation")).toString(), QStringLiteral("schedule"));
        QCOMPARE(bound.value(QStringLiteral("tenant")).toString(), QStringLiteral("t-before"));
        QCOMPARE(bound.value(QStringLiteral("after")).toString(), QStringLiteral("Pod2"));
        QVERIFY(!bound.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(bound.value(QStringLiteral("reason")).toString() != QLatin1String("manual"));
        QCOMPARE(log({QStringLiteral("--tenant"), QStringLiteral("t-before")}).size(), 1);
        QCOMPARE(log({QStringLiteral("--tenant"), QStringLiteral("nobody")}).size(), 0);
    }

    void logRefusesABadSince()
    {
        const CliRun r = runCli({QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("yesterday-ish"),
                                 QStringLiteral("--db"), m_store});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--since must be")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("yesterday-ish")), qPrintable(r.err));
        const CliRun recent = runCli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--since"),
                                      QStringLiteral("1h"), QStringLiteral("--db"), m_store});
        QCOMPARE(recent.exitCode, 0);
        // The import of init() is the one change of the last hour.
        const QJsonArray rows = json(recent).value(QStringLiteral("changes")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("import"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("after")).toString(), QStringLiteral("pods=3 bindings=0"));
        const CliRun missing = runCli({QStringLiteral("log"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("typo.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("there is no database at")), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("typo.sqlite"))));
        const CliRun future = runCli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--since"),
                                      QStringLiteral("2999-01-01"), QStringLiteral("--db"), m_store});
        QCOMPARE(json(future).value(QStringLiteral("changes")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSharedStore)
#include "tst_cli_sharedstore.moc"
