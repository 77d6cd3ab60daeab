// SPDX-License-Identifier: Apache-2.0
#pragma once

// Holds a test server's answers until the test lets them go, so that a test
// waits on a condition ("the answer is being held", "the dialog shows")
// instead of on a clock. While closed, every request is carried out as usual
// and its answer waits in pass() on the server thread until open().
//   server.cloud().answers().close();  ... the client waits, times out or cancels ...
//   QCOMPARE(server.cloud().answers().held(), 1);  server.cloud().answers().open();

#include <QMutex>
#include <QWaitCondition>

namespace testserver {

class AnswerGate
{
public:
    void close()
    {
        QMutexLocker l(&m_mutex);
        m_closed = true;
    }

    void open()
    {
        QMutexLocker l(&m_mutex);
        m_closed = false;
        m_opened.wakeAll();
    }

    // Answers waiting at the closed gate now.
    int held() const
    {
        QMutexLocker l(&m_mutex);
        return m_held;
    }

    // The server thread, with an answer ready: returns once the gate is open.
    void pass()
    {
        QMutexLocker l(&m_mutex);
        ++m_held;
        while (m_closed)
            m_opened.wait(&m_mutex);
        --m_held;
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_opened;
    bool m_closed = false;
    int m_held = 0;
};

} // namespace testserver
