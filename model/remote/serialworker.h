// SPDX-License-Identifier: Apache-2.0
#pragma once

// A thread that runs queued tasks one at a time, in order. A task may wait in
// a local event loop (for network replies); tasks queued meanwhile wait their
// turn instead of running inside it.
//
// The thread is a joined std::thread running a Qt event loop, not a QThread:
// QThread's threads are detached and QThread::wait() returns before the
// thread's exit handlers (thread-local destructors, OpenSSL's per-thread
// state, Qt's own thread data) have run. A command that ends right after
// stop() then raced those handlers, and LeakSanitizer's exit scan could see
// half-freed objects. stop() here returns only once the thread is gone.

#include <QMutex>
#include <QString>

#include <deque>
#include <functional>
#include <thread>

class QEventLoop;
class QObject;

namespace model::remote {

class SerialWorker
{
public:
    explicit SerialWorker(const QString &name);
    // Runs what is queued, then `last` (cleanup on the worker), then ends the
    // thread and joins it, its exit handlers included.
    void stop(std::function<void()> last);
    ~SerialWorker();

    void post(std::function<void()> task);

private:
    void run(const QString &name);
    void drain();

    QMutex m_mutex;
    std::deque<std::function<void()>> m_queue;
    QObject *m_context = nullptr; // lives on the worker; set before the constructor returns
    QEventLoop *m_loop = nullptr; // the worker's own loop, for stop()
    bool m_busy = false; // worker thread only
    std::thread m_thread; // last: started once the members above exist
};

} // namespace model::remote
