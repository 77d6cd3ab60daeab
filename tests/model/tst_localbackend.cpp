// SPDX-License-Identifier: Apache-2.0
// LocalBackend: every call of the Backend interface against a real SQLite
// file, run on the backend's worker thread.

#include "localbackend.h"
#include "statefixtures.h"
#include "sqlstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using model::LocalBackend;

namespace {
template <typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}
} // namespace

class TestLocalBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        {
            auto store = model::SqlStore::open(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->replaceState(fixtures::smallCloud()).ok());
        }
        m_backend = std::make_unique<LocalBackend>(path);
    }
    void cleanup() { m_backend.reset(); }

    void readsState()
    {
        const auto state = wait(m_backend->fetchState());
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QCOMPARE(state->pods.size(), std::size_t(4));
        QCOMPARE(wait(m_backend->listPods())->size(), std::size_t(4));
        QCOMPARE(wait(m_backend->listBindings())->size(), std::size_t(4));
        QCOMPARE(wait(m_backend->getPod("p2"))->name, std::string("Pod2"));
        QCOMPARE(wait(m_backend->getBinding("b3"))->tenantId, std::string("t2"));
        const auto missing = wait(m_backend->getPod("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("nope")));
    }

    // The narrow query gives what filtering every binding gives, ended ones left out.
    void listsOneTenantsActiveBindings()
    {
        QVERIFY(wait(m_backend->rebind("t1", "b1", "p1")).ok()); // b1 ends, a new one starts
        const auto state = wait(m_backend->fetchState());
        QVERIFY(state.ok());
        for (const std::string tenant : {"t1", "t2", "nobody"}) {
            std::vector<std::string> expected;
            for (const sched::Binding &b : state->bindings)
                if (b.active && b.tenantId == tenant)
                    expected.push_back(b.id);
            const auto got = wait(m_backend->listActiveBindingsOfTenant(tenant));
            QVERIFY2(got.ok(), qPrintable(got.error()));
            std::vector<std::string> ids;
            for (const sched::Binding &b : got.value()) {
                QVERIFY(b.active);
                QCOMPARE(b.tenantId, tenant);
                ids.push_back(b.id);
            }
            std::sort(ids.begin(), ids.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(ids, expected);
        }
        QVERIFY(!wait(m_backend->listActiveBindingsOfTenant("t1"))->empty());
    }

    void bindsRebindsAndUnbinds()
    {
        QSignalSpy changed(m_backend.get(), &model::Backend::stateChanged);
        const auto second = wait(m_backend->createBinding("t2", "p1"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const auto twice = wait(m_backend->createBinding("t2", "p1")); // same AZ and group again
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QLatin1String("tenant t2 is already bound in that AZ and group to pod Pod1")), qPrintable(twice.error()));

        const auto moved = wait(m_backend->rebind("t1", "b1", "p1"));
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QVERIFY(moved->oldEnded);
        QCOMPARE(wait(m_backend->getBinding("b1"))->active, false);
        QCOMPARE(wait(m_backend->getBinding(moved->created.id))->active, true);

        QVERIFY(wait(m_backend->deleteBinding(second->id)).ok());
        QVERIFY(!wait(m_backend->deleteBinding(second->id)).ok()); // already ended
        QTRY_COMPARE(changed.count(), 3);
    }

    void podLifecycle()
    {
        sched::Pod pod = fixtures::pod("p9", "Pod9", "az9");
        QVERIFY(wait(m_backend->createPod(pod)).ok());
        sched::Pod top = fixtures::pod("p8", "RegionTwo", "");
        const auto secondTop = wait(m_backend->createPod(top));
        QVERIFY(!secondTop.ok());
        QVERIFY2(secondTop.error().contains(QLatin1String("top region")), qPrintable(secondTop.error()));
        pod.state = sched::PodState::Maintenance;
        QCOMPARE(wait(m_backend->updatePod(pod))->state, sched::PodState::Maintenance);
        const auto refused = wait(m_backend->deletePod("p3")); // t2 is bound there
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("drain")), qPrintable(refused.error()));
        QVERIFY(wait(m_backend->deletePod("p9")).ok());
    }

    void applyChangesIsAllOrNothing()
    {
        const auto before = wait(m_backend->fetchState());
        const auto r = wait(m_backend->applyChanges({{"t2", "b3", "p1", {}, 0}, {"t1", "b1", "missing", {}, 0}}));
        QVERIFY(!r.ok());
        QCOMPARE(wait(m_backend->getBinding("b3"))->active, true);
        QCOMPARE(wait(m_backend->listBindings())->size(), before->bindings.size());
    }

    void reportsUnopenableDatabase()
    {
        LocalBackend broken(m_dir.path()); // a folder, not a file
        const auto state = wait(broken.fetchState());
        QVERIFY(!state.ok());
        QVERIFY2(state.error().contains(m_dir.path()), qPrintable(state.error()));
    }
};

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "tst_localbackend.moc"
