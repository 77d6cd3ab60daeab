// SPDX-License-Identifier: Apache-2.0
// The Keystone v3 part of FakeCloud: POST /identity/v3/auth/tokens with a
// password (user by name and domain, or id), a token or an application
// credential, scoped to a project (name and domain, or id) or the system; tokens
// that expire; and the catalog.

#include "fakecloud.h"

#include "errorbodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

namespace testserver {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QJsonObject bodyOf(const HttpRequest &r)
{
    if (!r.header("content-type").startsWith("application/json"))
        return {};
    return QJsonDocument::fromJson(r.body).object();
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

// "project:admin", "project:id-admin", "system:all", or "" (unscoped).
QString scopeOf(const QJsonObject &scope)
{
    if (scope.value(QLatin1String("system")).toObject().value(QLatin1String("all")).toBool())
        return QStringLiteral("system:all");
    const QJsonObject project = scope.value(QLatin1String("project")).toObject();
    if (project.isEmpty())
        return {};
    return QStringLiteral("project:") + (project.contains(QLatin1String("id")) ? str(project, "id") : str(project, "name"));
}

} // namespace

void FakeCloud::addApplicationCredential(const ApplicationCredential &c) { QMutexLocker l(&m_mutex); m_credentials.push_back(c); }
void FakeCloud::setTokenLifetimeSeconds(int seconds) { QMutexLocker l(&m_mutex); m_tokenLifetime = seconds; }
int FakeCloud::loginCount() const { QMutexLocker l(&m_mutex); return m_logins; }
QStringList FakeCloud::scopes() const { QMutexLocker l(&m_mutex); return m_scopes; }

QByteArray FakeCloud::newToken(const QStringList &roles)
{
    const QByteArray token = "gAAAA" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    m_tokens[token] = {roles, QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime)};
    return token;
}

bool FakeCloud::validToken(const QByteArray &token, QStringList *roles) const
{
    const auto it = m_tokens.find(token);
    if (it == m_tokens.end() || it->second.expiresAt <= QDateTime::currentDateTimeUtc())
        return false;
    if (roles)
        *roles = it->second.roles;
    return true;
}

QStringList FakeCloud::rolesOf(const QJsonObject &identity, const QString &method) const
{
    if (method == QLatin1String("password")) {
        const QJsonObject user = identity.value(QLatin1String("password")).toObject().value(QLatin1String("user")).toObject();
        const QJsonObject domain = user.value(QLatin1String("domain")).toObject();
        for (const User &u : m_users) {
            const QString id = u.id.isEmpty() ? QStringLiteral("id-") + u.name : u.id;
            const bool byId = user.contains(QLatin1String("id")) && str(user, "id") == id;
            const bool byName = str(user, "name") == u.name
                                && (str(domain, "name") == u.domain || str(domain, "id") == u.domain.toLower());
            if ((byId || byName) && u.password == str(user, "password"))
                return u.roles;
        }
    } else if (method == QLatin1String("token")) {
        QStringList roles;
        if (validToken(str(identity.value(QLatin1String("token")).toObject(), "id").toLatin1(), &roles))
            return roles;
    } else if (method == QLatin1String("application_credential")) {
        const QJsonObject c = identity.value(QLatin1String("application_credential")).toObject();
        for (const ApplicationCredential &a : m_credentials)
            if (a.id == str(c, "id") && a.secret == str(c, "secret"))
                return a.roles;
    }
    return {};
}

HttpAnswer FakeCloud::keystone(const HttpRequest &r)
{
    if (r.method != "POST")
        return webobError(r, 405, QStringLiteral("Method not allowed"));
    const QJsonObject auth = bodyOf(r).value(QLatin1String("auth")).toObject();
    const QJsonObject identity = auth.value(QLatin1String("identity")).toObject();
    const QString method = identity.value(QLatin1String("methods")).toArray().first().toString();
    const QStringList roles = rolesOf(identity, method);
    if (roles.isEmpty())
        return tokenRefused();
    const QString scope = method == QLatin1String("application_credential")
                              ? QStringLiteral("project:admin")
                              : scopeOf(auth.value(QLatin1String("scope")).toObject());
    ++m_logins;
    m_scopes.append(scope);
    const QByteArray token = newToken(roles);
    const QString expires = m_tokens[token].expiresAt.toString(Qt::ISODateWithMs);
    QJsonArray roleArray;
    for (const QString &role : roles)
        roleArray.append(QJsonObject{{QStringLiteral("name"), role}});
    QJsonObject body{{QStringLiteral("methods"), QJsonArray{method}},
                     {QStringLiteral("expires_at"), expires},
                     {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("roles"), roleArray}};
    // Like Keystone: an unscoped token has no catalog.
    if (scope.startsWith(QLatin1String("system")))
        body.insert(QStringLiteral("system"), QJsonObject{{QStringLiteral("all"), true}});
    else if (!scope.isEmpty())
        body.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), scope.mid(8)}, {QStringLiteral("id"), QStringLiteral("p1")}});
    if (!scope.isEmpty())
        body.insert(QStringLiteral("catalog"), QJsonDocument::fromJson(catalogJson()).array());
    HttpAnswer a = json(QJsonDocument(QJsonObject{{QStringLiteral("token"), body}}).toJson(QJsonDocument::Compact), 201);
    a.headers.append(qMakePair(QByteArray("X-Subject-Token"), token));
    return a;
}

QByteArray FakeCloud::catalogJson() const
{
    QJsonArray trio2o;
    for (const char *i : {"public", "internal", "admin"})
        trio2o.append(QJsonObject{{QStringLiteral("interface"), QLatin1String(i)},
                                  {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                  {QStringLiteral("region"), QStringLiteral("RegionOne")},
                                  {QStringLiteral("url"), QString::fromLatin1(m_baseUrl + "/v1.0")}});
    QJsonArray compute;
    for (const sched::Pod &p : m_state.pods)
        if (!p.isTop())
            compute.append(QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                       {QStringLiteral("region_id"), q(p.name)},
                                       {QStringLiteral("url"), QString::fromLatin1(m_baseUrl) + QStringLiteral("/compute/")
                                                                   + q(p.name) + QStringLiteral("/v2.1")}});
    QJsonArray placement;
    for (const auto &[region, providers] : m_placement)
        if (!providers.empty())
            placement.append(QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                         {QStringLiteral("region_id"), region},
                                         {QStringLiteral("url"), QString::fromLatin1(m_baseUrl) + QStringLiteral("/placement/")
                                                                     + QString::fromLatin1(QUrl::toPercentEncoding(region))}});
    QJsonArray catalog{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("identity")}, {QStringLiteral("name"), QStringLiteral("keystone")},
                    {QStringLiteral("endpoints"), QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                                                         {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                                                         {QStringLiteral("url"), QString::fromLatin1(m_baseUrl + "/identity/v3")}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("Cascading")}, {QStringLiteral("name"), QStringLiteral("trio2o")},
                    {QStringLiteral("endpoints"), trio2o}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("compute")}, {QStringLiteral("name"), QStringLiteral("nova")},
                    {QStringLiteral("endpoints"), compute}}};
    if (!placement.isEmpty())
        catalog.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("placement")},
                                   {QStringLiteral("name"), QStringLiteral("placement")},
                                   {QStringLiteral("endpoints"), placement}});
    return QJsonDocument(catalog).toJson(QJsonDocument::Compact);
}

HttpAnswer FakeCloud::echoed(HttpAnswer a, const HttpRequest &r) const
{
    if (!m_faults.echoRequests || a.status < 300 || a.drop)
        return a;
    // As a careless proxy would: the whole request back, in the error's message.
    const QString quoted = QStringLiteral(" (request was: %1 %2 X-Auth-Token: %3 body: %4)")
                               .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path),
                                    QString::fromLatin1(r.header("x-auth-token")), QString::fromUtf8(r.body));
    const QJsonObject error{{QStringLiteral("code"), a.status},
                            {QStringLiteral("title"), QStringLiteral("Error")},
                            {QStringLiteral("message"), QStringLiteral("Refused") + quoted}};
    a.contentType = "application/json";
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    return a;
}

} // namespace testserver
