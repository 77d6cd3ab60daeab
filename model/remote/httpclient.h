// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain HTTP for the remote backend: one request in, one response out, with
// the timeout, TLS trust and GET retries of the connection settings, a
// User-Agent, a size limit on every answer, redirects followed only within
// the same scheme, host and port (credentials never go elsewhere), and one
// trio2o.http log line per request. Runs on
// the backend's worker thread and waits in a local event loop there (the
// worker runs one task at a time, see SerialWorker), so callers read like
// straight-line code while the GUI thread never waits.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace model::remote {

struct ConnectionSettings;

struct HttpRequest {
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // sent as application/json when not empty
    // A longer answer is cut off with an error (an endless body cannot fill memory).
    qint64 maxBodyBytes = kMaxApiAnswerBytes;

    // 100,000 bindings are about 25 MB.
    static constexpr qint64 kMaxApiAnswerBytes = 256 * 1024 * 1024;
};

struct HttpResponse {
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText; // Qt's description of a transport error
    bool timedOut = false;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    int attempts = 1;
    // A POST or DELETE went out but no answer came back (dropped, timed out):
    // the server may or may not have made the change.
    bool outcomeUnknown = false;

    bool transportFailed() const { return status == 0; }
    // Refused by the client itself (a redirect elsewhere, an answer too
    // large): the server was reached, so this is no reason for a snapshot.
    bool refusedByClient = false;
    QByteArray header(const QByteArray &name) const;
    // X-Openstack-Request-Id (or X-Compute-Request-Id); empty when none.
    QString requestId() const;
};

class HttpClient
{
public:
    explicit HttpClient(const ConnectionSettings &settings);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Sends `request`; GETs are retried after connection errors with backoff,
    // other verbs reach the server at most once (Qt's own resend is refused,
    // see UnrewindableBody).
    HttpResponse send(const HttpRequest &request);
    // Sends all requests (GETs) with at most `parallel` in flight at a time.
    std::vector<HttpResponse> sendAll(const std::vector<HttpRequest> &requests, int parallel);
    // Problems reading --os-cacert; empty when fine.
    QString tlsProblem() const { return m_tlsProblem; }

    // Whether the last send() got no HTTP answer at all (the cloud is unreachable).
    bool lastTransportFailed() const { return m_lastTransportFailed; }
    // Whether the last send() was a change that may or may not have been made.
    bool lastOutcomeUnknown() const { return m_lastOutcomeUnknown; }

    static bool isConnectionError(QNetworkReply::NetworkError e);

private:
    QNetworkReply *start(const HttpRequest &request);
    HttpResponse finish(QNetworkReply *reply, const HttpRequest &request);
    HttpResponse sendOnce(const HttpRequest &request);
    // A 3xx answer: the request again at its Location when that is the same
    // origin (GET only), or a refusal naming both URLs.
    std::optional<HttpRequest> redirected(const HttpRequest &request, HttpResponse &response) const;

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    QString m_tlsProblem;
    int m_timeoutMs;
    int m_retries;
    int m_backoffMs;
    bool m_lastTransportFailed = false;
    bool m_lastOutcomeUnknown = false;
};

} // namespace model::remote
