// SPDX-License-Identifier: Apache-2.0
#include "minihttpserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace testserver {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

} // namespace

MiniHttpServer::MiniHttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler)) {}

bool MiniHttpServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    if (!tls.localCertificate().isNull()) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(tls);
        ssl->setHandshakeTimeout(5000);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &MiniHttpServer::accept);
    return m_server->listen(address, port);
}

quint16 MiniHttpServer::port() const { return m_server ? m_server->serverPort() : 0; }

void MiniHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->setProperty("served", 0);
        socket->setProperty("busy", false);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            socket->setProperty("buffer", socket->property("buffer").toByteArray() + socket->readAll());
            serveNext(socket);
        });
        if (socket->bytesAvailable() > 0)
            emit socket->readyRead();
    }
}

void MiniHttpServer::serveNext(QTcpSocket *socket)
{
    while (!socket->property("busy").toBool()) {
        QByteArray buffer = socket->property("buffer").toByteArray();
        HttpRequest request;
        if (!parse(buffer, request))
            return;
        socket->setProperty("buffer", buffer);
        const int served = socket->property("served").toInt();
        socket->setProperty("served", served + 1);
        request.reusedConnection = served > 0;
        const HttpAnswer a = m_handler(request);
        if (a.delayMs <= 0) {
            if (!answer(socket, a))
                return;
            continue;
        }
        socket->setProperty("busy", true);
        QTimer::singleShot(a.delayMs, socket, [this, socket, a] {
            socket->setProperty("busy", false);
            if (answer(socket, a))
                serveNext(socket);
        });
    }
}

void MiniHttpServer::streamForever(QTcpSocket *socket)
{
    static const QByteArray chunk(64 * 1024, 'x');
    // More whenever the last piece is on its way, until the client hangs up.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() < 2 * chunk.size() && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(chunk);
    });
    socket->write(chunk);
}

bool MiniHttpServer::parse(QByteArray &buffer, HttpRequest &request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return true;
}

bool MiniHttpServer::answer(QTcpSocket *socket, const HttpAnswer &a)
{
    if (a.drop) {
        socket->abort();
        return false;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reason(a.status) + "\r\n";
    if (!a.contentType.isEmpty())
        head += "Content-Type: " + a.contentType + "\r\n";
    for (const auto &h : a.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (a.endless) { // no length: the body ends when the connection does, and it never does
        socket->write(head + "Connection: close\r\n\r\n" + a.body);
        streamForever(socket);
        return false;
    }
    head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
    socket->write(head);
    socket->write(a.body);
    return true;
}

} // namespace testserver
