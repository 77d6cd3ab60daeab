// SPDX-License-Identifier: Apache-2.0
#include "serialworker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QObject>
#include <QSemaphore>
#include <QThread>

#ifdef __linux__
#include <pthread.h>
#endif

namespace model::remote {

SerialWorker::SerialWorker(const QString &name)
{
    QSemaphore ready;
    m_thread = std::thread([this, name, &ready] {
        // The context and the loop must exist before anything is posted.
        QObject context;
        QEventLoop loop;
        m_context = &context;
        m_loop = &loop;
        ready.release();
        run(name);
    });
    ready.acquire();
}

void SerialWorker::run(const QString &name)
{
    QThread::currentThread()->setObjectName(name);
#ifdef __linux__
    // Names the thread in gdb, top -H and sanitizer reports (15 bytes at most).
    pthread_setname_np(pthread_self(), name.left(15).toLocal8Bit().constData());
#endif
    m_loop->exec();
    // What the tasks handed to deleteLater() (network replies) is deleted
    // here, on its own thread, before the thread ends.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void SerialWorker::stop(std::function<void()> last)
{
    if (!m_thread.joinable())
        return;
    post(std::move(last));
    post([this] { m_loop->quit(); });
    m_thread.join();
    m_context = nullptr;
    m_loop = nullptr;
}

SerialWorker::~SerialWorker()
{
    stop([] {});
}

void SerialWorker::post(std::function<void()> task)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(task));
    }
    QMetaObject::invokeMethod(m_context, [this] { drain(); }, Qt::QueuedConnection);
}

void SerialWorker::drain()
{
    if (m_busy)
        return; // we are inside a task's event loop: it will drain after itself
    m_busy = true;
    for (;;) {
        std::function<void()> task;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty())
                break;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task();
    }
    m_busy = false;
}

} // namespace model::remote
