// SPDX-License-Identifier: Apache-2.0
// The live-refresh banner's words: one change told in full, a burst counted,
// a change seen on a remote server told without an operator; and SnapshotDiff,
// which finds those changes between two loads of a remote cloud.

#include "changenoticetext.h"
#include "cloudsnapshot.h"
#include "snapshotdiff.h"
#include "statefixtures.h"

#include <QTest>

#include "translator.h"

Q_DECLARE_METATYPE(model::AuditRecord)

using model::AuditRecord;
using model::ChangeNoticeText;

namespace {

AuditRecord change(const char *kind, const char *op, const char *pod, const char *tenant = "",
                   const char *before = "", const char *after = "")
{
    AuditRecord r;
    r.kind = QString::fromLatin1(kind);
    r.operatorName = QString::fromLatin1(op);
    r.podName = QString::fromLatin1(pod);
    r.tenantId = QString::fromLatin1(tenant);
    r.before = QString::fromLatin1(before);
    r.after = QString::fromLatin1(after);
    return r;
}

model::SnapshotPtr snapshotOf(sched::CloudState state) { return model::CloudSnapshot::build(std::move(state), 1, {}); }

} // namespace

class TestChangeNoticeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { i18n::installTranslators(QStringLiteral("en")); } // English plural forms

    void oneChange_data()
    {
        QTest::addColumn<AuditRecord>("record");
        QTest::addColumn<QString>("text");
        QTest::newRow("maintenance-by-alice")
            << change("pod-edited", "alice", "Pod3", "", "state=enabled", "state=maintenance")
            << "Pod3 set to maintenance by alice";
        QTest::newRow("threshold-edit") << change("pod-edited", "bob", "Pod1", "", "threshold=0.8", "threshold=0.9")
                                        << "Pod1 edited by bob";
        QTest::newRow("bound") << change("binding-created", "alice", "Pod2", "t1", "", "Pod2")
                               << "t1 bound to Pod2 by alice";
        QTest::newRow("unbound") << change("binding-ended", "alice", "Pod2", "t1", "Pod2", "")
                                 << "t1 unbound from Pod2 by alice";
        QTest::newRow("moved") << change("binding-moved", "alice", "Pod2", "t1", "Pod1", "Pod2")
                               << "t1 moved from Pod1 to Pod2 by alice";
        QTest::newRow("pod-created") << change("pod-created", "carol", "Pod9") << "Pod9 created by carol";
        QTest::newRow("pod-deleted") << change("pod-deleted", "carol", "Pod9") << "Pod9 deleted by carol";
        QTest::newRow("on-the-server-state")
            << change("pod-edited", "", "Pod3", "", "state=enabled", "state=disabled") << "Pod3 set to disabled on the server";
        QTest::newRow("on-the-server-move") << change("binding-moved", "", "Pod2", "t1", "Pod1", "Pod2")
                                            << "t1 moved from Pod1 to Pod2 on the server";
    }
    void oneChange()
    {
        QFETCH(AuditRecord, record);
        QFETCH(QString, text);
        QCOMPARE(ChangeNoticeText::describe({record}), text);
    }

    void aBurstIsCounted()
    {
        QCOMPARE(ChangeNoticeText::describe({}), QString());
        std::vector<AuditRecord> drain{change("pod-edited", "alice", "Pod3", "", "state=enabled", "state=maintenance")};
        for (int i = 0; i < 11; ++i)
            drain.push_back(change("binding-moved", "alice", "Pod1", "t", "Pod3", "Pod1"));
        QCOMPARE(ChangeNoticeText::describe(drain), QStringLiteral("12 changes by alice"));
        drain.push_back(change("binding-created", "bob", "Pod1", "t9"));
        QCOMPARE(ChangeNoticeText::describe(drain), QStringLiteral("13 changes by alice, bob"));
        QCOMPARE(ChangeNoticeText::describe({change("pod-created", "", "P"), change("pod-deleted", "", "Q")}),
                 QStringLiteral("2 changes on the server"));
    }

    void diffOfTwoLoads()
    {
        const sched::CloudState before = fixtures::smallCloud();
        sched::CloudState after = before;
        after.pods[1].state = sched::PodState::Maintenance;      // Pod1 into maintenance
        after.bindings[3].active = false;                        // t2 leaves Pod3 (az2) …
        after.bindings.push_back(fixtures::binding("b4", "t3", "p3")); // … t3 arrives there
        after.bindings[0].active = false;                        // t1 keeps Pod2 (the GPU group) and leaves Pod1
        const auto changes = model::SnapshotDiff::between(*snapshotOf(before), *snapshotOf(after));
        QStringList told;
        for (const AuditRecord &r : changes)
            told << ChangeNoticeText::describe({r});
        told.sort();
        QCOMPARE(told, (QStringList{QStringLiteral("Pod1 set to maintenance on the server"),
                                    QStringLiteral("t1 unbound from Pod1 on the server"),
                                    QStringLiteral("t2 unbound from Pod3 on the server"),
                                    QStringLiteral("t3 bound to Pod3 on the server")}));
        QVERIFY(model::SnapshotDiff::between(*snapshotOf(before), *snapshotOf(before)).empty());
    }

    void aMoveInOneAzIsOneChange()
    {
        sched::CloudState before = fixtures::smallCloud();
        sched::CloudState after = before;
        after.bindings[3].active = false; // t2 leaves Pod3 …
        after.pods.push_back(fixtures::pod("p4", "Pod4", "az2"));
        after.bindings.push_back(fixtures::binding("b5", "t2", "p4")); // … for Pod4, same AZ
        const auto changes = model::SnapshotDiff::between(*snapshotOf(before), *snapshotOf(after));
        QCOMPARE(changes.size(), std::size_t(2));
        QStringList told{ChangeNoticeText::describe({changes[0]}), ChangeNoticeText::describe({changes[1]})};
        told.sort();
        QCOMPARE(told, (QStringList{QStringLiteral("Pod4 created on the server"),
                                    QStringLiteral("t2 moved from Pod3 to Pod4 on the server")}));
    }
};

QTEST_GUILESS_MAIN(TestChangeNoticeText)
#include "tst_changenoticetext.moc"
