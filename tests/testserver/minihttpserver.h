// SPDX-License-Identifier: Apache-2.0
#pragma once

// A minimal HTTP/1.1 server for tests, over TCP or TLS, with keep-alive
// connections (so a client reuses them, and Qt's re-send of a request on a
// connection the server closed can happen) and full control over the answer:
// a delay, a dropped connection, any status, headers and body, or a body
// that never ends.

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace testserver {

struct HttpRequest {
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool reusedConnection = false; // an earlier request came on the same connection

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpAnswer {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool drop = false; // close the connection without answering
    bool endless = false; // after `body`, bytes until the client gives up
};

class MiniHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpAnswer(const HttpRequest &)>;

    explicit MiniHttpServer(Handler handler, QObject *parent = nullptr);
    // TLS when `tls` has a local certificate. Port 0: a free one.
    bool listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls = {});
    quint16 port() const;

private:
    void accept();
    // Answers every complete request in the connection's buffer, one at a time.
    void serveNext(QTcpSocket *socket);
    static bool parse(QByteArray &buffer, HttpRequest &request);
    // False when the connection was closed with it.
    static bool answer(QTcpSocket *socket, const HttpAnswer &a);
    static void streamForever(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
};

} // namespace testserver
