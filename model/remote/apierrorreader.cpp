// SPDX-License-Identifier: Apache-2.0
#include "apierrorreader.h"

#include "secretscrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace model::remote {

namespace {

QString oneLine(QString text)
{
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(297) + QStringLiteral("...");
    return text;
}

QString fromHtml(const QString &html)
{
    static const QRegularExpression dropped(QStringLiteral("<(script|style|title|head)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(dropped);
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString fromJson(const QJsonObject &o)
{
    for (const char *key : {"description", "message", "detail", "title"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
    }
    // Keystone and Nova wrap the message: {"error": {...}}, {"badRequest": {...}};
    // Placement lists them: {"errors": [{"status", "title", "detail"}]}.
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue inner = it.value().isArray() ? it.value().toArray().first() : it.value();
        if (inner.isObject())
            if (QString message = fromJson(inner.toObject()); !message.isEmpty())
                return message;
    }
    return {};
}

QString reason(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 406: return QStringLiteral("Not Acceptable");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Payload Too Large");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

} // namespace

QString ApiErrorReader::serverMessage(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed == "null")
        return {};
    // Scrubbed before it is cut to one line, so no part of a secret a server
    // echoes back survives the cut.
    if (trimmed.startsWith('{') || contentType.contains("json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
        if (doc.isObject())
            return oneLine(SecretScrubber::scrub(fromJson(doc.object())));
        if (!doc.isNull())
            return {};
    }
    const QString text = SecretScrubber::scrub(QString::fromUtf8(trimmed.left(64 * 1024)));
    if (contentType.contains("html") || trimmed.startsWith('<'))
        return oneLine(SecretScrubber::scrub(fromHtml(text)));
    return oneLine(text);
}

QString ApiErrorReader::transportProblem(const QUrl &url, const HttpResponse &r)
{
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (r.timedOut)
        return tr("%1 did not answer in time (timeout)").arg(host);
    if (r.refusedByClient)
        return r.errorText;
    switch (r.error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection to %1 was refused").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("the host name %1 could not be resolved (DNS)").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // dropped, and Qt was refused a second send
        return tr("%1 closed the connection before answering").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the TLS connection to %1 failed (%2); is its certificate trusted? (--os-cacert)").arg(host, r.errorText);
    default:
        return tr("the connection to %1 failed: %2").arg(host, r.errorText);
    }
}

QString ApiErrorReader::describe(const QString &action, const QUrl &url, const HttpResponse &r)
{
    QString sentence = SecretScrubber::scrub(describeWithoutRequestId(action, url, r));
    if (!r.requestId().isEmpty())
        sentence += QLatin1Char(' ') + tr("(request %1)").arg(r.requestId());
    return sentence;
}

QString ApiErrorReader::describeWithoutRequestId(const QString &action, const QUrl &url, const HttpResponse &r)
{
    if (r.transportFailed())
        return tr("Could not %1: %2.").arg(action, transportProblem(url, r));
    const QString status = reason(r.status).isEmpty() ? QString::number(r.status)
                                                      : QStringLiteral("%1 %2").arg(r.status).arg(reason(r.status));
    const QString message = serverMessage(r.body, r.contentType);
    if (message.isEmpty())
        return tr("Could not %1: the server answered HTTP %2 without a message.").arg(action, status);
    return tr("Could not %1: the server answered HTTP %2: %3").arg(action, status, message);
}

QString ApiErrorReader::unknownOutcome(const QString &action, const QUrl &url, const HttpResponse &r)
{
    return SecretScrubber::scrub(
        tr("Could not %1: %2, so it is unknown whether the change was made. It was not sent again; refresh to "
           "see the cloud's current state before trying again.")
            .arg(action, transportProblem(url, r)));
}

QString ApiErrorReader::malformed(const QString &action, const QString &detail)
{
    return tr("Could not %1: the server's answer is not the expected JSON (%2).").arg(action, detail);
}

bool ApiErrorReader::isTokenRefusal(const HttpResponse &r)
{
    if (r.status != 401)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isObject() && doc.object().value(QLatin1String("error")).isObject();
}

} // namespace model::remote
