// SPDX-License-Identifier: Apache-2.0
// SerialWorker: tasks run one at a time, in order, on one thread of their own,
// and stop() returns only when that thread has ended, its exit handlers
// included (what LeakSanitizer's exit scan needs; see serialworker.h).
#include "serialworker.h"

#include <QEventLoop>
#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

using model::remote::SerialWorker;

namespace {

// Set by the destructor of a thread-local object, which runs among the
// worker thread's exit handlers; slow on purpose, so that returning before
// it has finished cannot pass by luck.
std::atomic<bool> g_exitHandlerDone{false};

struct SlowThreadExit
{
    bool armed = false;
    ~SlowThreadExit()
    {
        if (!armed)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        g_exitHandlerDone = true;
    }
};

thread_local SlowThreadExit t_slowExit;

} // namespace

class TestSerialWorker : public QObject
{
    Q_OBJECT

private slots:
    void tasksRunInOrderOnOneOtherThread()
    {
        QMutex mutex;
        QList<int> order;
        QList<QThread *> threads;
        QSemaphore done;
        SerialWorker worker(QStringLiteral("test-worker")); // after what its tasks use: ends first
        for (int i = 0; i < 20; ++i) {
            worker.post([&, i] {
                {
                    QMutexLocker lock(&mutex);
                    order.append(i);
                    threads.append(QThread::currentThread());
                }
                if (i == 19)
                    done.release();
            });
        }
        QVERIFY(done.tryAcquire(1, 30000));
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(order, expected);
        QVERIFY(threads.first() != QThread::currentThread());
        QCOMPARE(threads.count(threads.first()), 20);
        QCOMPARE(threads.first()->objectName(), QStringLiteral("test-worker"));
    }

    void aTaskWaitingInItsOwnLoopIsNotInterleaved()
    {
        // The first task waits in a local event loop (as a network call
        // does); the second, posted meanwhile, must start after it ended.
        QMutex mutex;
        QStringList events;
        QSemaphore firstWaiting, done;
        SerialWorker worker(QStringLiteral("test-worker"));
        worker.post([&] {
            {
                QMutexLocker lock(&mutex);
                events << QStringLiteral("first begins");
            }
            QEventLoop loop;
            QTimer::singleShot(200, &loop, &QEventLoop::quit);
            firstWaiting.release();
            loop.exec();
            QMutexLocker lock(&mutex);
            events << QStringLiteral("first ends");
        });
        QVERIFY(firstWaiting.tryAcquire(1, 30000));
        worker.post([&] {
            {
                QMutexLocker lock(&mutex);
                events << QStringLiteral("second");
            }
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(events, (QStringList{QStringLiteral("first begins"), QStringLiteral("first ends"),
                                      QStringLiteral("second")}));
    }

    void stopRunsWhatIsQueuedThenTheLastTaskOnTheWorker()
    {
        QStringList events;
        QThread *taskThread = nullptr;
        QThread *lastThread = nullptr;
        SerialWorker worker(QStringLiteral("test-worker"));
        worker.post([&] {
            QThread::msleep(100);
            events << QStringLiteral("queued");
            taskThread = QThread::currentThread();
        });
        worker.stop([&] {
            events << QStringLiteral("last");
            lastThread = QThread::currentThread();
        });
        // stop() joined the thread: what the tasks wrote is complete and visible.
        QCOMPARE(events, (QStringList{QStringLiteral("queued"), QStringLiteral("last")}));
        QVERIFY(taskThread != nullptr);
        QVERIFY(taskThread != QThread::currentThread());
        QCOMPARE(lastThread, taskThread);
        worker.stop([&] { events << QStringLiteral("again"); }); // a second stop does nothing
        QCOMPARE(events.size(), 2);
    }

    void stopReturnsAfterTheThreadsExitHandlers()
    {
        g_exitHandlerDone = false;
        {
            SerialWorker worker(QStringLiteral("test-worker"));
            worker.post([] { t_slowExit.armed = true; });
            worker.stop([] {});
            QVERIFY2(g_exitHandlerDone.load(),
                     "stop() returned while the worker thread's exit handlers were still running");
        }
        // The destructor alone stops and joins as well.
        g_exitHandlerDone = false;
        {
            SerialWorker worker(QStringLiteral("test-worker"));
            worker.post([] { t_slowExit.armed = true; });
        }
        QVERIFY(g_exitHandlerDone.load());
    }

    void objectsDeletedLaterOnTheWorkerAreDeletedBeforeItEnds()
    {
        std::atomic<bool> destroyed{false};
        {
            SerialWorker worker(QStringLiteral("test-worker"));
            worker.post([&] {
                auto *object = new QObject; // as a finished network reply
                QObject::connect(object, &QObject::destroyed, [&destroyed] { destroyed = true; });
                object->deleteLater();
            });
        }
        QVERIFY(destroyed.load());
    }
};

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
