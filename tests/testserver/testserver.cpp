// SPDX-License-Identifier: Apache-2.0
#include "testserver.h"

#include <QFile>
#include <QSslKey>

namespace testserver {

TestServer::TestServer() { m_thread.setObjectName(QStringLiteral("TestServer")); }

TestServer::~TestServer()
{
    m_cloud.answers().open(); // a held answer would keep the server thread from stopping
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool TestServer::start(const QString &certFile, const QString &keyFile, quint16 port)
{
    QSslConfiguration tls;
    if (!certFile.isEmpty()) {
        QFile cert(certFile), key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls = true;
    }
    m_thread.start();
    m_server = new MiniHttpServer([this](const HttpRequest &r) { return m_cloud.handle(r); });
    m_server->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(m_server, [&] {
        ok = m_server->listen(QHostAddress::LocalHost, port, tls);
        m_port = m_server->port();
    }, Qt::BlockingQueuedConnection);
    if (ok)
        m_cloud.setBaseUrl(baseUrl().toString().toLatin1());
    return ok;
}

QUrl TestServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QUrl TestServer::authUrl() const { return QUrl(baseUrl().toString() + QStringLiteral("/identity/v3")); }
QUrl TestServer::apiUrl() const { return QUrl(baseUrl().toString() + QStringLiteral("/v1.0")); }

} // namespace testserver
