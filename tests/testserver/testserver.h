// SPDX-License-Identifier: Apache-2.0
#pragma once

// A Trio2o-compatible cloud on 127.0.0.1 and a free port, answering on its
// own thread (so a test may block while the server keeps serving):
//   TestServer server;  server.start();           // or start(certFile, keyFile) for TLS
//   server.cloud().setState(...); server.cloud().setFaults(...);
//   server.authUrl()   -> http://127.0.0.1:P/identity/v3
//   server.apiUrl()    -> http://127.0.0.1:P/v1.0

#include "fakecloud.h"

#include <QThread>
#include <QUrl>

namespace testserver {

class TestServer
{
public:
    TestServer();
    ~TestServer();

    // False when the port or certificate could not be had.
    bool start(const QString &certFile = {}, const QString &keyFile = {}, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl authUrl() const;
    QUrl apiUrl() const;
    FakeCloud &cloud() { return m_cloud; }

private:
    FakeCloud m_cloud;
    QThread m_thread;
    MiniHttpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace testserver
