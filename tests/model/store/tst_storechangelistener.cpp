// SPDX-License-Identifier: Apache-2.0
// Live refresh plumbing: a change committed on one connection of a shared
// PostgreSQL store reaches a StoreChangeListener on a second connection
// (NOTIFY sent in the change's own transaction); a change that was rolled back
// sends nothing. An SQLite store has no other users to hear: refused.

#include "auditlogreader.h"
#include "sqlstore.h"
#include "statefixtures.h"
#include "storechangelistener.h"
#include "storetestdatabases.h"

#include <QSignalSpy>
#include <QTest>

using model::StoreChange;
using model::StoreChangeListener;

class TestStoreChangeListener : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;

    static qint64 newestAuditId(model::SqlStore &store)
    {
        model::AuditFilter one;
        one.limit = 1;
        const auto rows = model::AuditLogReader::read(store.database(), one);
        return rows && !rows->empty() ? rows->front().id : -1;
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty())
            QFAIL(qPrintable(m_databases.unavailable()));
    }

    void secondConnectionHearsEachCommittedChange()
    {
        if (!m_databases.postgres()) {
            StoreChangeListener listener;
            const model::Status s = listener.start(m_databases.fresh());
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(QLatin1String("needs a shared PostgreSQL store")), qPrintable(s.error()));
            QVERIFY(!listener.isListening());
            return;
        }
        const QString location = m_databases.fresh();
        auto writer = model::SqlStore::open(location);
        QVERIFY2(writer.ok(), qPrintable(writer.ok() ? QString() : writer.error()));
        QVERIFY(writer.value()->replaceState(fixtures::smallCloud()).ok());
        writer.value()->setAuditIdentity(QStringLiteral("alice"), QStringLiteral("local"));

        StoreChangeListener listener;
        const model::Status started = listener.start(location);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error()));
        QSignalSpy spy(&listener, &StoreChangeListener::changed);

        sched::Pod pod = writer.value()->pod("p1").value();
        pod.state = sched::PodState::Maintenance;
        QVERIFY(writer.value()->updatePod(pod).ok());
        QVERIFY(spy.wait(1000)); // the goal: within a second of the commit
        QCOMPARE(spy.count(), 1);
        const StoreChange first = spy.at(0).at(0).value<StoreChange>();
        QCOMPARE(first.auditId, newestAuditId(*writer.value()));
        QCOMPARE(first.kind, QStringLiteral("pod-edited"));
        QCOMPARE(first.operation, QStringLiteral("manual"));
        QCOMPARE(first.podId, QStringLiteral("p1"));
        QCOMPARE(first.podName, QStringLiteral("Pod1"));
        QCOMPARE(first.tenantId, QString());
        QCOMPARE(first.operatorName, QStringLiteral("alice"));
        QVERIFY(!first.session.isEmpty());
        QCOMPARE(first.session, writer.value()->auditSession()); // how a console tells its own changes

        // Refused, rolled back: no notification. The next one heard is the next change.
        pod.threshold = 9;
        QVERIFY(!writer.value()->updatePod(pod).ok());
        model::BindingChange bind;
        bind.tenantId = "t7";
        bind.newPodId = "p3";
        bind.reason = "chosen by the scheduler";
        bind.operation = "schedule";
        QVERIFY(writer.value()->applyBindingChanges({bind}).ok());
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.count(), 2);
        const StoreChange second = spy.at(1).at(0).value<StoreChange>();
        QCOMPARE(second.auditId, newestAuditId(*writer.value()));
        QCOMPARE(second.kind, QStringLiteral("binding-created"));
        QCOMPARE(second.operation, QStringLiteral("schedule"));
        QCOMPARE(second.tenantId, QStringLiteral("t7"));
        QCOMPARE(second.podName, QStringLiteral("Pod3"));

        listener.stop();
        QVERIFY(!listener.isListening());
    }

    void payloadParsing_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("ours");
        QTest::newRow("full") << R"({"id":5,"kind":"binding-moved","pod":"p2","tenant":"t1","operator":"bob"})" << true;
        QTest::newRow("not-json") << "hello" << false;
        QTest::newRow("no-id") << R"({"kind":"pod-edited"})" << false;
        QTest::newRow("text-id") << R"({"id":"5","kind":"pod-edited"})" << false;
    }
    void payloadParsing()
    {
        QFETCH(QString, payload);
        QFETCH(bool, ours);
        const auto change = StoreChange::fromPayload(payload);
        QCOMPARE(change.has_value(), ours);
        if (ours) {
            QCOMPARE(change->auditId, qint64(5));
            QCOMPARE(change->kind, QStringLiteral("binding-moved"));
            QCOMPARE(change->operatorName, QStringLiteral("bob"));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreChangeListener)
#include "tst_storechangelistener.moc"
