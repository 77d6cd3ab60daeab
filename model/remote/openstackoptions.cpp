// SPDX-License-Identifier: Apache-2.0
#include "openstackoptions.h"

namespace model::remote {

namespace {

QString flagOf(const QString &name) { return QStringLiteral("os-") + QString(name).replace(QLatin1Char('_'), QLatin1Char('-')); }
QString variableOf(const QString &name) { return QStringLiteral("OS_") + name.toUpper(); }

bool isTrue(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes");
}

} // namespace

const QStringList &OpenStackOptions::names()
{
    static const QStringList all{
        QStringLiteral("cloud"), QStringLiteral("auth_url"), QStringLiteral("endpoint"), QStringLiteral("auth_type"),
        QStringLiteral("username"), QStringLiteral("user_id"), QStringLiteral("password"),
        QStringLiteral("project_name"), QStringLiteral("project_id"), QStringLiteral("user_domain_name"),
        QStringLiteral("user_domain_id"), QStringLiteral("project_domain_name"), QStringLiteral("project_domain_id"),
        QStringLiteral("default_domain"), QStringLiteral("system_scope"), QStringLiteral("token"),
        QStringLiteral("application_credential_id"), QStringLiteral("application_credential_secret"),
        QStringLiteral("region_name"), QStringLiteral("interface"), QStringLiteral("cacert")};
    return all;
}

OpenStackOptions OpenStackOptions::fromEnvironment(const QProcessEnvironment &env)
{
    OpenStackOptions o;
    for (const QString &name : names())
        if (const QString v = env.value(variableOf(name)); !v.isEmpty())
            o.set(name, v);
    return o;
}

OpenStackOptions OpenStackOptions::fromParser(const QCommandLineParser &parser)
{
    OpenStackOptions o;
    const QStringList given = parser.optionNames();
    for (const QString &name : names())
        if (given.contains(flagOf(name)))
            o.set(name, parser.value(flagOf(name)));
    for (const char *flag : {"remote", "endpoint"})
        if (given.contains(QLatin1String(flag)))
            o.set(QStringLiteral("endpoint"), parser.value(QLatin1String(flag)));
    if (given.contains(QStringLiteral("insecure")))
        o.set(QStringLiteral("insecure"), QStringLiteral("true"));
    return o;
}

OpenStackOptions OpenStackOptions::overlaidBy(const OpenStackOptions &over) const
{
    OpenStackOptions out = *this;
    for (auto it = over.m_values.begin(); it != over.m_values.end(); ++it)
        if (!it.value().isEmpty())
            out.m_values.insert(it.key(), it.value());
    return out;
}

Result<ConnectionSettings> OpenStackOptions::toSettings() const
{
    ConnectionSettings s;
    s.endpoint = QUrl(value(QStringLiteral("endpoint")));
    s.authUrl = QUrl(value(QStringLiteral("auth_url")));
    const std::pair<const char *, QString *> texts[] = {
        {"username", &s.username}, {"user_id", &s.userId}, {"password", &s.password},
        {"project_name", &s.projectName}, {"project_id", &s.projectId}, {"user_domain_id", &s.userDomainId},
        {"project_domain_id", &s.projectDomainId}, {"system_scope", &s.systemScope}, {"token", &s.token},
        {"application_credential_id", &s.applicationCredentialId},
        {"application_credential_secret", &s.applicationCredentialSecret}, {"region_name", &s.regionName},
        {"cacert", &s.caCertFile}, {"user_domain_name", &s.userDomainName},
        {"project_domain_name", &s.projectDomainName}, {"interface", &s.interface}};
    for (const auto &[name, field] : texts)
        if (has(QLatin1String(name)))
            *field = value(QLatin1String(name));
    if (has(QStringLiteral("default_domain"))) { // openstacksdk: the domain of both, unless named
        if (!has(QStringLiteral("user_domain_id")) && !has(QStringLiteral("user_domain_name")))
            s.userDomainId = value(QStringLiteral("default_domain"));
        if (!has(QStringLiteral("project_domain_id")) && !has(QStringLiteral("project_domain_name")))
            s.projectDomainId = value(QStringLiteral("default_domain"));
    }
    if (s.interface.endsWith(QLatin1String("URL"))) // publicURL, internalURL, adminURL (the v2 names)
        s.interface.chop(3);
    s.insecure = isTrue(value(QStringLiteral("insecure")));
    if (has(QStringLiteral("auth_type"))) {
        const QString t = value(QStringLiteral("auth_type")).trimmed().toLower();
        if (t == QLatin1String("password") || t == QLatin1String("v3password"))
            s.authType = ConnectionSettings::Auth::Password;
        else if (t == QLatin1String("token") || t == QLatin1String("v3token"))
            s.authType = ConnectionSettings::Auth::Token;
        else if (t == QLatin1String("v3applicationcredential") || t == QLatin1String("applicationcredential"))
            s.authType = ConnectionSettings::Auth::ApplicationCredential;
        else if (t == QLatin1String("none") || t == QLatin1String("noauth"))
            s.noAuth = true;
        else
            return Error{tr("unknown auth type \"%1\" (password, token, v3applicationcredential or none)")
                             .arg(value(QStringLiteral("auth_type")))};
    }
    return s;
}

} // namespace model::remote
