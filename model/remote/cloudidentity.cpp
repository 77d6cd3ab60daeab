// SPDX-License-Identifier: Apache-2.0
#include "cloudidentity.h"

#include "auditlogwriter.h"

namespace model::remote {

QString CloudIdentity::normalised(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::NormalizePathSegments
                          | QUrl::StripTrailingSlash);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if ((u.scheme() == QLatin1String("http") && u.port() == 80) || (u.scheme() == QLatin1String("https") && u.port() == 443))
        u.setPort(-1);
    QString text = u.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QString CloudIdentity::storeKey(const ConnectionSettings &settings, const QUrl &endpoint)
{
    const QString trio2o = QStringLiteral("trio2o=") + normalised(endpoint.isEmpty() ? settings.endpoint : endpoint);
    if (settings.noAuth || settings.authUrl.isEmpty())
        return trio2o;
    return QStringLiteral("keystone=") + normalised(settings.keystoneV3()) + QLatin1Char(' ') + trio2o;
}

QString CloudIdentity::operatorName(const ConnectionSettings &settings)
{
    if (settings.noAuth)
        return AuditLogWriter::osUser();
    switch (settings.auth()) {
    case ConnectionSettings::Auth::ApplicationCredential:
        return QStringLiteral("application-credential:") + settings.applicationCredentialId;
    case ConnectionSettings::Auth::Token:
        return settings.username.isEmpty() ? QStringLiteral("token") : settings.username;
    default:
        return settings.username.isEmpty() ? settings.userId : settings.username;
    }
}

} // namespace model::remote
