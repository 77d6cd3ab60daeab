// SPDX-License-Identifier: Apache-2.0
// The console's one outlook computation: a snapshot's outlook arrives from the
// worker; a newer snapshot supersedes a run still going (only the latest
// result is announced); no snapshot means no outlook at once; a job destroyed
// while it computes goes quietly.

#include "capacityoutlookjob.h"
#include "democloud.h"

#include <QSignalSpy>
#include <QTest>

using namespace model;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000'000;

SnapshotPtr demoAt(std::int64_t loadedAtUs) { return CloudSnapshot::build(buildDemoCloud(kNow), loadedAtUs, {}); }

} // namespace

class TestCapacityOutlookJob : public QObject
{
    Q_OBJECT

private slots:
    void theOutlookOfTheSnapshotArrives()
    {
        CapacityOutlookJob job;
        QSignalSpy started(&job, &CapacityOutlookJob::started);
        QSignalSpy finished(&job, &CapacityOutlookJob::finished);
        const SnapshotPtr snapshot = demoAt(kNow);
        job.start(snapshot);
        QCOMPARE(started.count(), 1);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!job.isRunning());
        const auto outlook = finished.first().first().value<CapacityOutlookPtr>();
        QVERIFY(outlook);
        QCOMPARE(outlook, job.outlook());
        QCOMPARE(outlook->options.nowUs, kNow);
        QCOMPARE(outlook->state.pods.size(), std::size_t(snapshot->podCount()));
    }

    void aNewerSnapshotSupersedes()
    {
        CapacityOutlookJob job;
        QSignalSpy finished(&job, &CapacityOutlookJob::finished);
        job.start(demoAt(kNow));
        job.start(demoAt(kNow + 1));
        QCOMPARE(job.generation(), quint64(2));
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(!job.isRunning());
        QCOMPARE(finished.count(), 1); // the first run's result was dropped
        QCOMPARE(job.outlook()->options.nowUs, kNow + 1);
    }

    void noSnapshotNoOutlookAtOnce()
    {
        CapacityOutlookJob job;
        QSignalSpy finished(&job, &CapacityOutlookJob::finished);
        job.start(demoAt(kNow));
        job.start(nullptr);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().first().value<CapacityOutlookPtr>());
        QTRY_VERIFY(!job.isRunning());
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job.outlook());
    }

    void destroyedWhileComputing()
    {
        auto job = std::make_unique<CapacityOutlookJob>();
        int arrived = 0;
        QObject receiver;
        connect(job.get(), &CapacityOutlookJob::finished, &receiver, [&arrived] { ++arrived; });
        job->start(demoAt(kNow));
        job->start(demoAt(kNow + 1));
        job.reset(); // waits for the run going
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(arrived, 0);
    }
};

QTEST_GUILESS_MAIN(TestCapacityOutlookJob)
#include "tst_capacityoutlookjob.moc"
