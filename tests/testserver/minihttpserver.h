#pragma once

// A minimal HTTP/1.1 server for tests (one request per connection, then
// Connection: close), over TCP or TLS, with full control over the answer:
// a delay, a dropped connection, any status, headers and body.

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

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpAnswer {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool drop = false; // close the connection without answering
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
    void serve(QTcpSocket *socket);
    static bool parse(QByteArray &buffer, HttpRequest &request);
    static void answer(QTcpSocket *socket, const HttpAnswer &a);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
};

} // namespace testserver
