// SPDX-License-Identifier: Apache-2.0
// The pod settings of live clouds in the store (PodOverlayStore): shared by
// every backend on the same store with no caching between decisions, kept
// apart per cloud, and moved once out of the per-program files they lived in
// before schema 4, with a message. On SQLite and PostgreSQL.

#include "futurewait.h"
#include "localdatabase.h"
#include "remotebackend.h"
#include "remotefixture.h"
#include "remotesession.h"
#include "sqlstore.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"
#include "timeformat.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using model::remote::RemoteBackend;
using namespace remotetest;

class TestSharedOverlay : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;

    static sched::CloudState fetch(RemoteBackend &backend)
    {
        auto s = await(backend.fetchState());
        if (!s)
            qFatal("cannot fetch: %s", qPrintable(s.error()));
        return std::move(s).value();
    }

    static model::remote::ConnectionSettings settings(testserver::TestServer &server, const QString &dir,
                                                      const QString &store)
    {
        model::remote::ConnectionSettings s = passwordSettings(server, dir);
        s.storeLocation = store;
        return s;
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty())
            QFAIL(qPrintable(m_databases.unavailable()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void settingChangedByOneIsSeenByTheOthersNextRead()
    {
        testserver::TestServer server;
        server.cloud().setState(smallCloud());
        QVERIFY(server.start());
        QTemporaryDir consoleDir, cliDir; // two programs, each with its own files
        const QString store = m_databases.fresh();
        RemoteBackend a(settings(server, consoleDir.path(), store));
        RemoteBackend b(settings(server, cliDir.path(), store));
        QCOMPARE(fetch(b).findPod("pod2-id")->state, sched::PodState::Enabled);
        auto pod2 = await(a.getPod("pod2-id"));
        QVERIFY(pod2.ok());
        pod2->state = sched::PodState::Maintenance;
        pod2->threshold = 0.7;
        const auto updated = await(a.updatePod(pod2.value()));
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error()));
        const sched::CloudState seen = fetch(b); // no cache between reads
        QCOMPARE(seen.findPod("pod2-id")->state, sched::PodState::Maintenance);
        QCOMPARE(seen.findPod("pod2-id")->threshold, 0.7);
        // The other pods have no settings row and keep the defaults.
        QCOMPARE(seen.findPod("pod3-id")->state, sched::PodState::Enabled);
    }

    void oneStoreServesTwoClouds()
    {
        testserver::TestServer first, second; // the same pod ids on both
        first.cloud().setState(smallCloud());
        second.cloud().setState(smallCloud());
        QVERIFY(first.start());
        QVERIFY(second.start());
        QTemporaryDir dir1, dir2;
        const QString store = m_databases.fresh();
        RemoteBackend a(settings(first, dir1.path(), store));
        RemoteBackend b(settings(second, dir2.path(), store));
        auto pod2 = await(a.getPod("pod2-id"));
        QVERIFY(pod2.ok());
        pod2->state = sched::PodState::Disabled;
        const auto updated = await(a.updatePod(pod2.value()));
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error()));
        QCOMPARE(fetch(a).findPod("pod2-id")->state, sched::PodState::Disabled);
        QCOMPARE(fetch(b).findPod("pod2-id")->state, sched::PodState::Enabled);
        auto opened = model::SqlStore::open(store);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT cloud FROM pod_overlay WHERE pod_id = 'pod2-id'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral(":%1/").arg(first.port())), qPrintable(q.value(0).toString()));
        QVERIFY(!q.next());
    }

    // The last snapshot is in the store: B, offline, sees the state A fetched
    // last (with the binding A made), not what B itself read before.
    void theLastSnapshotIsSharedThroughTheStore()
    {
        auto server = std::make_unique<testserver::TestServer>();
        server->cloud().setState(smallCloud());
        QVERIFY(server->start());
        QTemporaryDir dirA, dirB;
        const QString store = m_databases.fresh();
        model::remote::ConnectionSettings sa = settings(*server, dirA.path(), store);
        model::remote::ConnectionSettings sb = settings(*server, dirB.path(), store);
        sa.getRetries = sb.getRetries = 0;
        QByteArray seenByB, latest;
        {
            RemoteBackend b(sb); // B reached the cloud once: its own file keeps the cloud's key
            seenByB = model::StateJsonCodec::serialize(fetch(b));
        }
        {
            RemoteBackend a(sa);
            const auto made = await(a.createBinding("t9", "pod1-id"));
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error()));
            const sched::CloudState state = fetch(a);
            QVERIFY(std::any_of(state.bindings.begin(), state.bindings.end(),
                                [](const sched::Binding &x) { return x.tenantId == "t9" && x.active; }));
            latest = model::StateJsonCodec::serialize(state);
        }
        QVERIFY(latest != seenByB);
        server.reset(); // the cloud goes away
        RemoteBackend b(sb);
        const auto offline = await(b.fetchState());
        QVERIFY2(offline.ok(), qPrintable(offline.ok() ? QString() : offline.error()));
        QVERIFY(b.isReadOnly());
        QCOMPARE(model::StateJsonCodec::serialize(offline.value()), latest);
        // A third operator who never reached the cloud has no key, and so no snapshot.
        QTemporaryDir dirC;
        model::remote::ConnectionSettings sc = sb;
        sc.stateDirectory = dirC.path();
        RemoteBackend c(sc);
        QVERIFY(!await(c.fetchState()).ok());
    }

    void oldOverlayFileMovesIntoTheStoreOnce()
    {
        testserver::TestServer server;
        server.cloud().setState(smallCloud());
        QVERIFY(server.start());
        QTemporaryDir dir;
        const model::remote::ConnectionSettings s = settings(server, dir.path(), m_databases.fresh());
        const QString oldFile = model::remote::RemoteSession::localFile(s);
        const qint64 yesterday = model::nowMicroseconds() - 86400LL * 1000 * 1000;
        {
            // The shape of the file before schema 4, with one pod's settings.
            auto old = model::remote::LocalDatabase::open(oldFile, {QStringLiteral(
                "CREATE TABLE pod_overlay (pod_id TEXT PRIMARY KEY, tags TEXT NOT NULL, state TEXT NOT NULL,"
                " threshold REAL NOT NULL, cost REAL NOT NULL, vcpus INTEGER NOT NULL, ram_mb INTEGER NOT NULL,"
                " disk_gb INTEGER NOT NULL)"), QStringLiteral(
                "INSERT INTO pod_overlay VALUES ('pod3-id', 'resource:gpu', 'maintenance', 0.6, 3.5, 8, 16, 32)"),
                QStringLiteral("CREATE TABLE usage_history (pod_id TEXT NOT NULL, at BIGINT NOT NULL, vcpus BIGINT,"
                               " ram_mb BIGINT, disk_gb BIGINT, running_vms BIGINT, PRIMARY KEY (pod_id, at))"),
                QStringLiteral("INSERT INTO usage_history VALUES ('pod3-id', %1, 7, 70, 700, 3)").arg(yesterday)});
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error()));
            delete old.value();
        }
        {
            RemoteBackend backend(s);
            const sched::CloudState state = fetch(backend);
            const sched::Pod pod3 = *state.findPod("pod3-id");
            // The old sample, then the one this fetch collected.
            const auto history = state.usageHistory.find("pod3-id");
            QVERIFY(history != state.usageHistory.end());
            QVERIFY(!history->second.empty());
            QCOMPARE(history->second.front().atUs, yesterday);
            QCOMPARE(history->second.front().used[0], std::optional<std::int64_t>(7));
            QCOMPARE(history->second.front().runningVms, std::optional<std::int64_t>(3));
            QCOMPARE(pod3.state, sched::PodState::Maintenance);
            QCOMPARE(sched::groupKey(pod3.tags), std::string("resource:gpu"));
            QCOMPARE(pod3.threshold, 0.6);
            QCOMPARE(pod3.cost, 3.5);
            const QStringList notices = backend.takeStoreNotices();
            QCOMPARE(notices.size(), 1);
            QVERIFY2(notices.front().startsWith(QStringLiteral("Moved the settings of 1 pod")), qPrintable(notices.front()));
            QVERIFY(notices.front().contains(oldFile));
            QVERIFY(notices.front().contains(QStringLiteral("into the store")));
            QVERIFY(backend.takeStoreNotices().isEmpty());
        }
        {
            auto old = model::remote::LocalDatabase::open(oldFile, {});
            QVERIFY(old.ok());
            QVERIFY(!old.value()->db().tables().contains(QStringLiteral("pod_overlay")));
            QVERIFY(!old.value()->db().tables().contains(QStringLiteral("usage_history")));
            delete old.value();
        }
        RemoteBackend again(s); // once: nothing left to move
        QCOMPARE(fetch(again).findPod("pod3-id")->state, sched::PodState::Maintenance);
        QVERIFY(again.takeStoreNotices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedOverlay)
#include "tst_sharedoverlay.moc"
