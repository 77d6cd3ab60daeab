// SPDX-License-Identifier: Apache-2.0
#include "databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace model {

namespace {

const QStringList kSchemes = {QStringLiteral("postgresql"), QStringLiteral("postgres")};
// Connection parameters a URL may carry; everything else is refused, so that
// a typo is an error and not a silently ignored setting.
const QStringList kAllowedOptions = {QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name")};

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// Each parameter takes only what libpq accepts for it (found by fuzzing: a
// free-form sslmode could smuggle a second URL with a password past us).
bool validOptionValue(const QString &key, const QString &value)
{
    if (key == QLatin1String("sslmode"))
        return kSslModes.contains(value);
    if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        return ok && seconds >= 0 && seconds <= 3600;
    }
    // application_name: a short label of plain characters.
    if (value.size() > 63)
        return false;
    for (const QChar c : value)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            return false;
    return true;
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1String("://"));
    return colon > 0 && kSchemes.contains(text.left(colon).toLower());
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{tr("no database given: name an SQLite file or a postgresql://user@host:port/dbname URL")};
    if (looksLikeUrl(text))
        return parseUrl(text);
    if (text.contains(QLatin1String("://")))
        return Error{tr("\"%1\" is not a database location: only postgresql:// (or postgres://) URLs and file paths "
                        "are understood")
                         .arg(text.left(200))};
    DatabaseLocation location;
    location.m_databaseName = text;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{tr("\"%1\" is not a valid PostgreSQL URL: %2").arg(text.left(200), url.errorString())};
    // Refuse before anything else, and never repeat the secret in the message.
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')))
        return Error{tr("a password in the database URL is refused (it would show in process lists and shell "
                        "history): remove it and set PGPASSWORD or use ~/.pgpass")};
    DatabaseLocation location;
    location.m_engine = Engine::Postgres;
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port(-1);
    if (location.m_port == 0)
        return Error{tr("the database URL has port 0; give a port from 1 to 65535")};
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('/')))
        return Error{tr("the database URL must name one database: postgresql://user@host:port/dbname")};
    location.m_databaseName = path;
    if (url.hasFragment())
        return Error{tr("the database URL must not have a fragment (#...)")};
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return Error{tr("a password in the database URL is refused: set PGPASSWORD or use ~/.pgpass")};
        if (!kAllowedOptions.contains(key))
            return Error{tr("unknown database URL parameter \"%1\" (known: %2)").arg(key, kAllowedOptions.join(QLatin1String(", ")))};
        if (!validOptionValue(key, value))
            return Error{tr("database URL parameter %1 has an invalid value").arg(key)};
        options << key + QLatin1Char('=') + value;
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    location.m_options = options.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::driverName() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString DatabaseLocation::display() const
{
    if (!isPostgres())
        return m_databaseName;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return url.toString();
}

} // namespace model
