#include "connectionsettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace model::remote {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};

void fill(QString &field, const QProcessEnvironment &env, const char *name)
{
    if (field.isEmpty())
        field = env.value(QLatin1String(name));
}

void fill(QUrl &field, const QProcessEnvironment &env, const char *name)
{
    if (field.isEmpty() && env.contains(QLatin1String(name)))
        field = QUrl(env.value(QLatin1String(name)));
}

} // namespace

ConnectionSettings::Auth ConnectionSettings::auth() const
{
    if (noAuth)
        return Auth::NoAuth;
    if (!token.isEmpty())
        return Auth::Token;
    return Auth::Password;
}

void ConnectionSettings::fillFromEnvironment(const QProcessEnvironment &env)
{
    fill(authUrl, env, "OS_AUTH_URL");
    fill(endpoint, env, "OS_ENDPOINT");
    fill(username, env, "OS_USERNAME");
    fill(password, env, "OS_PASSWORD");
    fill(projectName, env, "OS_PROJECT_NAME");
    fill(regionName, env, "OS_REGION_NAME");
    fill(token, env, "OS_TOKEN");
    fill(caCertFile, env, "OS_CACERT");
    if (env.contains(QStringLiteral("OS_USER_DOMAIN_NAME")))
        userDomainName = env.value(QStringLiteral("OS_USER_DOMAIN_NAME"));
    if (env.contains(QStringLiteral("OS_PROJECT_DOMAIN_NAME")))
        projectDomainName = env.value(QStringLiteral("OS_PROJECT_DOMAIN_NAME"));
    if (env.contains(QStringLiteral("OS_INTERFACE")))
        interface = env.value(QStringLiteral("OS_INTERFACE"));
}

ConnectionSettings ConnectionSettings::fromEnvironment(const QProcessEnvironment &env)
{
    ConnectionSettings s;
    s.fillFromEnvironment(env);
    return s;
}

QString ConnectionSettings::problem() const
{
    if (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return Tr::tr("the Trio2o endpoint \"%1\" is not a valid URL").arg(endpoint.toString(QUrl::RemoveUserInfo));
    if (noAuth)
        return endpoint.isEmpty() ? Tr::tr("--noauth needs the Trio2o endpoint (--remote or --endpoint)") : QString();
    if (!token.isEmpty() && endpoint.isEmpty() && authUrl.isEmpty())
        return Tr::tr("a token needs the Trio2o endpoint (--endpoint) or Keystone (--os-auth-url)");
    if (!token.isEmpty())
        return {};
    if (authUrl.isEmpty())
        return Tr::tr("no credentials: give --os-auth-url with --os-username and --os-password, or --os-token, "
                      "or --noauth for a development cloud without Keystone");
    if (!authUrl.isValid() || authUrl.host().isEmpty())
        return Tr::tr("the Keystone URL \"%1\" is not a valid URL").arg(authUrl.toString(QUrl::RemoveUserInfo));
    if (username.isEmpty())
        return Tr::tr("Keystone needs a user name (--os-username or OS_USERNAME)");
    if (password.isEmpty())
        return Tr::tr("Keystone needs a password (--os-password or OS_PASSWORD)");
    if (projectName.isEmpty())
        return Tr::tr("Keystone needs a project (--os-project-name or OS_PROJECT_NAME)");
    return {};
}

QString ConnectionSettings::describe() const
{
    const QString where = endpoint.isEmpty()
                              ? Tr::tr("Trio2o via %1").arg(authUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                              : endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    switch (auth()) {
    case Auth::NoAuth:
        return Tr::tr("%1 (no authentication, roles %2)").arg(where, roles);
    case Auth::Token:
        return Tr::tr("%1 (given token)").arg(where);
    case Auth::Password:
        break;
    }
    return Tr::tr("%1 (user %2, project %3)").arg(where, username, projectName);
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
