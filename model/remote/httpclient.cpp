// SPDX-License-Identifier: Apache-2.0
#include "httpclient.h"

#include "connectionsettings.h"
#include "requestlog.h"
#include "secretscrubber.h"
#include "unrewindablebody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>

namespace model::remote {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

// Transport failures after which a sent change may have been made or not.
bool mayHaveArrived(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
        return false;
    default:
        return true;
    }
}

void sleepInLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QString HttpResponse::requestId() const
{
    QByteArray id = header(QByteArrayLiteral("X-Openstack-Request-Id"));
    if (id.isEmpty())
        id = header(QByteArrayLiteral("X-Compute-Request-Id"));
    return QString::fromLatin1(id.left(128));
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpClient::HttpClient(const ConnectionSettings &settings)
    : m_nam(new QNetworkAccessManager), m_tls(QSslConfiguration::defaultConfiguration()),
      m_timeoutMs(settings.timeoutMs), m_retries(settings.getRetries), m_backoffMs(settings.retryBackoffMs)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!settings.caCertFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(settings.caCertFile, QSsl::Pem);
        if (cas.isEmpty())
            m_tlsProblem = Tr::tr("the CA file %1 holds no PEM certificate").arg(settings.caCertFile);
        m_tls.addCaCertificates(cas);
    }
    if (settings.insecure)
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
}

HttpClient::~HttpClient() { delete m_nam; }

bool HttpClient::isConnectionError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

QNetworkReply *HttpClient::start(const HttpRequest &request)
{
    QNetworkRequest r(request.url);
    r.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::UserAgentHeader, RequestLog::userAgent());
    for (const auto &h : request.headers)
        r.setRawHeader(h.first, h.second);
    if (!request.body.isEmpty() && !r.hasRawHeader(QByteArrayLiteral("Content-Type")))
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setTransferTimeout(m_timeoutMs);
    // Never followed by Qt: redirected() decides, credentials stay with their origin.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (request.url.scheme() == QLatin1String("https"))
        r.setSslConfiguration(m_tls);
    QNetworkReply *reply = nullptr;
    if (request.verb == "GET") {
        reply = m_nam->sendCustomRequest(r, request.verb, request.body);
    } else {
        auto *body = new UnrewindableBody(request.body);
        reply = m_nam->sendCustomRequest(r, request.verb, body);
        body->setParent(reply);
    }
    reply->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    const qint64 limit = request.maxBodyBytes;
    const auto guard = [reply, limit](qint64 received) {
        if (received > limit && !reply->property("tooLarge").toBool()) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, guard] {
        guard(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [guard](qint64 received, qint64) { guard(received); });
    return reply;
}

HttpResponse HttpClient::finish(QNetworkReply *reply, const HttpRequest &request)
{
    HttpResponse resp;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    resp.error = reply->error();
    resp.errorText = SecretScrubber::scrub(reply->errorString());
    // We abort only an answer that is too large: any other cancel is the transfer timeout.
    if (reply->property("tooLarge").toBool()) {
        resp.status = 0;
        resp.refusedByClient = true;
        resp.errorText = Tr::tr("the answer of %1 is larger than %2 MiB; it was cut off")
                             .arg(request.url.host()).arg(request.maxBodyBytes / (1024 * 1024));
    }
    resp.timedOut = resp.status == 0 && !resp.refusedByClient
                    && (resp.error == QNetworkReply::OperationCanceledError || resp.error == QNetworkReply::TimeoutError);
    if (reply->isOpen() && !resp.refusedByClient) // not after the transfer timeout cancelled it
        resp.body = reply->readAll();
    resp.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    resp.headers = reply->rawHeaderPairs();
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - reply->property("startedMs").toLongLong();
    qCDebug(lcHttp).noquote() << request.verb << SecretScrubber::scrub(request.url.toString(QUrl::RemoveUserInfo))
                              << (resp.status ? QString::number(resp.status) : resp.errorText) << ms << "ms"
                              << (resp.requestId().isEmpty() ? QString() : QStringLiteral("request-id ") + resp.requestId());
    reply->deleteLater();
    return resp;
}

std::optional<HttpRequest> HttpClient::redirected(const HttpRequest &request, HttpResponse &resp) const
{
    if (resp.status < 300 || resp.status > 399 || resp.header(QByteArrayLiteral("Location")).isEmpty())
        return std::nullopt;
    const QUrl target = request.url.resolved(QUrl::fromEncoded(resp.header(QByteArrayLiteral("Location"))));
    const bool sameOrigin = target.scheme() == request.url.scheme() && target.host() == request.url.host()
                            && target.port(target.scheme() == QLatin1String("https") ? 443 : 80)
                                   == request.url.port(request.url.scheme() == QLatin1String("https") ? 443 : 80);
    if (sameOrigin && request.verb == "GET") {
        HttpRequest again = request;
        again.url = target;
        return again;
    }
    resp.status = 0;
    resp.error = QNetworkReply::InsecureRedirectError;
    resp.refusedByClient = true;
    resp.errorText = SecretScrubber::scrub(
        Tr::tr("%1 redirected to %2; a redirect to another scheme, host or port (or of a change) is not followed, so "
               "the credentials stay with the server they are meant for")
            .arg(request.url.toString(QUrl::RemoveUserInfo), target.toString(QUrl::RemoveUserInfo)));
    return std::nullopt;
}

HttpResponse HttpClient::sendOnce(const HttpRequest &first)
{
    HttpRequest request = first;
    for (int hops = 0;; ++hops) {
        QNetworkReply *reply = start(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResponse resp = finish(reply, request);
        std::optional<HttpRequest> next = redirected(request, resp);
        if (!next || hops >= 5)
            return resp;
        request = std::move(*next);
    }
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    const bool retryable = request.verb == "GET";
    int delay = m_backoffMs;
    for (int attempt = 1;; ++attempt) {
        HttpResponse resp = sendOnce(request);
        resp.attempts = attempt;
        resp.outcomeUnknown = !retryable && resp.transportFailed() && !resp.refusedByClient && mayHaveArrived(resp.error);
        m_lastTransportFailed = resp.transportFailed() && !resp.refusedByClient;
        m_lastOutcomeUnknown = resp.outcomeUnknown;
        if (!retryable || !resp.transportFailed() || !isConnectionError(resp.error) || attempt > m_retries)
            return resp;
        sleepInLoop(delay);
        delay *= 2;
    }
}

std::vector<HttpResponse> HttpClient::sendAll(const std::vector<HttpRequest> &requests, int parallel)
{
    std::vector<HttpResponse> responses(requests.size());
    std::size_t next = 0;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (inFlight < std::max(1, parallel) && next < requests.size()) {
            const std::size_t i = next++;
            QNetworkReply *reply = start(requests[i]);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, i, reply] {
                responses[i] = finish(reply, requests[i]);
                --inFlight;
                launch();
                if (inFlight == 0 && next >= requests.size())
                    loop.quit();
            });
        }
    };
    launch();
    if (inFlight > 0)
        loop.exec();
    return responses;
}

} // namespace model::remote
