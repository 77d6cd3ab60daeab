// SPDX-License-Identifier: Apache-2.0
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace model::remote {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};

QString urlProblem(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
               ? QString()
               : url.toString(QUrl::RemoveUserInfo);
}

} // namespace

ConnectionSettings::Auth ConnectionSettings::auth() const
{
    if (noAuth)
        return Auth::NoAuth;
    if (authType)
        return *authType;
    if (!token.isEmpty())
        return Auth::Token;
    if (!applicationCredentialId.isEmpty() || !applicationCredentialSecret.isEmpty())
        return Auth::ApplicationCredential;
    return Auth::Password;
}

QStringList ConnectionSettings::secrets() const
{
    QStringList out;
    for (const QString *s : {&password, &token, &applicationCredentialSecret})
        if (!s->isEmpty())
            out.append(*s);
    return out;
}

QString ConnectionSettings::problem() const
{
    if (!endpoint.isEmpty() && !urlProblem(endpoint).isEmpty())
        return Tr::tr("the Trio2o endpoint \"%1\" is not a valid http or https URL").arg(urlProblem(endpoint));
    if (noAuth || auth() == Auth::NoAuth)
        return endpoint.isEmpty() ? Tr::tr("--noauth needs the Trio2o endpoint (--remote or --endpoint)") : QString();
    if (!authUrl.isEmpty() && !urlProblem(authUrl).isEmpty())
        return Tr::tr("the Keystone URL \"%1\" is not a valid http or https URL").arg(urlProblem(authUrl));
    if (!systemScope.isEmpty() && systemScope != QLatin1String("all"))
        return Tr::tr("the system scope can only be \"all\", not \"%1\"").arg(systemScope);
    switch (auth()) {
    case Auth::Token:
        if (token.isEmpty())
            return Tr::tr("the token auth type needs a token (--os-token or OS_TOKEN)");
        if (endpoint.isEmpty() && authUrl.isEmpty())
            return Tr::tr("a token needs the Trio2o endpoint (--endpoint) or Keystone (--os-auth-url)");
        if (endpoint.isEmpty() && !hasScope())
            return Tr::tr("a token needs a project scope (--os-project-name or --os-project-id) or --os-system-scope all, "
                          "so that Keystone answers with a service catalog");
        return {};
    case Auth::ApplicationCredential:
        if (authUrl.isEmpty())
            return Tr::tr("an application credential needs Keystone (--os-auth-url or OS_AUTH_URL)");
        if (applicationCredentialId.isEmpty())
            return Tr::tr("an application credential needs its id (--os-application-credential-id)");
        if (applicationCredentialSecret.isEmpty())
            return Tr::tr("an application credential needs its secret (--os-application-credential-secret or "
                          "OS_APPLICATION_CREDENTIAL_SECRET)");
        return {};
    case Auth::Password:
    case Auth::NoAuth:
        break;
    }
    if (authUrl.isEmpty())
        return Tr::tr("no credentials: give --os-cloud, or --os-auth-url with --os-username and --os-password, or "
                      "--os-token, or --noauth for a development cloud without Keystone");
    if (username.isEmpty() && userId.isEmpty())
        return Tr::tr("Keystone needs a user name (--os-username or OS_USERNAME) or id (--os-user-id)");
    if (password.isEmpty())
        return Tr::tr("Keystone needs a password (--os-password or OS_PASSWORD)");
    if (!hasScope())
        return Tr::tr("Keystone needs a project (--os-project-name, --os-project-id or OS_PROJECT_NAME) or "
                      "--os-system-scope all");
    return {};
}

QString ConnectionSettings::describe() const
{
    const QString where = endpoint.isEmpty()
                              ? Tr::tr("Trio2o via %1").arg(authUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                              : endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QString scope = !systemScope.isEmpty() ? Tr::tr("system scope %1").arg(systemScope)
                                                 : Tr::tr("project %1").arg(projectName.isEmpty() ? projectId : projectName);
    switch (auth()) {
    case Auth::NoAuth:
        return Tr::tr("%1 (no authentication, roles %2)").arg(where, roles);
    case Auth::Token:
        return Tr::tr("%1 (given token)").arg(where);
    case Auth::ApplicationCredential:
        return Tr::tr("%1 (application credential %2)").arg(where, applicationCredentialId);
    case Auth::Password:
        break;
    }
    return Tr::tr("%1 (user %2, %3)").arg(where, username.isEmpty() ? userId : username, scope);
}

QString ConnectionSettings::cloudKey() const
{
    const QString key = endpoint.toString(QUrl::RemoveUserInfo) + QLatin1Char('|')
                        + authUrl.toString(QUrl::RemoveUserInfo) + QLatin1Char('|') + regionName;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QUrl ConnectionSettings::keystoneV3() const
{
    QUrl url = authUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v3")))
        path += QLatin1String("/v3");
    url.setPath(path);
    return url;
}

} // namespace model::remote
