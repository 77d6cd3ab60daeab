// SPDX-License-Identifier: Apache-2.0
#pragma once

// A thread that runs queued tasks one at a time, in order. A task may wait in
// a local event loop (for network replies); tasks queued meanwhile wait their
// turn instead of running inside it.

#include <QMutex>
#include <QThread>

#include <deque>
#include <functional>

namespace model::remote {

class SerialWorker
{
public:
    explicit SerialWorker(const QString &name);
    // Runs what is queued, then `last` (cleanup on the worker), then stops.
    void stop(std::function<void()> last);
    ~SerialWorker();

    void post(std::function<void()> task);

private:
    void drain();

    QThread m_thread;
    QObject *m_context;
    QMutex m_mutex;
    std::deque<std::function<void()>> m_queue;
    bool m_busy = false; // worker thread only
};

} // namespace model::remote
