#include "httpclient.h"

#include "connectionsettings.h"
#include "unrewindablebody.h"

#include <QCoreApplication>
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
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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
    for (const auto &h : request.headers)
        r.setRawHeader(h.first, h.second);
    if (!request.body.isEmpty() && !r.hasRawHeader(QByteArrayLiteral("Content-Type")))
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setTransferTimeout(m_timeoutMs);
    if (request.url.scheme() == QLatin1String("https"))
        r.setSslConfiguration(m_tls);
    if (request.verb == "GET")
        return m_nam->sendCustomRequest(r, request.verb, request.body);
    auto *body = new UnrewindableBody(request.body);
    QNetworkReply *reply = m_nam->sendCustomRequest(r, request.verb, body);
    body->setParent(reply);
    return reply;
}

HttpResponse HttpClient::finish(QNetworkReply *reply)
{
    HttpResponse resp;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    resp.error = reply->error();
    resp.errorText = reply->errorString();
    // We never abort a request ourselves: a cancel is the transfer timeout.
    resp.timedOut = resp.status == 0
                    && (resp.error == QNetworkReply::OperationCanceledError || resp.error == QNetworkReply::TimeoutError);
    if (reply->isOpen()) // not after the transfer timeout cancelled it
        resp.body = reply->readAll();
    resp.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    resp.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return resp;
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    const bool retryable = request.verb == "GET";
    int delay = m_backoffMs;
    for (int attempt = 1;; ++attempt) {
        QNetworkReply *reply = start(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResponse resp = finish(reply);
        resp.attempts = attempt;
        resp.outcomeUnknown = !retryable && resp.transportFailed() && mayHaveArrived(resp.error);
        m_lastTransportFailed = resp.transportFailed();
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
                responses[i] = finish(reply);
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
