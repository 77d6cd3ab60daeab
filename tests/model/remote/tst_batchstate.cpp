// SPDX-License-Identifier: Apache-2.0
// BatchState: the checked state of a batch of remote writes, by tenant.
#include "batchstate.h"
#include "remoteguards.h"

#include <QTest>

using model::remote::BatchState;

namespace {

sched::Binding binding(const char *id, const char *tenant, const char *podId)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    return b;
}

sched::CloudState cloud()
{
    sched::CloudState s;
    for (const char *id : {"p1", "p2", "p3"}) {
        sched::Pod p;
        p.id = id;
        p.name = std::string("Pod-") + id;
        p.azName = p.podAzName = id == std::string("p3") ? "az2" : "az1";
        s.pods.push_back(p);
    }
    s.bindings = {binding("b1", "t1", "p1"), binding("b2", "t2", "p1"), binding("b3", "t1", "p3")};
    return s;
}

std::vector<std::string> ids(const sched::CloudState &s)
{
    std::vector<std::string> out;
    for (const sched::Binding &b : s.bindings)
        out.push_back(b.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestBatchState : public QObject
{
    Q_OBJECT

private slots:
    void aTenantsViewHoldsThePodsAndOnlyItsBindings()
    {
        BatchState batch(cloud());
        const sched::CloudState &t1 = batch.forTenant("t1");
        QCOMPARE(t1.pods.size(), std::size_t(3));
        QCOMPARE(ids(t1), (std::vector<std::string>{"b1", "b3"}));
        QCOMPARE(ids(batch.forTenant("t2")), (std::vector<std::string>{"b2"}));
        QVERIFY(batch.forTenant("nobody").bindings.empty());
    }

    // The server trims tenant ids: " t1" is t1, and its binding is in t1's view.
    void tenantsAreKeyedByTheirTrimmedId()
    {
        BatchState batch(cloud());
        batch.added(binding("b9", " t1 ", "p2"));
        QCOMPARE(ids(batch.forTenant("t1")), (std::vector<std::string>{"b1", "b3", "b9"}));
        QCOMPARE(ids(batch.forTenant("\tt1")), (std::vector<std::string>{"b1", "b3", "b9"}));
    }

    // Kept up to date with the batch's own writes: the guard sees a binding
    // created earlier in the batch, and no longer one it deleted.
    void theGuardsSeeTheBatchsOwnWrites()
    {
        BatchState batch(cloud());
        QVERIFY(model::remote::RemoteGuards::checkNewBinding(batch.forTenant("t2"), "t2", "p3").ok());
        batch.added(binding("b4", "t2", "p3"));
        const model::Status twice = model::remote::RemoteGuards::checkNewBinding(batch.forTenant("t2"), "t2", "p3");
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QLatin1String("already bound")), qPrintable(twice.error()));
        batch.removed("b4");
        QVERIFY(model::remote::RemoteGuards::checkNewBinding(batch.forTenant("t2"), "t2", "p3").ok());
        batch.removed("b1");
        batch.removed("no-such-binding");
        QCOMPARE(ids(batch.forTenant("t1")), (std::vector<std::string>{"b3"}));
    }
};

QTEST_GUILESS_MAIN(TestBatchState)
#include "tst_batchstate.moc"
