// SPDX-License-Identifier: Apache-2.0
// RemoteBackend against a Trio2o-compatible server on 127.0.0.1: every call,
// the console's guards, re-authentication, rebind with a failing DELETE,
// usage collection, the overlay, and the offline snapshot.

#include "cloudgenerator.h"
#include "remotebackend.h"
#include "remotefixture.h"
#include "statejsoncodec.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace remotetest;
using model::remote::ConnectionSettings;
using model::remote::RemoteBackend;

class TestRemoteBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testserver::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    ConnectionSettings settings(const QString &user = QStringLiteral("admin"))
    {
        return passwordSettings(*m_server, m_dir->path(), user);
    }
    int count(const QString &entry) { return int(m_server->cloud().requestLog().count(entry)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<testserver::TestServer>();
        m_server->cloud().setState(smallCloud());
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void listsPodsThroughKeystoneCatalog()
    {
        RemoteBackend backend(settings());
        const auto pods = await(backend.listPods());
        QVERIFY2(pods.ok(), qPrintable(pods.error()));
        QCOMPARE(pods->size(), 4u);
        QCOMPARE(pods->at(1).name, std::string("Pod1"));
        QVERIFY(pods->at(0).isTop());
        QCOMPARE(m_server->cloud().requestLog(),
                 QStringList({QStringLiteral("POST /identity/v3/auth/tokens"), QStringLiteral("GET /v1.0/pods")}));
        for (const auto &r : m_server->cloud().requests()) {
            QCOMPARE(r.header("accept"), QByteArray("application/json"));
            if (r.path.startsWith("/v1.0"))
                QVERIFY(r.header("x-auth-token").startsWith("gAAAA"));
        }
        QVERIFY(!backend.description().contains(kPassword));
    }

    void getPodAndBinding()
    {
        RemoteBackend backend(settings());
        const auto pod = await(backend.getPod("pod2-id"));
        QVERIFY2(pod.ok(), qPrintable(pod.error()));
        QCOMPARE(pod->azName, std::string("az2"));
        const auto b = await(backend.getBinding("b0"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QVERIFY(!b->active);
        QVERIFY(b->endedAtUs.has_value());
        const auto missing = await(backend.getPod("nope"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QLatin1String("HTTP 404 Not Found: Pod nope could not be found.")),
                 qPrintable(missing.error()));
    }

    void createsPodWith200AndRefusesSecondTopRegion()
    {
        RemoteBackend backend(settings());
        sched::Pod p = pod("", "Pod4", "az1");
        p.tags = {{"resource", "gpu"}};
        const auto created = await(backend.createPod(p));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(!created->id.empty());
        QCOMPARE(created->tags.size(), 1u); // kept in the overlay
        QCOMPARE(m_server->cloud().state().pods.size(), 5u);

        const auto top = await(backend.createPod(pod("", "Region2", "")));
        QVERIFY(!top.ok());
        QVERIFY2(top.error().contains(QLatin1String("top region")), qPrintable(top.error()));
        const auto dup = await(backend.createPod(pod("", "Pod1", "az9")));
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().contains(QLatin1String("already exists")));
        QCOMPARE(count(QStringLiteral("POST /v1.0/pods")), 1); // the guards never reached the server
    }

    void refusesDeletingBoundPodThenDeletes()
    {
        RemoteBackend backend(settings());
        const auto refused = await(backend.deletePod("pod1-id"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("drain")), qPrintable(refused.error()));
        QCOMPARE(count(QStringLiteral("DELETE /v1.0/pods/pod1-id")), 0);
        QVERIFY(await(backend.deletePod("pod3-id")).ok());
        QVERIFY(!m_server->cloud().state().findPod("pod3-id"));
        const auto gone = await(backend.deletePod("pod3-id"));
        QVERIFY(!gone.ok());
    }

    void bindingGuardAndServerConflict()
    {
        RemoteBackend backend(settings());
        QSignalSpy changed(&backend, &model::Backend::stateChanged);
        const auto second = await(backend.createBinding("t2", "pod3-id")); // t2 already in az2/general
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QLatin1String("already bound to pod Pod2")), qPrintable(second.error()));
        const auto fresh = await(backend.createBinding("t3", "pod3-id"));
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
        QCOMPARE(fresh->podId, std::string("pod3-id"));
        QVERIFY(fresh->active);
        QTRY_COMPARE(changed.count(), 1);
        // t1 once had (inactive) pod2: the server answers 409 with a bare text.
        const auto again = await(backend.createBinding("t1", "pod2-id"));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QLatin1String("HTTP 409 Conflict: Pod binding already exists")), qPrintable(again.error()));
        const auto top = await(backend.createBinding("t9", "top-id"));
        QVERIFY(!top.ok());
        QVERIFY(top.error().contains(QLatin1String("top region")));
    }

    void deletesBinding()
    {
        RemoteBackend backend(settings());
        QVERIFY(await(backend.deleteBinding("b2")).ok());
        const auto list = await(backend.listBindings());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2u);
        const auto missing = await(backend.deleteBinding("b2"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("404")));
    }

    void rebindPostsThenDeletes()
    {
        RemoteBackend backend(settings());
        const auto r = await(backend.rebind("t2", "b2", "pod3-id"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->oldEnded);
        QCOMPARE(r->created.podId, std::string("pod3-id"));
        const QStringList log = m_server->cloud().requestLog();
        QVERIFY(log.indexOf(QStringLiteral("POST /v1.0/bindings")) < log.indexOf(QStringLiteral("DELETE /v1.0/bindings/b2")));
    }

    void rebindWithFailingDeleteReportsTwoBindings()
    {
        RemoteBackend backend(settings());
        testserver::Faults f;
        f.failDeleteBindingNext = 1;
        m_server->cloud().setFaults(f);
        const auto r = await(backend.rebind("t2", "b2", "pod3-id"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(!r->oldEnded);
        QVERIFY2(r->oldEndError.contains(QLatin1String("bound twice")), qPrintable(r->oldEndError));
        QVERIFY(r->oldEndError.contains(QLatin1String("HTTP 500")));
        QCOMPARE(count(QStringLiteral("DELETE /v1.0/bindings/b2")), 1); // never blindly retried
        QCOMPARE(m_server->cloud().state().bindings.size(), 4u);
        QVERIFY(await(backend.deleteBinding("b2")).ok()); // the offered retry
        QCOMPARE(m_server->cloud().state().bindings.size(), 3u);
    }

    void rebindWhoseDeleteAnswerIsLostReadsInsteadOfRetrying()
    {
        RemoteBackend backend(settings());
        testserver::Faults f;
        f.loseAnswerOf = "DELETE";
        f.loseAnswerNext = 1;
        m_server->cloud().setFaults(f);
        const auto r = await(backend.rebind("t2", "b2", "pod3-id"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY2(r->oldEnded, qPrintable(r->oldEndError)); // the GET found b2 gone: the DELETE was done
        QCOMPARE(count(QStringLiteral("DELETE /v1.0/bindings/b2")), 1);
        QCOMPARE(count(QStringLiteral("GET /v1.0/bindings/b2")), 1);
        QCOMPARE(m_server->cloud().state().bindings.size(), 3u);
    }

    void reauthenticatesOnceAfter401()
    {
        RemoteBackend backend(settings());
        QVERIFY(await(backend.listPods()).ok());
        m_server->cloud().revokeTokens();
        const auto pods = await(backend.listPods());
        QVERIFY2(pods.ok(), qPrintable(pods.error()));
        QCOMPARE(count(QStringLiteral("POST /identity/v3/auth/tokens")), 2);
    }

    void policyRefusalIsNotRetried()
    {
        RemoteBackend backend(settings(QStringLiteral("viewer")));
        const auto pods = await(backend.listPods());
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().contains(QLatin1String("HTTP 401 Unauthorized: Unauthorized to show pods")), qPrintable(pods.error()));
        QVERIFY(pods.error().contains(QLatin1String("admin role")));
        QCOMPARE(count(QStringLiteral("POST /identity/v3/auth/tokens")), 1);
    }

    void wrongPasswordIsReportedWithoutIt()
    {
        auto s = settings();
        s.password = QStringLiteral("wrong-horse");
        RemoteBackend backend(s);
        const auto pods = await(backend.listPods());
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().contains(QLatin1String("authenticate with Keystone")), qPrintable(pods.error()));
        QVERIFY(pods.error().contains(QLatin1String("401")));
        QVERIFY(!pods.error().contains(QLatin1String("wrong-horse")));
    }

    void noauthSendsRole()
    {
        m_server->cloud().setNoAuth(true);
        ConnectionSettings s;
        s.endpoint = m_server->apiUrl();
        s.noAuth = true;
        s.stateDirectory = m_dir->path();
        RemoteBackend backend(s);
        QVERIFY(await(backend.listPods()).ok());
        QCOMPARE(m_server->cloud().requests().constLast().header("x-role"), QByteArray("admin"));
        QVERIFY(m_server->cloud().requests().constLast().header("x-auth-token").isEmpty());
        s.roles = QStringLiteral("member");
        RemoteBackend member(s);
        const auto refused = await(member.listPods());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("admin role")));
    }

    void givenTokenSkipsKeystone()
    {
        ConnectionSettings s;
        s.endpoint = m_server->apiUrl();
        s.token = QString::fromLatin1(m_server->cloud().issueToken({QStringLiteral("admin")}));
        s.stateDirectory = m_dir->path();
        RemoteBackend backend(s);
        QVERIFY(await(backend.listBindings()).ok());
        QCOMPARE(m_server->cloud().requestLog(), QStringList{QStringLiteral("GET /v1.0/bindings")});
        QCOMPARE(QString::fromLatin1(m_server->cloud().requests().constLast().header("x-auth-token")), s.token);
    }

    void fetchStateCollectsUsageAndFlagsUnreachablePods()
    {
        testserver::Faults f;
        f.unreachableRegions = {QStringLiteral("Pod2")};
        m_server->cloud().setFaults(f);
        auto s = settings();
        s.getRetries = 0;
        RemoteBackend backend(s);
        const auto state = await(backend.fetchState());
        QVERIFY2(state.ok(), qPrintable(state.error()));
        const sched::Pod *pod3 = state->findPod("pod3-id");
        QCOMPARE(pod3->capacity[0], 200);
        QCOMPARE(pod3->used[0], std::optional<std::int64_t>(50));
        QCOMPARE(pod3->runningVms, std::optional<std::int64_t>(20));
        QVERIFY(!state->findPod("pod2-id")->usageKnown(sched::Resource::Vcpus));
        QCOMPARE(backend.unreachablePods(), std::vector<std::string>{"pod2-id"});
        QVERIFY(backend.usageProblems().constFirst().contains(QLatin1String("Pod2")));
        QCOMPARE(count(QStringLiteral("GET /compute/Pod1/v2.1/os-hypervisors/statistics")), 1);
    }

    void collectionsAreSamplesOfTheUsageHistory()
    {
        {
            RemoteBackend backend(settings());
            const auto first = await(backend.fetchState());
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QCOMPARE(first->usageHistory.at("pod3-id").size(), std::size_t(1));
            QCOMPARE(first->usageHistory.at("pod3-id").front().used[0], std::optional<std::int64_t>(50));
            // Within the hour and unchanged: no second sample.
            const auto second = await(backend.fetchState());
            QVERIFY(second.ok());
            QCOMPARE(second->usageHistory.at("pod3-id").size(), std::size_t(1));
        }
        // Pod3's usage changes on the server: the next collection is a sample, kept across sessions.
        sched::CloudState changed = smallCloud();
        for (sched::Pod &p : changed.pods)
            if (p.id == "pod3-id")
                p.used[0] = 60;
        m_server->cloud().setState(changed);
        RemoteBackend again(settings());
        const auto third = await(again.fetchState());
        QVERIFY(third.ok());
        const auto &history = third->usageHistory.at("pod3-id");
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history.back().used[0], std::optional<std::int64_t>(60));
        QVERIFY(history.front().atUs < history.back().atUs);
    }

    void overlayKeepsWhatTrio2oDoesNotStore()
    {
        {
            RemoteBackend backend(settings());
            auto pod = await(backend.getPod("pod1-id"));
            QVERIFY(pod.ok());
            sched::Pod changed = pod.value();
            changed.tags = {{"resource", "CAD Modeling"}};
            changed.state = sched::PodState::Maintenance;
            changed.threshold = 0.75;
            changed.cost = 3;
            QVERIFY(await(backend.updatePod(changed)).ok());
            changed.azName = "az9";
            const auto refused = await(backend.updatePod(changed));
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QLatin1String("no update call")));
        }
        RemoteBackend again(settings());
        const auto pods = await(again.listPods());
        QVERIFY(pods.ok());
        const sched::Pod &p = pods->at(1);
        QCOMPARE(sched::groupKey(p.tags), std::string("resource:CAD Modeling"));
        QCOMPARE(p.state, sched::PodState::Maintenance);
        QCOMPARE(p.threshold, 0.75);
        QCOMPARE(p.cost, 3.0);
        // The overlay group counts for the one-binding guard: pod1 is now another group.
        QVERIFY(await(again.createBinding("t2", "pod1-id")).ok());
    }

    void offlineStartShowsSnapshotReadOnly()
    {
        QByteArray online;
        {
            RemoteBackend backend(settings());
            const auto state = await(backend.fetchState());
            QVERIFY2(state.ok(), qPrintable(state.error()));
            QVERIFY(!backend.isReadOnly());
            online = model::StateJsonCodec::serialize(state.value());
        }
        auto s = settings();
        m_server.reset(); // the cloud goes away
        s.getRetries = 0;
        RemoteBackend offline(s);
        const auto state = await(offline.fetchState());
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QCOMPARE(state->pods.size(), 4u);
        QCOMPARE(state->bindings.size(), 3u);
        // Exactly the last state fetched: pods with overlay and usage, the
        // bindings (kept as the server's answer) with the ended one's end time.
        QCOMPARE(model::StateJsonCodec::serialize(state.value()), online);
        QVERIFY(offline.isReadOnly());
        QVERIFY(offline.snapshotTime().isValid());
        QVERIFY(offline.snapshotTime().secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QVERIFY(offline.description().contains(QLatin1String("snapshot")));
        const auto write = await(offline.createBinding("t5", "pod1-id"));
        QVERIFY(!write.ok());
        QVERIFY2(write.error().contains(QLatin1String("snapshot")), qPrintable(write.error()));
    }

    void offlineSnapshotOfAnAnswerInManyParts()
    {
        sched::GeneratorParams p;
        p.azs = 3;
        p.podsTotal = 12;
        p.tenants = 4000; // GET /bindings answers well over 1 MB: the snapshot stores it in parts
        m_server->cloud().setState(sched::generateCloud(p));
        QByteArray online;
        {
            RemoteBackend backend(settings());
            const auto state = await(backend.fetchState());
            QVERIFY2(state.ok(), qPrintable(state.error()));
            QVERIFY(state->bindings.size() > 6000);
            online = model::StateJsonCodec::serialize(state.value());
        }
        auto s = settings();
        s.getRetries = 0;
        m_server.reset(); // the cloud goes away
        RemoteBackend offline(s);
        const auto state = await(offline.fetchState());
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QVERIFY(offline.isReadOnly());
        QCOMPARE(model::StateJsonCodec::serialize(state.value()), online);
    }

    void applyChangesStopsAtFirstFailure()
    {
        RemoteBackend backend(settings());
        std::vector<model::BindingChange> changes{{"t7", {}, "pod1-id", {}, 0}, {"t2", "b2", "pod3-id", {}, 0},
                                                  {"t7", {}, "pod1-id", {}, 0}, {"t8", {}, "pod1-id", {}, 0}};
        const auto r = await(backend.applyChanges(changes));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("Stopped after 2 of 4")), qPrintable(r.error()));
        QCOMPARE(m_server->cloud().state().bindings.size(), 4u);
    }
};

QTEST_GUILESS_MAIN(TestRemoteBackend)
#include "tst_remotebackend.moc"
