// SPDX-License-Identifier: Apache-2.0
#pragma once

// A request body Qt can send once and never again. Qt's HTTP layer resends a
// request by itself when the connection drops before the answer (e.g. a
// keep-alive connection the server closed); before it does, it rewinds the
// body, and when that is refused it fails the reply with
// QNetworkReply::ContentReSendError instead of sending it a second time.
// Giving POST and DELETE this body (an empty one for DELETE) is how they reach
// the server at most once: the console never blindly repeats a change.

#include <QByteArray>
#include <QIODevice>

namespace model::remote {

class UnrewindableBody final : public QIODevice
{
public:
    explicit UnrewindableBody(QByteArray data, QObject *parent = nullptr);

    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0; // how far Qt has read; it never goes back
};

} // namespace model::remote
