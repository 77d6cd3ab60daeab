// SPDX-License-Identifier: Apache-2.0
// Crash safety of the whole-or-nothing writes: a drain (with its pod put into
// maintenance), a plan apply and an import, each one transaction. A child
// process (storecrashhelper) runs the product's own operation and stops at a
// point it signals itself: after the K-th batch of rows inside the
// transaction, just before COMMIT, during COMMIT (it signals and commits at
// once), after COMMIT. The test kills it there with SIGKILL, then checks the
// database holds exactly the state before or exactly the state after, as that
// point demands, and runs the operation again to completion. SQLite and
// PostgreSQL (pgserver fixture).

#include "drainoperation.h"
#include "plan.h"
#include "planapplyoperation.h"
#include "planjson.h"
#include "sqlstore.h"
#include "statefixtures.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using model::SqlStore;

namespace {

// PostgreSQL answers statement by statement over a socket: smaller writes
// there keep the suite within its time on a loaded machine.
bool onPostgres() { return qEnvironmentVariable("TRIO2O_TEST_ENGINE") == QLatin1String("postgresql"); }
// 20 reports of SqlStore::kRowsPerReport rows on SQLite, 6 on PostgreSQL.
int tenants() { return onPostgres() ? 3'000 : 10'000; }
// Rebinds of the plan, beside its invented tenants: 6 reports on SQLite, 2 on PostgreSQL.
int planTenants() { return onPostgres() ? 1'000 : 3'000; }
constexpr int kInventedTenants = 200;
constexpr int kImportBindings = 30'000;

sched::CloudState drainState()
{
    sched::CloudState s;
    s.pods = {fixtures::pod("p0", "RegionOne", ""), fixtures::pod("p1", "Pod1", "az1"), fixtures::pod("p2", "Pod2", "az1"),
              fixtures::pod("p3", "Pod3", "az1"), fixtures::pod("p4", "Pod4", "az1")};
    for (std::size_t i = 0; i < s.pods.size(); ++i)
        s.pods[i].createdAtUs += std::int64_t(i);
    s.bindings.reserve(std::size_t(tenants() + 1000));
    for (int t = 0; t < tenants(); ++t) {
        const std::string tenant = "tenant-" + std::to_string(t);
        s.bindings.push_back(fixtures::binding(("b-" + std::to_string(t)).c_str(), tenant.c_str(), "p1"));
        if (t % 10 == 0) // some history elsewhere, which must stay as it is
            s.bindings.push_back(fixtures::binding(("h-" + std::to_string(t)).c_str(), tenant.c_str(), "p3", false));
    }
    return s;
}

sched::CloudState importState()
{
    sched::CloudState s;
    s.pods = {fixtures::pod("q0", "RegionOne", "")};
    for (int p = 1; p <= 8; ++p)
        s.pods.push_back(fixtures::pod(("q" + std::to_string(p)).c_str(), ("Big" + std::to_string(p)).c_str(),
                                       ("az" + std::to_string(p % 2)).c_str()));
    for (int t = 0; t < kImportBindings; ++t)
        s.bindings.push_back(fixtures::binding(("n-" + std::to_string(t)).c_str(), ("ten-" + std::to_string(t)).c_str(),
                                               ("q" + std::to_string(1 + t % 8)).c_str()));
    return s;
}

// Rebinds p1 -> p2 for the first planTenants() tenants, and binds invented tenants to p4.
whatif::Plan plan()
{
    whatif::Plan plan;
    plan.policyName = "weighted";
    for (int t = 0; t < planTenants(); ++t) {
        whatif::PlanOp op;
        op.kind = whatif::PlanOp::Kind::Rebind;
        op.tenantId = "tenant-" + std::to_string(t);
        op.azName = "az1";
        op.fromPodId = "p1";
        op.fromPodName = "Pod1";
        op.endBindingId = "b-" + std::to_string(t);
        op.toPodId = "p2";
        op.toPodName = "Pod2";
        op.newBindingId = "plan-" + std::to_string(t);
        plan.ops.push_back(op);
    }
    for (int t = 0; t < kInventedTenants; ++t) {
        whatif::PlanOp op;
        op.kind = whatif::PlanOp::Kind::Bind;
        op.reason = whatif::ChangeReason::NewBinding;
        op.tenantId = "invented-" + std::to_string(t);
        op.azName = "az1";
        op.toPodId = "p4";
        op.toPodName = "Pod4";
        op.newBindingId = "plan-new-" + std::to_string(t);
        plan.ops.push_back(op);
    }
    return plan;
}

// The state as comparable rows: each pod with its state, each binding as
// tenant, pod and whether it is active (new bindings get fresh ids and times).
QStringList content(const sched::CloudState &s)
{
    QStringList rows;
    rows.reserve(qsizetype(s.pods.size() + s.bindings.size()));
    for (const sched::Pod &p : s.pods)
        rows << QStringLiteral("pod %1 %2").arg(QString::fromStdString(p.id), QString::fromLatin1(sched::podStateKey(p.state).data()));
    for (const sched::Binding &b : s.bindings)
        rows << QStringLiteral("binding %1 %2 %3").arg(QString::fromStdString(b.tenantId), QString::fromStdString(b.podId))
                    .arg(b.active ? 1 : 0);
    rows.sort();
    return rows;
}

// `before` with the changes of a preview applied, as content().
QStringList contentAfter(sched::CloudState before, const model::ChangeList &list, const sched::Pod *podAfter)
{
    for (const model::TenantChange &c : list.changes) {
        if (c.status != model::TenantChange::Status::Planned)
            continue;
        for (sched::Binding &b : before.bindings)
            if (b.id == c.change.endBindingId)
                b.active = false;
        if (!c.change.newPodId.empty())
            before.bindings.push_back(fixtures::binding("new", c.tenantId.c_str(), c.change.newPodId.c_str()));
    }
    if (podAfter)
        for (sched::Pod &p : before.pods)
            if (p.id == podAfter->id)
                p = *podAfter;
    return content(before);
}

struct Run {
    bool interrupted = false; // killed while it was still running
    QByteArray output;
};

// Runs the helper until it signals `stop` (or ends), then kills it.
Run runUntil(const QStringList &args, const QString &stop)
{
    QProcess p;
    p.setProgram(QStringLiteral(TRIO2O_CRASH_HELPER));
    p.setArguments(args + QStringList{stop});
    p.start(); // stdin stays open: the helper waits on it at its stop point
    if (!p.waitForStarted())
        qFatal("cannot start the crash helper");
    const QByteArray marker = "at " + stop.toLatin1() + '\n';
    Run run;
    while (!run.output.contains(marker) && p.state() == QProcess::Running) {
        p.waitForReadyRead(-1); // returns when the helper writes or ends; ctest's timeout guards a hang
        run.output += p.readAllStandardOutput();
    }
    if (p.state() == QProcess::Running) {
        p.kill(); // SIGKILL
        p.waitForFinished(-1);
        run.interrupted = p.exitStatus() == QProcess::CrashExit;
    }
    run.output += p.readAllStandardOutput() + p.readAllStandardError();
    return run;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;
    QTemporaryDir m_dir;
    int m_interruptions = 0;
    int m_points = 0;

    sched::CloudState freshDatabase(const QString &location, const sched::CloudState &start)
    {
        auto store = SqlStore::open(location);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        const model::Status s = store.value()->replaceState(start);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return store.value()->load().value();
    }

    // Opens the database after the kill: it must open, read back whole, and
    // (SQLite) pass its integrity check.
    QStringList reopened(const QString &location)
    {
        auto store = SqlStore::open(location);
        if (!store)
            return {QStringLiteral("cannot open: ") + store.error()};
        QStringList problems;
        if (!m_databases.postgres()) {
            QSqlQuery q(store.value()->database());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")) || !q.next()
                || q.value(0).toInt() != 0)
                problems << QStringLiteral("integrity check failed");
            QSqlQuery mode(store.value()->database());
            if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next() || mode.value(0).toString() != QLatin1String("wal"))
                problems << QStringLiteral("not in WAL mode after the kill");
        }
        const auto state = store.value()->load();
        if (!state)
            return problems << state.error();
        return content(state.value()) + problems;
    }

    // Kills at `stop`, checks the content that point demands, runs again to the end.
    void killAndResume(const QStringList &args, const QString &stop, const QString &location, const QStringList &before,
                       const QStringList &after)
    {
        const Run run = runUntil(args, stop);
        const bool mustInterrupt = stop != QLatin1String("commit-race") && stop != QLatin1String("none");
        if (mustInterrupt)
            QVERIFY2(run.interrupted, run.output.constData());
        ++m_points;
        m_interruptions += run.interrupted;
        const QStringList now = reopened(location);
        if (stop.startsWith(QLatin1String("rows:")) || stop == QLatin1String("before-commit"))
            QVERIFY2(now == before, "a kill before COMMIT left something of the write behind");
        else if (stop == QLatin1String("committed") || stop == QLatin1String("none"))
            QVERIFY2(now == after, "a committed write is not all there");
        else
            QVERIFY2(now == before || now == after, "a kill during COMMIT left a part of the write");
        qInfo("%s, %s: %s, database holds the state %s", qPrintable(m_databases.engineName()), qPrintable(stop),
              run.interrupted ? "killed while running" : "had finished", now == after ? "after" : "before");
        // Running it again finishes it (or, once committed, finds nothing left to do).
        const Run again = runUntil(args, QStringLiteral("none"));
        QVERIFY2(again.output.contains("done\n"), again.output.constData());
        QVERIFY2(reopened(location) == after, "the second run did not finish the write");
    }

    // `changes`: how many binding changes the write makes (a report every kRowsPerReport).
    static void addStops(int changes)
    {
        const int reports = changes / SqlStore::kRowsPerReport;
        QTest::addColumn<QString>("stop");
        QTest::newRow("after-first-batch") << QStringLiteral("rows:1");
        QTest::addRow("after-batch-%d-of-%d", reports / 2 + 1, reports) << QStringLiteral("rows:%1").arg(reports / 2 + 1);
        QTest::newRow("before-first-commit") << QStringLiteral("before-commit");
        QTest::newRow("during-commit") << QStringLiteral("commit-race");
        QTest::newRow("after-commit") << QStringLiteral("committed");
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty()) // asked for an engine it cannot use: a failure
            QFAIL(qPrintable(m_databases.unavailable()));
    }

    void drainKilled_data() { addStops(tenants()); }
    void drainKilled()
    {
        QFETCH(QString, stop);
        const QString location = m_databases.fresh();
        const sched::CloudState start = freshDatabase(location, drainState());
        const auto preview = model::DrainOperation::preview(start, {}, {"p1", {}, true});
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->list.count(model::TenantChange::Status::Planned), tenants());
        killAndResume({QStringLiteral("drain"), location, QStringLiteral("p1")}, stop, location, content(start),
                      contentAfter(start, preview->list, &preview->podAfter));
    }

    void planApplyKilled_data() { addStops(planTenants() + kInventedTenants); }
    void planApplyKilled()
    {
        QFETCH(QString, stop);
        const QString location = m_databases.fresh();
        const sched::CloudState start = freshDatabase(location, drainState());
        const QString file = m_dir.filePath(QStringLiteral("plan.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(model::PlanJson::serialize(plan())) > 0);
        f.close();
        const auto preview = model::PlanApplyOperation::preview(start, plan());
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->inventedTenants, kInventedTenants);
        killAndResume({QStringLiteral("apply"), location, file}, stop, location, content(start),
                      contentAfter(start, preview->list, nullptr));
    }

    void importKilled_data()
    {
        QTest::addColumn<QString>("stop");
        QTest::addColumn<bool>("fromEmpty");
        // Into an empty database SQLite writes through a rollback journal instead of its WAL.
        for (bool fromEmpty : {false, true}) {
            const char *into = fromEmpty ? "empty" : "full";
            for (const char *stop : {"rows:1", "rows:2", "before-commit", "commit-race", "committed"})
                QTest::addRow("%s-into-%s", stop, into) << QString::fromLatin1(stop) << fromEmpty;
        }
    }
    void importKilled()
    {
        QFETCH(QString, stop);
        QFETCH(bool, fromEmpty);
        const QString location = m_databases.fresh();
        const sched::CloudState start = freshDatabase(location, fromEmpty ? sched::CloudState{} : drainState());
        const sched::CloudState after = importState();
        const QString file = m_dir.filePath(QStringLiteral("state.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(model::StateJsonCodec::serialize(after)) > 0);
        f.close();
        killAndResume({QStringLiteral("import"), location, file}, stop, location, content(start), content(after));
        // The binding indexes set aside for the import are all back: a second
        // active binding of a tenant in the same AZ and group is refused.
        auto store = SqlStore::open(location);
        QVERIFY(store.ok());
        QVERIFY(!store.value()->applyBindingChanges({{"ten-1", {}, "q4", {}, 0}}).ok());
    }

    void cleanupTestCase()
    {
        qInfo("%s: %d of %d kills interrupted a running write", qPrintable(m_databases.engineName()), m_interruptions,
              m_points);
        // Every point but the commit race must have been a real interruption.
        QVERIFY(m_interruptions >= m_points - 4);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
