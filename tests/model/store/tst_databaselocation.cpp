// SPDX-License-Identifier: Apache-2.0
// Where a store lives: file paths and postgresql:// URLs, and the refusals.

#include "databaselocation.h"

#include <QTest>

using model::DatabaseLocation;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePathIsSqlite()
    {
        const auto l = DatabaseLocation::parse(QStringLiteral("/tmp/x/trio2o.sqlite"));
        QVERIFY(l.ok());
        QVERIFY(!l->isPostgres());
        QCOMPARE(l->driverName(), QStringLiteral("QSQLITE"));
        QCOMPARE(l->databaseName(), QStringLiteral("/tmp/x/trio2o.sqlite"));
        QCOMPARE(l->display(), QStringLiteral("/tmp/x/trio2o.sqlite"));
    }

    void postgresUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("db");
        QTest::newRow("full") << "postgresql://ops@db.example.org:5433/trio2o" << "ops" << "db.example.org" << 5433 << "trio2o";
        QTest::newRow("short-scheme") << "postgres://ops@127.0.0.1/cloud" << "ops" << "127.0.0.1" << -1 << "cloud";
        QTest::newRow("no-user") << "postgresql://db:5432/trio2o" << "" << "db" << 5432 << "trio2o";
        QTest::newRow("ipv6") << "postgresql://ops@[::1]:6000/trio2o" << "ops" << "::1" << 6000 << "trio2o";
        QTest::newRow("upper-case-scheme") << "PostgreSQL://ops@h/d" << "ops" << "h" << -1 << "d";
    }

    void postgresUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, db);
        const auto l = DatabaseLocation::parse(text);
        QVERIFY2(l.ok(), qPrintable(l.error()));
        QVERIFY(l->isPostgres());
        QCOMPARE(l->driverName(), QStringLiteral("QPSQL"));
        QCOMPARE(l->userName(), user);
        QCOMPARE(l->host(), host);
        QCOMPARE(l->port(), port);
        QCOMPARE(l->databaseName(), db);
        QVERIFY(l->connectOptions().contains(QLatin1String("connect_timeout=10")));
        QVERIFY(DatabaseLocation::looksLikeUrl(text));
    }

    void optionsPassThrough()
    {
        const auto l = DatabaseLocation::parse(QStringLiteral("postgresql://ops@h/d?sslmode=require&connect_timeout=3"));
        QVERIFY2(l.ok(), qPrintable(l.error()));
        QCOMPARE(l->connectOptions(), QStringLiteral("sslmode=require;connect_timeout=3"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password-in-url") << "postgresql://ops:s3cret@h:5432/d" << "password in the database URL is refused";
        QTest::newRow("empty-password") << "postgresql://ops:@h/d" << "password in the database URL is refused";
        QTest::newRow("password-parameter") << "postgresql://ops@h/d?password=s3cret" << "password in the database URL is refused";
        QTest::newRow("no-database") << "postgresql://ops@h:5432" << "must name one database";
        QTest::newRow("two-path-parts") << "postgresql://ops@h/a/b" << "must name one database";
        QTest::newRow("unknown-parameter") << "postgresql://ops@h/d?sslmodee=require" << "unknown database URL parameter";
        QTest::newRow("option-injection") << "postgresql://ops@h/d?sslmode=require%3Bhost%3Devil" << "invalid value";
        // Found by fuzzing: a free-form sslmode carried a second URL with a password.
        QTest::newRow("sslmode-smuggles-password") << "postgresql://ops@b/trio2o?sslmode=ruirepostgres://ops:pw@d"
                                                   << "invalid value";
        QTest::newRow("timeout-not-a-number") << "postgresql://ops@h/d?connect_timeout=soon" << "invalid value";
        QTest::newRow("other-scheme") << "mysql://ops@h/d" << "only postgresql://";
        QTest::newRow("empty") << "" << "no database given";
        QTest::newRow("bad-port") << "postgresql://ops@h:99999/d" << "not a valid PostgreSQL URL";
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto l = DatabaseLocation::parse(text);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().contains(expected), qPrintable(l.error()));
        QVERIFY2(!l.error().contains(QLatin1String("s3cret")), "the message repeats the password");
    }

    void displayHasNoSecret()
    {
        const auto l = DatabaseLocation::parse(QStringLiteral("postgresql://ops@h:5433/d?sslmode=require"));
        QVERIFY(l.ok());
        QCOMPARE(l->display(), QStringLiteral("postgresql://ops@h:5433/d"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
