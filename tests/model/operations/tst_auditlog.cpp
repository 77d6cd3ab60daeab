// SPDX-License-Identifier: Apache-2.0
// The audit log (model/store: AuditLogWriter, AuditLogReader): every change of
// either backend leaves exactly one row per thing changed, with exact fields,
// in the change's own transaction on the store (a refused change leaves none);
// on a live cloud after the server accepted it. On SQLite and PostgreSQL.

#include "auditlogreader.h"
#include "changereversal.h"
#include "drainoperation.h"
#include "futurewait.h"
#include "localbackend.h"
#include "operationfixture.h"
#include "planapplyoperation.h"
#include "podsettingsoperation.h"
#include "rebindoperation.h"
#include "schemamigrator.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QTest>

using model::AuditFilter;
using model::AuditRecord;

namespace {

// Top region; az1: Pod1, Pod2; az2: Pod3. t1 -> Pod1.
sched::CloudState cloud()
{
    sched::CloudState s;
    s.pods = {fixtures::pod("p0", "RegionOne", ""), fixtures::pod("p1", "Pod1", "az1"), fixtures::pod("p2", "Pod2", "az1"),
              fixtures::pod("p3", "Pod3", "az2")};
    for (std::size_t i = 0; i < s.pods.size(); ++i)
        s.pods[i].createdAtUs += std::int64_t(i);
    s.bindings = {fixtures::binding("b1", "t1", "p1")};
    return s;
}

// kind, pod id, pod name, tenant, before, after, operation, reason
using Row = QStringList;

Row row(const AuditRecord &r)
{
    return {r.kind, r.podId, r.podName, r.tenantId, r.before, r.after, r.operation, r.reason};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    optest::Backends m_backends;
    StoreTestDatabases m_databases;

    static std::vector<AuditRecord> read(model::Backend &backend, AuditFilter filter = {})
    {
        auto rows = model::waitForResult(backend.fetchAuditLog(filter));
        if (!rows)
            qFatal("cannot read the audit log: %s", qPrintable(rows.error()));
        return std::move(rows).value();
    }

private slots:
    void initTestCase()
    {
        if (!m_backends.unavailable().isEmpty())
            QFAIL(qPrintable(m_backends.unavailable()));
        qputenv("USER", "operator-b");
    }

    void everyLocalChangeIsRecorded()
    {
        auto backend = m_backends.local(cloud());
        sched::Pod extra = fixtures::pod("px", "PodX", "az2");
        QVERIFY(model::waitForResult(backend->createPod(extra)).ok());
        sched::Pod pod3 = cloud().pods[3];
        pod3.state = sched::PodState::Maintenance;
        pod3.threshold = 0.8;
        QVERIFY(model::waitForResult(backend->updatePod(pod3)).ok());
        const auto made = model::waitForResult(backend->createBinding("t2", "p1"));
        QVERIFY(made.ok());
        const auto moved = model::waitForResult(backend->rebind("t2", made->id, "p2"));
        QVERIFY(moved.ok());
        QVERIFY(model::waitForResult(backend->deleteBinding(moved->created.id)).ok());
        // A drain into Pod2 that also puts Pod1 into maintenance: one transaction.
        auto drain = model::DrainOperation::preview(optest::state(*backend), {}, {"p1", "p2", true});
        QVERIFY2(drain.ok(), qPrintable(drain.ok() ? QString() : drain.error()));
        QVERIFY(model::DrainOperation::apply(*backend, drain.value()).ok());
        QVERIFY(model::waitForResult(backend->deletePod("px")).ok());

        const std::vector<AuditRecord> rows = read(*backend);
        const QString describeX = QStringLiteral("name=PodX az=az2 pod_az= dc= tags= state=enabled threshold=0.9 cost=1 "
                                                 "vcpus=100 ram_mb=4096 disk_gb=1000 vcpus_used=unknown "
                                                 "ram_mb_used=unknown disk_gb_used=unknown");
        const QList<Row> expected{
            {"pod-deleted", "px", "PodX", "", describeX, "", "manual", "manual"},
            {"binding-moved", "p2", "Pod2", "t1", "Pod1", "Pod2", "drain", "moved to the pod named for the drain"},
            {"pod-edited", "p1", "Pod1", "", "state=enabled", "state=maintenance", "drain", "manual"},
            {"binding-ended", "p2", "Pod2", "t2", "Pod2", "", "manual", "manual"},
            {"binding-moved", "p2", "Pod2", "t2", "Pod1", "Pod2", "manual", "manual"},
            {"binding-created", "p1", "Pod1", "t2", "", "Pod1", "manual", "manual"},
            {"pod-edited", "p3", "Pod3", "", "state=enabled threshold=0.9", "state=maintenance threshold=0.8", "manual",
             "manual"},
            {"pod-created", "px", "PodX", "", "", describeX, "manual", "manual"},
            {"import", "", "", "", "", "pods=4 bindings=1", "import", "manual"},
        };
        QCOMPARE(int(rows.size()), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(row(rows[std::size_t(i)]), expected[i]);
            QCOMPARE(rows[std::size_t(i)].operatorName, QStringLiteral("operator-b"));
            QCOMPARE(rows[std::size_t(i)].cloud, QStringLiteral("local"));
            if (i > 0) { // newest first
                QVERIFY(rows[std::size_t(i)].id < rows[std::size_t(i - 1)].id);
                QVERIFY(rows[std::size_t(i)].atUs <= rows[std::size_t(i - 1)].atUs);
            }
        }

        AuditFilter byTenant;
        byTenant.tenantId = QStringLiteral(" t2");
        QCOMPARE(read(*backend, byTenant).size(), std::size_t(3));
        AuditFilter byPodName;
        byPodName.pod = QStringLiteral("Pod1");
        QCOMPARE(read(*backend, byPodName).size(), std::size_t(2)); // the drain's edit, t2's binding
        AuditFilter byOperation;
        byOperation.kind = QStringLiteral("drain");
        QCOMPARE(read(*backend, byOperation).size(), std::size_t(2));
        AuditFilter limited;
        limited.limit = 2;
        const auto two = read(*backend, limited);
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two.front().id, rows.front().id);
        AuditFilter since;
        since.sinceUs = rows[1].atUs;
        QVERIFY(read(*backend, since).size() >= 2);
        since.sinceUs = rows.front().atUs + 1;
        QCOMPARE(read(*backend, since).size(), std::size_t(0));
    }

    // The operations the test above does not make: a plan applied, its undo, a rebind by hand.
    void planUndoAndRebindAreRecorded()
    {
        auto backend = m_backends.local(cloud());
        whatif::PlanOp op;
        op.kind = whatif::PlanOp::Kind::Rebind;
        op.tenantId = "t1";
        op.endBindingId = "b1";
        op.fromPodId = "p1";
        op.toPodId = "p2";
        op.newBindingId = "n1";
        whatif::Plan plan;
        plan.policyName = "weighted";
        plan.ops.push_back(op);
        auto preview = model::PlanApplyOperation::preview(optest::state(*backend), plan);
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error()));
        QVERIFY(model::PlanApplyOperation::apply(*backend, preview.value()).ok());
        auto undo = model::ChangeReversal::of(preview->list, optest::state(*backend));
        QVERIFY2(undo.ok(), qPrintable(undo.ok() ? QString() : undo.error()));
        QVERIFY(model::ChangeWriter::write(*backend, undo.value()).ok());
        auto byHand = model::RebindOperation::preview(optest::state(*backend), "t1", {}, "p2");
        QVERIFY2(byHand.ok(), qPrintable(byHand.ok() ? QString() : byHand.error()));
        QVERIFY(model::RebindOperation::apply(*backend, byHand.value()).ok());

        const std::vector<AuditRecord> rows = read(*backend);
        QCOMPARE(rows.size(), std::size_t(4)); // the import, then one row per move
        const QList<QStringList> expected{
            {"binding-moved", "p2", "Pod2", "t1", "Pod1", "Pod2", "rebind"},
            {"binding-moved", "p1", "Pod1", "t1", "Pod2", "Pod1", "undo"},
            {"binding-moved", "p2", "Pod2", "t1", "Pod1", "Pod2", "plan-applied"},
        };
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(row(rows[std::size_t(i)]).mid(0, 7), expected[i]);
            QVERIFY2(!rows[std::size_t(i)].reason.isEmpty(), qPrintable(expected[i].join(u' ')));
        }
        QCOMPARE(rows[0].reason, QStringLiteral("moved by hand"));
        QCOMPARE(rows[3].kind, QStringLiteral("import"));
    }

    void refusedChangeLeavesNoRow()
    {
        auto backend = m_backends.local(cloud());
        const std::size_t before = read(*backend).size();
        // t1 is bound in az1 already: a second binding there is refused.
        QVERIFY(!model::waitForResult(backend->createBinding("t1", "p2")).ok());
        QVERIFY(!model::waitForResult(backend->deletePod("p1")).ok()); // tenants still bound
        sched::Pod bad = cloud().pods[1];
        bad.threshold = 7; // the database's check refuses it
        QVERIFY(!model::waitForResult(backend->updatePod(bad)).ok());
        QCOMPARE(read(*backend).size(), before);
    }

    void migrationFromSchema3KeepsDataAndAddsTheLog()
    {
        const QString location = m_databases.fresh();
        {
            auto v3 = model::SqlStore::openAtVersion(location, 3);
            QVERIFY2(v3.ok(), qPrintable(v3.ok() ? QString() : v3.error()));
            QSqlQuery q(v3.value()->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pods (pod_id, pod_name, az_name, state) VALUES"
                                          " ('p0', 'RegionOne', '', 'enabled'), ('p1', 'Pod1', 'az1', 'maintenance')")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO pod_bindings (id, tenant_id, pod_id, az_name, is_binding, created_at)"
                                           " VALUES ('b1', 't1', 'p1', 'az1', 1, 10)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(!v3.value()->database().tables().contains(QStringLiteral("audit_log")));
        }
        auto store = model::SqlStore::open(location);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        QCOMPARE(model::SchemaMigrator::currentVersion(store.value()->database()).value(), qint64(4));
        const sched::CloudState s = store.value()->load().value();
        QCOMPARE(s.pods.size(), std::size_t(2));
        QCOMPARE(s.findPod("p1")->state, sched::PodState::Maintenance);
        QCOMPARE(s.bindings.size(), std::size_t(1));
        for (const char *table : {"audit_log", "pod_overlay", "cloud_usage_history", "cloud_snapshot", "cloud_snapshot_bytes"}) {
            QSqlQuery q(store.value()->database());
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next(), table);
            QCOMPARE(q.value(0).toInt(), 0);
        }
        sched::Pod p1 = *s.findPod("p1");
        p1.state = sched::PodState::Enabled;
        QVERIFY(store.value()->updatePod(p1).ok());
        const auto rows = model::AuditLogReader::read(store.value()->database(), {});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(1));
        QCOMPARE(row(rows->front()), (Row{"pod-edited", "p1", "Pod1", "", "state=maintenance", "state=enabled", "manual",
                                          "manual"}));
    }

    void liveCloudChangesAreRecordedInTheStore()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        testserver::TestServer server;
        server.cloud().setState(remotetest::smallCloud());
        QVERIFY(server.start());
        model::remote::ConnectionSettings settings = remotetest::passwordSettings(server, dir.path());
        settings.storeLocation = m_databases.fresh();
        model::remote::RemoteBackend backend(settings);
        QVERIFY(model::waitForResult(backend.fetchState()).ok());
        const auto made = model::waitForResult(backend.createBinding("t9", "pod1-id"));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error()));
        const auto moved = model::waitForResult(backend.rebind("t2", "b2", "pod3-id"));
        QVERIFY(moved.ok());
        QVERIFY(model::waitForResult(backend.deleteBinding(made->id)).ok());
        auto found = model::waitForResult(backend.getPod("pod3-id"));
        QVERIFY(found.ok());
        sched::Pod pod3 = found.value();
        pod3.state = sched::PodState::Disabled;
        QVERIFY(model::waitForResult(backend.updatePod(pod3)).ok());

        const std::vector<AuditRecord> rows = read(backend);
        const QList<Row> expected{
            {"pod-edited", "pod3-id", "Pod3", "", "state=enabled", "state=disabled", "manual", "manual"},
            {"binding-ended", "pod1-id", "Pod1", "t9", "Pod1", "", "manual", "manual"},
            {"binding-moved", "pod3-id", "Pod3", "t2", "Pod2", "Pod3", "manual", "manual"},
            {"binding-created", "pod1-id", "Pod1", "t9", "", "Pod1", "manual", "manual"},
        };
        QCOMPARE(int(rows.size()), expected.size());
        const QString key = QStringLiteral("keystone=%1 trio2o=%2")
                                .arg(server.authUrl().toString(QUrl::StripTrailingSlash), server.apiUrl().toString(QUrl::StripTrailingSlash));
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(row(rows[std::size_t(i)]), expected[i]);
            QCOMPARE(rows[std::size_t(i)].operatorName, QStringLiteral("admin"));
            QCOMPARE(rows[std::size_t(i)].cloud, key);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
