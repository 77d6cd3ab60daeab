// SPDX-License-Identifier: Apache-2.0
#include "serialworker.h"

namespace model::remote {

SerialWorker::SerialWorker(const QString &name) : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

void SerialWorker::stop(std::function<void()> last)
{
    if (!m_thread.isRunning())
        return;
    post(std::move(last));
    post([this] { m_thread.quit(); });
    m_thread.wait();
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
