// SPDX-License-Identifier: Apache-2.0
// Several operators on one database at once: threads with their own
// connections bind, rebind, unbind and drain the same tenants. Afterwards
// every invariant holds and every operation either happened whole or reported
// a conflict. Runs on SQLite and (TRIO2O_TEST_ENGINE=postgresql) PostgreSQL.

#include "sqlstore.h"
#include "statefixtures.h"
#include "storetestdatabases.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <mutex>
#include <random>
#include <thread>

using model::SqlStore;

namespace {

constexpr int kTenants = 40;
constexpr int kThreads = 4;
constexpr int kOpsPerThread = 750;

const std::vector<std::string> kGeneral = {"p1", "p2", "p3"};
const std::vector<std::string> kGpu = {"g1", "g2"};

struct Outcome {
    std::vector<model::BindingChange> changes;
    bool ok = false;
    bool conflict = false;
    QString error;
};

sched::CloudState startState()
{
    sched::CloudState s;
    const sched::TagSet gpu = {{"resource", "gpu"}};
    s.pods = {fixtures::pod("p0", "RegionOne", ""), fixtures::pod("p1", "Pod1", "az1"), fixtures::pod("p2", "Pod2", "az1"),
              fixtures::pod("p3", "Pod3", "az1"), fixtures::pod("g1", "Gpu1", "az1", gpu), fixtures::pod("g2", "Gpu2", "az1", gpu)};
    for (int t = 0; t < kTenants; ++t) {
        const std::string id = "b-start-" + std::to_string(t);
        const std::string tenant = "tenant-" + std::to_string(t);
        s.bindings.push_back(fixtures::binding(id.c_str(), tenant.c_str(), kGeneral[std::size_t(t) % 3].c_str()));
    }
    return s;
}

// The active binding of a tenant in az1 and a group, as this operator sees it now.
std::pair<std::string, std::string> currentBinding(const SqlStore &store, const std::string &tenant, bool gpu)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, pod_id FROM pod_bindings WHERE tenant_id = ? AND az_name = 'az1'"
                             " AND group_key = ? AND is_binding = 1"));
    q.addBindValue(QString::fromStdString(tenant));
    q.addBindValue(gpu ? QStringLiteral("resource:gpu") : QString(QLatin1String("")));
    if (q.exec() && q.next())
        return {q.value(0).toString().toStdString(), q.value(1).toString().toStdString()};
    return {};
}

// One operator: decides on what it reads, then writes; loses races now and then.
void operatorThread(const QString &location, int index, std::vector<Outcome> *outcomes, QString *fatal)
{
    auto opened = SqlStore::open(location);
    if (!opened) {
        *fatal = opened.error();
        return;
    }
    SqlStore &store = *opened.value();
    std::mt19937_64 random(std::uint64_t(1000 + index));
    for (int i = 0; i < kOpsPerThread; ++i) {
        auto newId = [&, n = 0]() mutable { return "w" + std::to_string(index) + "-" + std::to_string(i) + "-" + std::to_string(n++); };
        Outcome out;
        const bool drain = random() % 10 == 0;
        const int count = drain ? 4 : 1;
        for (int k = 0; k < count; ++k) {
            const std::string tenant = "tenant-" + std::to_string(random() % kTenants);
            const bool gpu = !drain && random() % 3 == 0;
            const auto &pods = gpu ? kGpu : kGeneral;
            const auto [bindingId, podId] = currentBinding(store, tenant, gpu);
            std::string target = pods[random() % pods.size()];
            if (bindingId.empty()) {
                out.changes.push_back({tenant, {}, target, newId(), 0});
            } else if (!drain && random() % 5 == 0) {
                out.changes.push_back({tenant, bindingId, {}, {}, 0}); // unbind
            } else {
                while (target == podId)
                    target = pods[random() % pods.size()];
                out.changes.push_back({tenant, bindingId, target, newId(), 0});
            }
        }
        const auto r = store.applyBindingChanges(out.changes);
        out.ok = r.ok();
        out.conflict = !r.ok() && SqlStore::isConflict(r.error());
        out.error = r.ok() ? QString() : r.error();
        outcomes->push_back(std::move(out));
    }
}

qlonglong scalar(const SqlStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

class TestConcurrentBinding : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty()) // asked for an engine it cannot use: a failure
            QFAIL(qPrintable(m_databases.unavailable()));
    }

    void operatorsRace()
    {
        const QString location = m_databases.fresh();
        auto store = SqlStore::open(location);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const sched::CloudState start = startState();
        QVERIFY(store.value()->replaceState(start).ok());

        std::vector<std::vector<Outcome>> outcomes(kThreads);
        std::vector<QString> fatal(kThreads);
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back(operatorThread, location, t, &outcomes[std::size_t(t)], &fatal[std::size_t(t)]);
        for (auto &t : threads)
            t.join();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        for (const QString &f : fatal)
            QVERIFY2(f.isEmpty(), qPrintable(f));

        int applied = 0, conflicts = 0;
        qlonglong createdRows = 0, activeDelta = 0;
        const SqlStore &s = *store.value();
        for (const auto &list : outcomes) {
            for (const Outcome &o : list) {
                QVERIFY2(o.ok || o.conflict, qPrintable(QStringLiteral("neither applied nor a conflict: ") + o.error));
                if (o.conflict)
                    QVERIFY2(o.error.contains(QLatin1String("by someone else")), qPrintable(o.error));
                applied += o.ok;
                conflicts += o.conflict;
                for (const model::BindingChange &c : o.changes) {
                    // Whole or nothing: every part of a batch is there, or none.
                    if (!c.newBindingId.empty()) {
                        const auto b = s.binding(c.newBindingId);
                        QCOMPARE(b.ok(), o.ok);
                    }
                    if (o.ok && !c.endBindingId.empty()) {
                        const auto ended = s.binding(c.endBindingId);
                        QVERIFY(ended.ok() && !ended->active && ended->endedAtUs);
                    }
                    if (o.ok) {
                        createdRows += !c.newPodId.empty();
                        activeDelta += (c.newPodId.empty() ? 0 : 1) - (c.endBindingId.empty() ? 0 : 1);
                    }
                }
            }
        }
        qInfo("%s: %d operations by %d operators in %.2f s = %.0f operations/s (%d applied, %d conflicts)",
              qPrintable(m_databases.engineName()), applied + conflicts, kThreads, seconds,
              double(applied + conflicts) / seconds, applied, conflicts);
        QCOMPARE(applied + conflicts, kThreads * kOpsPerThread);
        QVERIFY(applied > kThreads * kOpsPerThread / 4);

        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings")), qlonglong(start.bindings.size()) + createdRows);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE is_binding = 1")),
                 qlonglong(start.bindings.size()) + activeDelta);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM (SELECT tenant_id FROM pod_bindings WHERE is_binding = 1"
                                          " GROUP BY tenant_id, az_name, group_key HAVING count(*) > 1) x")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings b JOIN pods p ON p.pod_id = b.pod_id"
                                          " WHERE p.az_name <> b.az_name OR p.resource_affinity_tags <> b.group_key"
                                          " OR p.az_name = ''")), 0);
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM pod_bindings WHERE (is_binding = 1) = (ended_at IS NOT NULL)")), 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentBinding)
#include "tst_concurrentbinding.moc"
