#include "keystoneclient.h"

#include "apierrorreader.h"
#include "connectionsettings.h"
#include "httpclient.h"
#include "keystonetokenreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace model::remote {

KeystoneClient::KeystoneClient(const ConnectionSettings &settings, HttpClient &http) : m_settings(settings), m_http(http)
{
    // A given token with a fixed endpoint is used as is; Keystone is not asked.
    if (!settings.token.isEmpty() && (!settings.endpoint.isEmpty() || settings.authUrl.isEmpty()))
        m_token = settings.token;
}

bool KeystoneClient::usesKeystone() const
{
    return !m_settings.noAuth && !m_settings.authUrl.isEmpty()
           && (m_settings.token.isEmpty() || m_settings.endpoint.isEmpty());
}

QByteArray KeystoneClient::requestBody() const
{
    QJsonObject identity;
    if (!m_settings.token.isEmpty()) {
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                    {QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), m_settings.token}}}};
    } else {
        const QJsonObject user{{QStringLiteral("name"), m_settings.username},
                               {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), m_settings.userDomainName}}},
                               {QStringLiteral("password"), m_settings.password}};
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    }
    QJsonObject auth{{QStringLiteral("identity"), identity}};
    if (!m_settings.projectName.isEmpty()) {
        const QJsonObject project{{QStringLiteral("name"), m_settings.projectName},
                                  {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), m_settings.projectDomainName}}}};
        auth.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

Status KeystoneClient::authenticate()
{
    if (!usesKeystone())
        return m_token.isEmpty() && !m_settings.noAuth ? Status{Error{tr("No Keystone URL to authenticate with.")}} : Status{};
    HttpRequest req;
    req.verb = QByteArrayLiteral("POST");
    req.url = m_settings.keystoneV3();
    req.url.setPath(req.url.path() + QStringLiteral("/auth/tokens"));
    req.body = requestBody();
    const HttpResponse resp = m_http.send(req);
    const QString action = tr("authenticate with Keystone at %1").arg(m_settings.authUrl.toString(QUrl::RemoveUserInfo));
    if (resp.status != 201 && resp.status != 200)
        return Error{ApiErrorReader::describe(action, req.url, resp)};
    const QByteArray token = resp.header(QByteArrayLiteral("X-Subject-Token"));
    if (token.isEmpty())
        return Error{ApiErrorReader::malformed(action, tr("no X-Subject-Token header"))};
    Result<KeystoneToken> body = KeystoneTokenReader::read(resp.body);
    if (!body)
        return Error{ApiErrorReader::malformed(action, body.error())};
    m_token = QString::fromLatin1(token);
    m_catalog = std::move(body->catalog);
    m_expiresAt = body->expiresAt;
    return {};
}

Status KeystoneClient::ensureToken()
{
    if (!usesKeystone())
        return {};
    const bool expiring = m_expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) < 300;
    if (m_token.isEmpty() || expiring)
        return authenticate();
    return {};
}

} // namespace model::remote
