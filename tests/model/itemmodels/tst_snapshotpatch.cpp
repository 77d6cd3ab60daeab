// SPDX-License-Identifier: Apache-2.0
// Live refresh's patch: which rows a burst of audit rows needs read again, and
// the snapshot built from the previous one with those rows in place equals a
// full load of the changed cloud (pods, and every binding's tenant, pod,
// active flag and creation time), while untouched rows are taken over.

#include "cloudsnapshot.h"
#include "snapshotpatch.h"
#include "statefixtures.h"

#include <QTest>

using model::AuditRecord;
using model::SnapshotPatch;

namespace {

AuditRecord row(const char *kind, const char *tenant = "", std::int64_t atUs = 5'000'000, const char *pod = "p1")
{
    AuditRecord r;
    r.kind = QString::fromLatin1(kind);
    r.tenantId = QString::fromLatin1(tenant);
    r.podId = QString::fromLatin1(pod);
    r.atUs = atUs;
    return r;
}

model::SnapshotPtr snapshotOf(sched::CloudState state) { return model::CloudSnapshot::build(std::move(state), 1, {}); }

// Every binding as "tenant pod active created", sorted: what the views show of it.
QStringList bindingRows(const model::CloudSnapshot &s)
{
    QStringList out;
    for (const model::BindingRow &b : s.bindings())
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(s.tenantNames()[b.tenant], s.podName(b.pod), b.active ? QStringLiteral("active") : QStringLiteral("ended"))
                   .arg(b.createdAtUs);
    out.sort();
    return out;
}

QStringList podRows(const model::CloudSnapshot &s)
{
    QStringList out;
    for (const sched::Pod &p : s.pods())
        out << QStringLiteral("%1 %2 %3").arg(QString::fromStdString(p.id), QString::fromStdString(p.name),
                                               QString::fromUtf8(sched::podStateKey(p.state)));
    return out;
}

std::vector<sched::Binding> activeOf(const sched::CloudState &s, const char *tenant)
{
    std::vector<sched::Binding> out;
    for (const sched::Binding &b : s.bindings)
        if (b.active && b.tenantId == tenant)
            out.push_back(b);
    return out;
}

} // namespace

class TestSnapshotPatch : public QObject
{
    Q_OBJECT

private slots:
    void scopeOfABurst()
    {
        const auto drain = SnapshotPatch::scopeOf({row("pod-edited"), row("binding-moved", "t1", 7'000'000),
                                                   row("binding-moved", "t2"), row("binding-created", "t3")});
        QVERIFY(drain.has_value());
        QCOMPARE(drain->pods, QSet<QString>{QStringLiteral("p1")});
        QCOMPARE(drain->tenants, (QSet<QString>{QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}));
        QCOMPARE(drain->atUs, std::int64_t(7'000'000));
        const auto bind = SnapshotPatch::scopeOf({row("binding-ended", "t1")});
        QVERIFY(bind.has_value());
        QVERIFY(bind->pods.isEmpty()); // bindings alone: no pod is read
        // What a patch cannot follow: load everything.
        QVERIFY(!SnapshotPatch::scopeOf({row("pod-deleted")}).has_value());
        QVERIFY(!SnapshotPatch::scopeOf({row("pod-edited", "", 1, "")}).has_value()); // which pod?
        QVERIFY(!SnapshotPatch::scopeOf({row("binding-created", "t1"), row("import")}).has_value());
        std::vector<AuditRecord> many;
        for (int i = 0; i <= SnapshotPatch::kMaxTenants; ++i)
            many.push_back(row("binding-created", qPrintable(QStringLiteral("t%1").arg(i))));
        QVERIFY(!SnapshotPatch::scopeOf(many).has_value());
    }

    void aPatchEqualsAFullLoad()
    {
        const sched::CloudState before = fixtures::smallCloud();
        sched::CloudState after = before;
        after.pods[1].state = sched::PodState::Maintenance;            // Pod1 into maintenance
        after.bindings[0].active = false;                               // t1 leaves Pod1 …
        after.bindings.push_back(fixtures::binding("b4", "t1", "p3"));  // … for Pod3 (another AZ, same idea)
        after.bindings.back().createdAtUs = 4'000'000;
        after.bindings[3].active = false;                               // t2 unbound from Pod3
        after.bindings.push_back(fixtures::binding("b5", "t9", "p2"));  // a new tenant on Pod2
        after.bindings.back().createdAtUs = 4'500'000;

        SnapshotPatch::Rows rows;
        rows.pods = {after.pods[1]};
        for (const char *tenant : {"t1", "t2", "t9"})
            rows.activeBindings[QString::fromLatin1(tenant)] = activeOf(after, tenant);
        rows.endedAtUs = 5'000'000;
        const model::SnapshotPtr patched = SnapshotPatch::apply(*snapshotOf(before), rows, 42);
        QVERIFY(patched);
        const model::SnapshotPtr full = snapshotOf(after);
        QCOMPARE(podRows(*patched), podRows(*full));
        QCOMPARE(bindingRows(*patched), bindingRows(*full));
        QCOMPARE(patched->activeBindings(patched->podIndex(QStringLiteral("p3"))), 1); // t1 now; t2 gone
        QCOMPARE(patched->activeBindingCount(), full->activeBindingCount());
        QCOMPARE(patched->boundTenantCount(), full->boundTenantCount());
        QCOMPARE(patched->loadedAtUs(), std::int64_t(42));
        // The binding that ended now carries the burst's time.
        const int t2 = int(patched->tenantNames().indexOf(QStringLiteral("t2")));
        const std::vector<int> rowsOfT2 = patched->bindingsOfTenant(t2);
        QCOMPARE(rowsOfT2.size(), std::size_t(1));
        QCOMPARE(patched->bindings()[std::size_t(rowsOfT2.front())].endedAtUs, std::int64_t(5'000'000));
    }

    void untouchedRowsAreTakenOver()
    {
        sched::CloudState before = fixtures::smallCloud();
        before.usageHistory["p1"].push_back({});
        SnapshotPatch::Rows rows; // a threshold edit and a new pod: the pods alone
        rows.pods = {before.pods[2], fixtures::pod("p5", "Pod5", "az2")};
        rows.pods[0].threshold = 0.5;
        const model::SnapshotPtr was = snapshotOf(before);
        const model::SnapshotPtr patched = SnapshotPatch::apply(*was, rows, 2);
        QVERIFY(patched);
        QCOMPARE(bindingRows(*patched), bindingRows(*was));
        QCOMPARE(patched->pods()[2].threshold, 0.5);
        QCOMPARE(patched->podCount(), was->podCount() + 1);
        QCOMPARE(patched->podName(patched->podIndex(QStringLiteral("p5"))), QStringLiteral("Pod5"));
        QCOMPARE(patched->usageHistory().size(), std::size_t(1)); // the Capacity view keeps its history
    }

    void aBindingToAnUnknownPodLoadsEverything()
    {
        const sched::CloudState before = fixtures::smallCloud();
        SnapshotPatch::Rows rows;
        rows.activeBindings[QStringLiteral("t2")] = {fixtures::binding("b9", "t2", "p-new")};
        QVERIFY(!SnapshotPatch::apply(*snapshotOf(before), rows, 2));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotPatch)
#include "tst_snapshotpatch.moc"
