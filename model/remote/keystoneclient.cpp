// SPDX-License-Identifier: Apache-2.0
#include "keystoneclient.h"

#include "apierrorreader.h"
#include "connectionsettings.h"
#include "httpclient.h"
#include "keystonetokenreader.h"
#include "requestlog.h"
#include "secretscrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace model::remote {

KeystoneClient::KeystoneClient(const ConnectionSettings &settings, HttpClient &http)
    : m_settings(settings), m_http(http), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    // A given token with a fixed endpoint is used as is; Keystone is not asked.
    if (settings.auth() == ConnectionSettings::Auth::Token && (!settings.endpoint.isEmpty() || settings.authUrl.isEmpty()))
        m_token = settings.token;
}

bool KeystoneClient::usesKeystone() const
{
    return !m_settings.noAuth && !m_settings.authUrl.isEmpty()
           && (m_settings.auth() != ConnectionSettings::Auth::Token || m_settings.endpoint.isEmpty());
}

namespace {

QJsonObject named(const QString &id, const QString &name, const QJsonObject &domain)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    return {{QStringLiteral("name"), name}, {QStringLiteral("domain"), domain}};
}

QJsonObject domainOf(const QString &id, const QString &name)
{
    return id.isEmpty() ? QJsonObject{{QStringLiteral("name"), name}} : QJsonObject{{QStringLiteral("id"), id}};
}

} // namespace

QJsonObject KeystoneClient::identity() const
{
    const ConnectionSettings &s = m_settings;
    switch (s.auth()) {
    case ConnectionSettings::Auth::Token:
        return {{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                {QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), s.token}}}};
    case ConnectionSettings::Auth::ApplicationCredential:
        return {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                {QStringLiteral("application_credential"),
                 QJsonObject{{QStringLiteral("id"), s.applicationCredentialId},
                             {QStringLiteral("secret"), s.applicationCredentialSecret}}}};
    case ConnectionSettings::Auth::Password:
    case ConnectionSettings::Auth::NoAuth:
        break;
    }
    QJsonObject user = named(s.userId, s.username, domainOf(s.userDomainId, s.userDomainName));
    user.insert(QStringLiteral("password"), s.password);
    return {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
}

QByteArray KeystoneClient::requestBody() const
{
    const ConnectionSettings &s = m_settings;
    QJsonObject auth{{QStringLiteral("identity"), identity()}};
    // An application credential carries its own scope.
    if (s.auth() != ConnectionSettings::Auth::ApplicationCredential) {
        if (!s.systemScope.isEmpty())
            auth.insert(QStringLiteral("scope"),
                        QJsonObject{{QStringLiteral("system"), QJsonObject{{s.systemScope, true}}}});
        else if (!s.projectId.isEmpty() || !s.projectName.isEmpty())
            auth.insert(QStringLiteral("scope"),
                        QJsonObject{{QStringLiteral("project"),
                                     named(s.projectId, s.projectName, domainOf(s.projectDomainId, s.projectDomainName))}});
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
    req.maxBodyBytes = kMaxTokenAnswerBytes;
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
    SecretScrubber::add(m_token);
    m_catalog = std::move(body->catalog);
    m_expiresAt = body->expiresAt;
    m_obtainedAt = m_now();
    qCDebug(lcKeystone).noquote() << "token obtained, expires at" << m_expiresAt.toString(Qt::ISODate) << "renewed"
                                  << renewalMarginSeconds() << "s before";
    return {};
}

Status KeystoneClient::ensureToken()
{
    if (!usesKeystone())
        return {};
    const bool expiring = m_expiresAt.isValid() && m_now().secsTo(m_expiresAt) < renewalMarginSeconds();
    if (expiring)
        qCDebug(lcKeystone) << "renewing the token" << m_now().secsTo(m_expiresAt) << "s before it expires";
    if (m_token.isEmpty() || expiring)
        return authenticate();
    return {};
}

qint64 KeystoneClient::renewalMarginSeconds() const
{
    if (!m_expiresAt.isValid() || !m_obtainedAt.isValid())
        return 0;
    // A tenth of the token's life, at least a few seconds: an hour's token is
    // renewed 6 minutes early, a minute's token 6 s early (not on every call).
    const qint64 lifetime = m_obtainedAt.secsTo(m_expiresAt);
    return std::max<qint64>(kMinimumMarginSeconds, lifetime / 10);
}

} // namespace model::remote
