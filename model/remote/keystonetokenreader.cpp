// SPDX-License-Identifier: Apache-2.0
#include "keystonetokenreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace model::remote {

namespace {

// A value from the body quoted in a message, cut short: a body may hold megabytes.
QString shown(const QString &value)
{
    return value.size() > 60 ? value.left(57) + QStringLiteral("...") : value;
}

QString member(const QString &parent, const char *key)
{
    return parent.isEmpty() ? QString::fromLatin1(key) : parent + QLatin1Char('.') + QLatin1String(key);
}

QString element(const QString &parent, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent).arg(index);
}

// Typed reads of JSON members. The first wrong field is remembered (by its
// path) and every later read returns an empty value, so a reader can go
// straight through and check failed() where it matters.
class FieldReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!failed() && !v.isObject())
            fail(v.isUndefined() ? KeystoneTokenReader::tr("\"%1\" is missing").arg(path)
                                 : KeystoneTokenReader::tr("\"%1\" is not an object").arg(path));
        return failed() ? QJsonObject() : v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &parent, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!failed() && !v.isArray())
            fail(v.isUndefined() ? KeystoneTokenReader::tr("\"%1\" is missing").arg(member(parent, key))
                                 : KeystoneTokenReader::tr("\"%1\" is not an array").arg(member(parent, key)));
        return failed() ? QJsonArray() : v.toArray();
    }

    // A string that must be there and not be empty.
    QString string(const QJsonObject &o, const QString &parent, const char *key)
    {
        const QString s = optionalString(o, parent, key);
        if (!failed() && s.isEmpty())
            fail(o.value(QLatin1String(key)).isString() ? KeystoneTokenReader::tr("\"%1\" is empty").arg(member(parent, key))
                                                : KeystoneTokenReader::tr("\"%1\" is missing").arg(member(parent, key)));
        return failed() ? QString() : s;
    }

    // A string that may be absent or null (both read as empty).
    QString optionalString(const QJsonObject &o, const QString &parent, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!failed() && !v.isString() && !v.isUndefined() && !v.isNull())
            fail(KeystoneTokenReader::tr("\"%1\" is not a string").arg(member(parent, key)));
        return failed() ? QString() : v.toString();
    }

    void fail(const QString &message)
    {
        if (!failed())
            m_error = message;
    }

private:
    QString m_error;
};

QUrl endpointUrl(FieldReader &fields, const QJsonObject &e, const QString &path)
{
    const QString text = fields.string(e, path, "url");
    const QUrl url(text);
    if (!fields.failed() && (!url.isValid() || url.isRelative() || url.host().isEmpty()))
        fields.fail(KeystoneTokenReader::tr("\"%1\" is not an absolute URL: %2").arg(member(path, "url"), shown(text)));
    return url;
}

void readEndpoints(FieldReader &fields, const QJsonObject &service, const QString &path,
                   std::vector<ServiceCatalog::Endpoint> &out)
{
    const QString type = fields.string(service, path, "type");
    const QString name = fields.optionalString(service, path, "name");
    const QJsonArray endpoints = fields.array(service, path, "endpoints");
    for (qsizetype i = 0; i < endpoints.size() && !fields.failed(); ++i) {
        const QString at = element(member(path, "endpoints"), i);
        const QJsonObject e = fields.object(endpoints.at(i), at);
        const QString interface = fields.string(e, at, "interface");
        // v3 names the region "region_id" (older ones "region"); either may be null.
        const QString regionId = fields.optionalString(e, at, "region_id");
        const QString region = fields.optionalString(e, at, "region");
        const QUrl url = endpointUrl(fields, e, at);
        if (!fields.failed())
            out.push_back({type, name, interface, regionId.isEmpty() ? region : regionId, url});
    }
}

QDateTime expiry(FieldReader &fields, const QJsonObject &token)
{
    const QString text = fields.string(token, QStringLiteral("token"), "expires_at");
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!fields.failed() && !at.isValid())
        fields.fail(KeystoneTokenReader::tr("\"%1\" is not an ISO 8601 time: %2").arg(QStringLiteral("token.expires_at"), shown(text)));
    return at.toUTC();
}

} // namespace

Result<KeystoneToken> KeystoneTokenReader::read(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error{tr("the body is not a JSON object")};
    FieldReader fields;
    const QJsonObject token = fields.object(doc.object().value(QLatin1String("token")), QStringLiteral("token"));
    KeystoneToken result;
    result.expiresAt = expiry(fields, token);
    const QString catalogPath = QStringLiteral("token.catalog");
    const QJsonArray catalog = fields.array(token, QStringLiteral("token"), "catalog");
    std::vector<ServiceCatalog::Endpoint> endpoints;
    for (qsizetype i = 0; i < catalog.size() && !fields.failed(); ++i) {
        const QString at = element(catalogPath, i);
        readEndpoints(fields, fields.object(catalog.at(i), at), at, endpoints);
    }
    if (fields.failed())
        return Error{fields.error()};
    result.catalog = ServiceCatalog(std::move(endpoints));
    return result;
}

} // namespace model::remote
