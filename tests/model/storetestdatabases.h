// SPDX-License-Identifier: Apache-2.0
#pragma once

// Fresh, empty databases for the store tests on either engine. The engine is
// chosen by TRIO2O_TEST_ENGINE ("sqlite", the default, or "postgresql"); the
// PostgreSQL server is the throwaway one tests/pg/pg-test-server.sh started
// for ctest (fixture "pgserver"), found through the connection file it wrote.
// A suite asked for PostgreSQL that cannot connect fails (QFAIL in its
// initTestCase on unavailable()): a missing server is never a skip. Each suite leaves a mark of the engine it
// was asked for and, when it got to the end, of the engine it ran on;
// tests/pg/store-engines.sh counts them for `make test`.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        mark(QStringLiteral("requested"));
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
        QString error;
        if (!connectAdmin(&error))
            m_unavailable = QStringLiteral("cannot connect to the PostgreSQL test server %1 (from %2): %3")
                                .arg(m_serverUrl, file, error);
    }

    ~StoreTestDatabases()
    {
        if (m_unavailable.isEmpty())
            mark(QStringLiteral("ran"));
        if (m_admin.isEmpty())
            return;
        QSqlDatabase::database(m_admin, false).close();
        QSqlDatabase::removeDatabase(m_admin);
    }

    bool postgres() const { return m_postgres; }
    QString engineName() const { return m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"); }
    // Empty when the engine can be used; otherwise why not (the suite fails).
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
    bool connectAdmin(QString *error)
    {
        m_admin = QStringLiteral("test-admin-%1").arg(quintptr(this));
        const QUrl url(m_serverUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open())
            return true;
        *error = db.lastError().text();
        return false;
    }

    QSqlDatabase admin()
    {
        if (!m_unavailable.isEmpty())
            qFatal("%s", qPrintable(m_unavailable));
        return QSqlDatabase::database(m_admin);
    }

    // TRIO2O_STORE_ENGINES/<engine>-<what>/<suite>: an empty file.
    void mark(const QString &what) const
    {
        const QString root = qEnvironmentVariable("TRIO2O_STORE_ENGINES",
                                                  QStringLiteral(TRIO2O_BINARY_DIR "/test-engines"));
        const QString dir = root + QLatin1Char('/') + (m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"))
                            + QLatin1Char('-') + what;
        QFile f(dir + QLatin1Char('/') + QFileInfo(QCoreApplication::applicationFilePath()).fileName());
        if (!QDir().mkpath(dir) || !f.open(QIODevice::WriteOnly))
            qWarning("cannot leave the engine mark %s", qPrintable(f.fileName()));
    }

    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_serverUrl;
    QString m_unavailable;
    QString m_admin;
};
