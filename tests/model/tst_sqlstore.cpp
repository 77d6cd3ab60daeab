// SPDX-License-Identifier: Apache-2.0
// The store: schema, database-enforced constraints, transactions, conflicts,
// migrations and refusal of newer databases. The same suite runs on SQLite
// and on PostgreSQL (TRIO2O_TEST_ENGINE=postgresql, see storetestdatabases.h).

#include "democloud.h"
#include "schemamigrator.h"
#include "sqlstore.h"
#include "statefixtures.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using model::SqlStore;

class TestSqlStore : public QObject
{
    Q_OBJECT

private:
    StoreTestDatabases m_databases;
    QString freshPath() { return m_databases.fresh(); }

    std::unique_ptr<SqlStore> openSmall()
    {
        auto store = SqlStore::open(freshPath());
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        const model::Status s = store.value()->replaceState(fixtures::smallCloud());
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return std::move(store).value();
    }

    static QByteArray dump(const SqlStore &store)
    {
        const auto state = store.load();
        return state ? model::StateJsonCodec::serialize(state.value()) : QByteArray("load failed");
    }

    static bool exec(const SqlStore &store, const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(store.database());
        const bool ok = q.exec(sql);
        if (error)
            *error = q.lastError().text();
        return ok;
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty()) // asked for an engine it cannot use: a failure
            QFAIL(qPrintable(m_databases.unavailable()));
        qInfo("store suite on %s", qPrintable(m_databases.engineName()));
    }

    void newDatabaseHasLatestSchema()
    {
        auto store = SqlStore::open(freshPath());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(model::SchemaMigrator::currentVersion(store.value()->database()).value(),
                 qint64(model::SchemaMigrator::latestVersion()));
        QVERIFY(store.value()->isEmpty().value());
        QCOMPARE(store.value()->database().driverName(),
                 m_databases.postgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
        if (m_databases.postgres())
            return;
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void importIntoEmptyDatabaseEndsInWalMode()
    {
        if (m_databases.postgres())
            QSKIP("journal modes are SQLite's");
        const QString path = freshPath();
        const auto journalMode = [](const SqlStore &s) {
            QSqlQuery q(s.database());
            return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
        };
        {
            auto alone = SqlStore::open(path);
            QVERIFY(alone.ok());
            QVERIFY(alone.value()->replaceState(fixtures::smallCloud()).ok());
            QCOMPARE(journalMode(*alone.value()), QStringLiteral("wal"));
        }
        // With a second connection open SQLite keeps WAL; the import works all the same.
        auto first = SqlStore::open(path);
        auto second = SqlStore::open(path);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value()->replaceState(sched::CloudState{}).ok());
        QVERIFY(first.value()->replaceState(fixtures::smallCloud()).ok());
        QCOMPARE(journalMode(*first.value()), QStringLiteral("wal"));
        QCOMPARE(second.value()->load()->bindings.size(), fixtures::smallCloud().bindings.size());
    }

    void roundTripThroughDatabase()
    {
        auto store = openSmall();
        const auto loaded = store->load();
        QVERIFY(loaded.ok());
        // The store answers bindings in chronological order (then by id).
        sched::CloudState expected = fixtures::smallCloud();
        std::sort(expected.bindings.begin(), expected.bindings.end(),
                  [](const auto &a, const auto &b) { return std::tie(a.createdAtUs, a.id) < std::tie(b.createdAtUs, b.id); });
        QCOMPARE(model::StateJsonCodec::serialize(loaded.value()), model::StateJsonCodec::serialize(expected));
    }

    void demoCloudIsRealistic()
    {
        const sched::CloudState demo = model::buildDemoCloud(1'700'000'000'000'000);
        auto store = SqlStore::open(freshPath());
        QVERIFY(store.ok());
        const model::Status s = store.value()->replaceState(demo);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        int top = 0, tagged = 0, maintenance = 0, unknownUsage = 0;
        QSet<QString> azs;
        for (const sched::Pod &p : demo.pods) {
            top += p.isTop();
            tagged += !p.tags.empty();
            maintenance += p.state == sched::PodState::Maintenance;
            unknownUsage += !p.isTop() && !p.usageKnown(sched::Resource::Vcpus);
            if (!p.isTop())
                azs.insert(QString::fromStdString(p.azName));
        }
        QCOMPARE(top, 1);
        QCOMPARE(azs.size(), 3);
        QVERIFY(demo.pods.size() >= 10);
        QVERIFY(tagged >= 2);
        QCOMPARE(maintenance, 1);
        QVERIFY(unknownUsage >= 1);
        QSet<std::string> tenants;
        int history = 0;
        for (const sched::Binding &b : demo.bindings) {
            tenants.insert(b.tenantId);
            history += !b.active;
        }
        QVERIFY(tenants.size() >= 55 && tenants.size() <= 65);
        QVERIFY(history > 0);
    }

    // The database itself enforces the rules, whatever a client sends it.
    void constraints_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("second-top-region")
            << QStringLiteral("INSERT INTO pods (pod_id, pod_name, az_name) VALUES ('x', 'RegionTwo', '')")
            << QStringLiteral("UNIQUE");
        QTest::newRow("duplicate-pod-name")
            << QStringLiteral("INSERT INTO pods (pod_id, pod_name, az_name) VALUES ('x', 'Pod1', 'az9')")
            << QStringLiteral("UNIQUE");
        QTest::newRow("second-active-binding-same-az-group")
            << QStringLiteral("INSERT INTO pods (pod_id, pod_name, az_name) VALUES ('p9', 'Pod9', 'az1');"
                              "INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, created_at)"
                              " VALUES ('b9', 't1', 'p9', 'az1', '', 5)")
            << QStringLiteral("UNIQUE");
        QTest::newRow("binding-to-top-region")
            << QStringLiteral("INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, created_at)"
                              " VALUES ('b9', 't7', 'p0', '', '', 5)")
            << QStringLiteral("top region");
        QTest::newRow("binding-with-wrong-az")
            << QStringLiteral("INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, created_at)"
                              " VALUES ('b9', 't7', 'p1', 'az2', '', 5)")
            << QStringLiteral("differs from its pod");
        QTest::newRow("binding-to-unknown-pod")
            << QStringLiteral("INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, created_at)"
                              " VALUES ('b9', 't7', 'nope', 'az1', '', 5)")
            << QStringLiteral("unknown pod");
        QTest::newRow("delete-pod-with-bindings") << QStringLiteral("DELETE FROM pods WHERE pod_id = 'p1'")
                                                  << QStringLiteral("FOREIGN KEY");
        QTest::newRow("move-pod-into-conflict")
            << QStringLiteral("INSERT INTO pods (pod_id, pod_name, az_name) VALUES ('p9', 'Pod9', 'az9');"
                              "INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, group_key, created_at)"
                              " VALUES ('b9', 't1', 'p9', 'az9', '', 5);"
                              "UPDATE pods SET az_name = 'az1' WHERE pod_id = 'p9'")
            << QStringLiteral("UNIQUE");
        QTest::newRow("threshold-above-one") << QStringLiteral("UPDATE pods SET threshold = 1.5 WHERE pod_id = 'p1'")
                                             << QStringLiteral("CHECK");
        QTest::newRow("unknown-state") << QStringLiteral("UPDATE pods SET state = 'asleep' WHERE pod_id = 'p1'")
                                       << QStringLiteral("CHECK");
    }

    void constraints()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        auto store = openSmall();
        const QByteArray before = dump(*store);
        QVERIFY(store->database().transaction());
        QString error;
        bool allOk = true;
        for (const QString &statement : sql.split(QLatin1Char(';'))) {
            if (!exec(*store, statement, &error)) {
                allOk = false;
                break;
            }
        }
        store->database().rollback();
        QVERIFY2(!allOk, "the database accepted it");
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(dump(*store), before);
    }

    void rebindIsOneTransaction()
    {
        auto store = openSmall();
        // End b1 (t1 in az1/general) and bind t1 to a pod that does not exist: nothing may change.
        const QByteArray before = dump(*store);
        const auto failed = store->applyBindingChanges({{"t1", "b1", "missing-pod", {}, 0}});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("missing-pod")), qPrintable(failed.error()));
        QCOMPARE(dump(*store), before);

        const auto done = store->applyBindingChanges({{"t1", "b1", "p1", "b1-new", 9'000'000}});
        QVERIFY2(done.ok(), qPrintable(done.error()));
        const sched::CloudState after = store->load().value();
        const auto find = [&](const std::string &id) {
            return *std::find_if(after.bindings.begin(), after.bindings.end(), [&](auto &b) { return b.id == id; });
        };
        QCOMPARE(find("b1").active, false);
        QCOMPARE(find("b1").endedAtUs.value(), std::int64_t(9'000'000));
        // Bound again to the pod it left: upstream's unique (tenant, pod) would refuse this.
        QCOMPARE(find("b1-new").active, true);
        QCOMPARE(find("b1-new").podId, std::string("p1"));
    }

    void endingAnInactiveBindingIsAConflict()
    {
        auto store = openSmall();
        const QByteArray before = dump(*store);
        const auto r = store->applyBindingChanges({{"t1", "b0", "p3", {}, 0}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("tenant t1 was unbound by someone else")), qPrintable(r.error()));
        QVERIFY(SqlStore::isConflict(r.error()));
        QCOMPARE(dump(*store), before);
    }

    // Two operators decided on the same snapshot: the second one loses and
    // is told where the tenant went; nothing of its batch is written.
    void staleRebindNamesTheWinner()
    {
        auto store = openSmall();
        QVERIFY(store->addPod(fixtures::pod("p4", "Pod4", "az1")).ok());
        const auto first = store->applyBindingChanges({{"t1", "b1", "p4", "first", 0}});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray before = dump(*store);
        // The loser's batch: a fresh bind for t2 that would succeed, then the stale rebind.
        const auto second = store->applyBindingChanges({{"t2", {}, "p1", "t2-fresh", 0}, {"t1", "b1", "p1", "second", 0}});
        QVERIFY(!second.ok());
        QCOMPARE(second.error(), QStringLiteral("tenant t1 was rebound by someone else to pod Pod4; refresh and retry"));
        QVERIFY(SqlStore::isConflict(second.error()));
        QCOMPARE(dump(*store), before);
        QVERIFY(!store->binding("t2-fresh").ok());
    }

    void staleFreshBindIsAConflict()
    {
        auto store = openSmall();
        // t2 has no binding in az1 in the loser's snapshot, but someone bound it to Pod1 meanwhile.
        QVERIFY(store->applyBindingChanges({{"t2", {}, "p1", "winner", 0}}).ok());
        const QByteArray afterWinner = dump(*store);
        const auto r = store->applyBindingChanges({{"t2", {}, "p1", "loser", 0}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("tenant t2 is already bound in that AZ and group to pod Pod1, perhaps by someone else just now; "
                                      "refresh and retry"));
        QVERIFY(SqlStore::isConflict(r.error())); // told to refresh, not a plain failure
        QVERIFY(!store->binding("loser").ok());
        QCOMPARE(dump(*store), afterWinner); // the winner's binding stays, nothing of the loser's
        QCOMPARE(store->binding("winner")->podId, std::string("p1"));
    }

    void duplicateBindingIdIsNoConflict()
    {
        auto store = openSmall();
        const auto r = store->applyBindingChanges({{"t9", {}, "p1", "b1", 0}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("a binding with that id exists already")), qPrintable(r.error()));
        QVERIFY(!SqlStore::isConflict(r.error()));
    }

    void podEditing()
    {
        auto store = openSmall();
        QVERIFY(!store->deletePod("p1").ok()); // t1 is bound there
        sched::Pod moved = *store->load().value().findPod("p1");
        moved.azName = "az2";
        const model::Status s = store->updatePod(moved);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT az_name FROM pod_bindings WHERE id = 'b1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("az2")); // the binding moved with its pod
        sched::Pod fresh = fixtures::pod("p9", "Pod9", "az9");
        QVERIFY(store->addPod(fresh).ok());
        QVERIFY(!store->addPod(fresh).ok());
        QVERIFY(store->deletePod("p9").ok());
        QVERIFY(!store->deletePod("p9").ok());
    }

    void migratesVersion1Data()
    {
        const QString path = freshPath();
        {
            auto v1 = SqlStore::openAtVersion(path, 1);
            QVERIFY2(v1.ok(), qPrintable(v1.error()));
            QVERIFY(exec(*v1.value(), QStringLiteral("INSERT INTO pods VALUES ('p0','RegionOne','','',''),"
                                                      " ('p1','Pod1','az1','nova','dc1')")));
            QVERIFY(exec(*v1.value(), QStringLiteral("INSERT INTO pod_bindings VALUES ('b1','t1','p1',0,10,20),"
                                                      " ('b2','t1','p1',1,30,NULL)")));
        }
        auto store = SqlStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const sched::CloudState s = store.value()->load().value();
        QCOMPARE(s.pods.size(), std::size_t(2));
        QCOMPARE(s.findPod("p1")->podAzName, std::string("nova"));
        QCOMPARE(s.findPod("p1")->state, sched::PodState::Enabled);
        QCOMPARE(s.bindings.size(), std::size_t(2));
        QCOMPARE(s.bindings[0].endedAtUs.value(), std::int64_t(20)); // history keeps its end time
        QVERIFY(!s.bindings[1].endedAtUs);
        QVERIFY(exec(*store.value(), QStringLiteral("SELECT 1 FROM pod_bindings WHERE az_name = 'az1'")));
    }

    void migrationFailureRollsBack()
    {
        const QString path = freshPath();
        {
            auto v1 = SqlStore::openAtVersion(path, 1);
            QVERIFY(v1.ok());
            // Two active bindings in one AZ: version 2's unique index cannot be built.
            QVERIFY(exec(*v1.value(), QStringLiteral("INSERT INTO pods VALUES ('p1','Pod1','az1','',''), ('p2','Pod2','az1','','')")));
            QVERIFY(exec(*v1.value(), QStringLiteral("INSERT INTO pod_bindings VALUES ('b1','t1','p1',1,10,NULL),"
                                                      " ('b2','t1','p2',1,30,NULL)")));
        }
        const auto store = SqlStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("schema version 2")), qPrintable(store.error()));
        auto again = SqlStore::openAtVersion(path, 1);
        QVERIFY(again.ok());
        QCOMPARE(model::SchemaMigrator::currentVersion(again.value()->database()).value(), qint64(1));
    }

    void refusesNewerDatabase()
    {
        const QString path = freshPath();
        {
            auto store = SqlStore::open(path);
            QVERIFY(store.ok());
            QVERIFY(exec(*store.value(), QStringLiteral("UPDATE schema_info SET version = 99")));
        }
        const auto store = SqlStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("newer")), qPrintable(store.error()));
        QVERIFY2(store.error().contains(QLatin1String("99")), qPrintable(store.error()));
    }

    void refusesForeignFiles()
    {
        if (m_databases.postgres())
            QSKIP("SQLite only: a file that is not a database");
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, it is a shopping list\n");
        f.close();
        const auto store = SqlStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(path), qPrintable(store.error()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("this is not a database, it is a shopping list\n"));
    }
};

QTEST_GUILESS_MAIN(TestSqlStore)
#include "tst_sqlstore.moc"
