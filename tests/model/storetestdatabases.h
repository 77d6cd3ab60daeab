#pragma once

// Fresh, empty databases for the store tests on either engine. The engine is
// chosen by TRIO2O_TEST_ENGINE ("sqlite", the default, or "postgresql"); the
// PostgreSQL server is the throwaway one tests/pg/pg-test-server.sh started
// for ctest (fixture "pgserver"), found through the connection file it wrote.

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>

class StoreTestDatabases
{
public:
    StoreTestDatabases()
    {
        m_postgres = qEnvironmentVariable("TRIO2O_TEST_ENGINE") == QLatin1String("postgresql");
        if (!m_postgres)
            return;
        const QString file = qEnvironmentVariable("TRIO2O_PG_CONNECTION_FILE",
                                                  QStringLiteral(TRIO2O_BINARY_DIR "/pgtest/connection"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_unavailable = QStringLiteral("no PostgreSQL test server: %1 is missing (ctest starts one through the "
                                           "pgserver fixture: tests/pg/pg-test-server.sh)").arg(file);
            return;
        }
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        m_serverUrl = lines.value(0).trimmed();
        // The store never takes a password; libpq reads it from here.
        qputenv("PGPASSWORD", lines.value(1).trimmed().toUtf8());
    }

    ~StoreTestDatabases()
    {
        if (m_admin.isEmpty())
            return;
        QSqlDatabase::database(m_admin, false).close();
        QSqlDatabase::removeDatabase(m_admin);
    }

    bool postgres() const { return m_postgres; }
    QString engineName() const { return m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"); }
    // Empty when the engine can be used; otherwise why not (the tests skip).
    QString unavailable() const { return m_unavailable; }

    // A location for SqlStore::open() naming a database nobody used yet.
    QString fresh()
    {
        static std::atomic<int> counter{0};
        const int n = ++counter;
        if (!m_postgres)
            return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(n));
        const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
        QSqlQuery q(admin());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
        QUrl url(m_serverUrl);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

private:
    QSqlDatabase admin()
    {
        if (m_admin.isEmpty()) {
            m_admin = QStringLiteral("test-admin-%1").arg(quintptr(this));
            const QUrl url(m_serverUrl);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open())
                qFatal("cannot connect to the PostgreSQL test server: %s", qPrintable(db.lastError().text()));
        }
        return QSqlDatabase::database(m_admin);
    }

    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_serverUrl;
    QString m_unavailable;
    QString m_admin;
};
