// SPDX-License-Identifier: Apache-2.0
#include "errorbodies.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace testserver {

namespace {

QString title(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    default: return QStringLiteral("Error");
    }
}

} // namespace

HttpAnswer json(const QByteArray &body, int status)
{
    HttpAnswer a;
    a.status = status;
    a.body = body;
    return a;
}

HttpAnswer webobError(const HttpRequest &request, int status, const QString &message)
{
    const QByteArray accept = request.header("accept");
    HttpAnswer a;
    if (accept.contains("application/json")) {
        a.status = status;
        a.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("%1 %2").arg(status).arg(title(status))},
                                           {QStringLiteral("title"), title(status)},
                                           {QStringLiteral("description"), message}})
                     .toJson(QJsonDocument::Compact);
        return a;
    }
    if (accept == "text/plain") {
        a.status = 406;
        a.contentType = "text/plain; charset=UTF-8";
        a.body = "406 Not Acceptable\n\nThe resource could not be generated that was acceptable to your browser.";
        return a;
    }
    a.status = status;
    a.contentType = "text/html; charset=UTF-8";
    const QByteArray head = QByteArray::number(status) + ' ' + title(status).toUtf8();
    a.body = "<html>\n <head>\n  <title>" + head + "</title>\n </head>\n <body>\n  <h1>" + head + "</h1>\n  "
             + message.toHtmlEscaped().toUtf8() + "<br /><br />\n\n\n\n </body>\n</html>";
    return a;
}

HttpAnswer bareText(int status, const QString &message)
{
    HttpAnswer a;
    a.status = status;
    a.contentType = "text/plain; charset=UTF-8";
    a.body = message.toUtf8();
    return a;
}

HttpAnswer emptyError(int status)
{
    HttpAnswer a;
    a.status = status;
    a.contentType = "text/plain; charset=UTF-8";
    return a;
}

HttpAnswer tokenRefused()
{
    const QJsonObject error{{QStringLiteral("code"), 401},
                            {QStringLiteral("title"), QStringLiteral("Unauthorized")},
                            {QStringLiteral("message"), QStringLiteral("The request you have made requires authentication.")}};
    HttpAnswer a = json(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact), 401);
    a.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Keystone uri=\"http://127.0.0.1/identity\"")));
    return a;
}

} // namespace testserver
