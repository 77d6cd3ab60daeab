// Crash safety: a drain of a pod with 10,000 bound tenants, and an import,
// run in a child process (storecrashhelper) that is killed with SIGKILL at
// random moments. After each kill the store opens without error and every
// invariant holds: one active binding per tenant and key (old or new), history
// rows consistent, whole batches only. SQLite and PostgreSQL.

#include "sqlstore.h"
#include "statefixtures.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <random>

using model::SqlStore;

namespace {

constexpr int kTenants = 10'000;
constexpr int kBatch = 250;

sched::CloudState drainState()
{
    sched::CloudState s;
    s.pods = {fixtures::pod("p0", "RegionOne", ""), fixtures::pod("p1", "Pod1", "az1"), fixtures::pod("p2", "Pod2", "az1"),
              fixtures::pod("p3", "Pod3", "az1"), fixtures::pod("p4", "Pod4", "az1")};
    for (std::size_t i = 0; i < s.pods.size(); ++i)
        s.pods[i].createdAtUs += std::int64_t(i);
    s.bindings.reserve(kTenants + 1000);
    for (int t = 0; t < kTenants; ++t) {
        const std::string tenant = "tenant-" + std::to_string(t);
        s.bindings.push_back(fixtures::binding(("b-" + std::to_string(t)).c_str(), tenant.c_str(), "p1"));
        if (t % 10 == 0) // some history elsewhere, which the drain must leave alone
            s.bindings.push_back(fixtures::binding(("h-" + std::to_string(t)).c_str(), tenant.c_str(), "p3", false));
    }
    return s;
}

sched::CloudState bigImport()
{
    sched::CloudState s;
    s.pods = {fixtures::pod("q0", "RegionOne", "")};
    for (int p = 1; p <= 8; ++p)
        s.pods.push_back(fixtures::pod(("q" + std::to_string(p)).c_str(), ("Big" + std::to_string(p)).c_str(),
                                       ("az" + std::to_string(p % 2)).c_str()));
    for (int t = 0; t < 150'000; ++t)
        s.bindings.push_back(fixtures::binding(("n-" + std::to_string(t)).c_str(), ("ten-" + std::to_string(t)).c_str(),
                                               ("q" + std::to_string(1 + t % 8)).c_str()));
    return s;
}

qlonglong scalar(const SqlStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs the helper, kills it after `delayMs` (unless it finished), returns its output.
QByteArray runAndKill(const QStringList &args, int delayMs, bool *killed)
{
    QProcess p;
    p.setProgram(QStringLiteral(TRIO2O_CRASH_HELPER));
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted())
        qFatal("cannot start the crash helper");
    *killed = !p.waitForFinished(delayMs);
    if (*killed) {
        p.kill(); // SIGKILL
        p.waitForFinished();
    }
    return p.readAllStandardOutput() + p.readAllStandardError();
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;

    void checkDrainInvariants(const QString &location, qlonglong committedAtLeast, QString *summary)
    {
        auto reopened = SqlStore::open(location);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        const SqlStore &s = *reopened.value();
        if (!m_databases.postgres())
            QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), 0);
        QVERIFY(s.load().ok()); // no database error reading everything back
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE is_binding = 1")), qlonglong(kTenants));
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(DISTINCT tenant_id) FROM pod_bindings WHERE is_binding = 1")),
                 qlonglong(kTenants));
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE (is_binding = 1) = (ended_at IS NOT NULL)")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE pod_id = 'p3' AND is_binding = 0")),
                 qlonglong(kTenants / 10));
        const qlonglong moved = scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE is_binding = 1 AND pod_id <> 'p1'"));
        // Every ended p1 binding has its successor, started when it ended.
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE pod_id = 'p1' AND is_binding = 0")), moved);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings o JOIN pod_bindings n ON n.tenant_id = o.tenant_id"
                                          " AND n.is_binding = 1 AND n.created_at = o.ended_at AND n.pod_id <> 'p1'"
                                          " WHERE o.pod_id = 'p1' AND o.is_binding = 0")), moved);
        QVERIFY2(moved >= committedAtLeast, "a committed batch was lost");
        QVERIFY2(moved % kBatch == 0 || moved == kTenants, "a batch was half written");
        *summary = QStringLiteral("%1 of %2 moved").arg(moved).arg(kTenants);
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty()) // asked for an engine it cannot use: a failure
            QFAIL(qPrintable(m_databases.unavailable()));
    }

    void drainKilled()
    {
        const QString location = m_databases.fresh();
        const sched::CloudState start = drainState();
        std::mt19937 random(20240608);
        const int runs = m_databases.postgres() ? 5 : 10;
        const int maxDelay = m_databases.postgres() ? 4000 : 900;
        int survived = 0;
        for (int run = 0; run < runs; ++run) {
            {
                auto store = SqlStore::open(location);
                QVERIFY2(store.ok(), qPrintable(store.error()));
                const model::Status s = store.value()->replaceState(start);
                QVERIFY2(s.ok(), qPrintable(s.error()));
            }
            const int delay = 30 + int(random() % unsigned(maxDelay));
            bool killed = false;
            const QByteArray out = runAndKill({QStringLiteral("drain"), location, QStringLiteral("p1"),
                                               QString::number(kBatch)}, delay, &killed);
            QVERIFY2(killed || out.contains("committed 10000"), out.constData());
            qlonglong committed = 0;
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
            QString summary;
            checkDrainInvariants(location, committed, &summary);
            if (QTest::currentTestFailed())
                return;
            survived += killed;
            qInfo("%s run %d: %s after %d ms, %s", qPrintable(m_databases.engineName()), run + 1,
                  killed ? "SIGKILL" : "finished", delay, qPrintable(summary));
        }
        qInfo("%s: %d kill runs survived", qPrintable(m_databases.engineName()), survived);
        QVERIFY(survived >= runs / 2);
    }

    void importKilled()
    {
        const QString location = m_databases.fresh();
        const sched::CloudState before = drainState();
        const sched::CloudState after = bigImport();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(model::StateJsonCodec::serialize(after));
        f.close();
        std::mt19937 random(7);
        for (int run = 0; run < 4; ++run) {
            // Every other run imports into an empty database, which SQLite
            // writes through a rollback journal instead of its WAL.
            const bool fromEmpty = run % 2 == 1;
            {
                auto store = SqlStore::open(location);
                QVERIFY(store.ok());
                QVERIFY(store.value()->replaceState(fromEmpty ? sched::CloudState{} : before).ok());
            }
            const int delay = 100 + int(random() % 2500u);
            bool killed = false;
            const QByteArray out = runAndKill({QStringLiteral("import"), location, file}, delay, &killed);
            auto reopened = SqlStore::open(location);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            const auto state = reopened.value()->load();
            QVERIFY2(state.ok(), qPrintable(state.error()));
            // All of the old state, or all of the new one.
            const bool isOld = fromEmpty ? state->pods.empty() && state->bindings.empty()
                                         : state->bindings.size() == before.bindings.size()
                                               && state->pods.size() == before.pods.size() && state->findPod("p1");
            const bool isNew = state->bindings.size() == after.bindings.size() && state->pods.size() == after.pods.size()
                && state->findPod("q1");
            QVERIFY2(isOld || isNew, qPrintable(QStringLiteral("%1 pods, %2 bindings").arg(state->pods.size()).arg(state->bindings.size())));
            QVERIFY(killed || isNew);
            if (!m_databases.postgres()) {
                QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), 0);
                QSqlQuery mode(reopened.value()->database());
                QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
                QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
            }
            // The binding indexes and triggers set aside for the import are all back.
            QVERIFY(!reopened.value()->applyBindingChanges({{"ten-x", {}, isNew ? "q0" : "p0", {}, 0}}).ok());
            qInfo("%s import run %d (into %s database): %s after %d ms, %s state", qPrintable(m_databases.engineName()),
                  run + 1, fromEmpty ? "an empty" : "a full", killed ? "SIGKILL" : "finished", delay, isNew ? "new" : "old");
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
