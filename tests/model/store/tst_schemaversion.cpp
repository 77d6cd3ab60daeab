// SPDX-License-Identifier: Apache-2.0
// The schema version read from a database: every odd shape of schema_info
// (no row, two rows, NULL, text, a fraction, 0, negative, newer, beyond 32
// bits) is refused with its own sentence naming the value, the database is
// left as it was, and nothing indexes a list with the value. The same suite
// runs on SQLite and on PostgreSQL (storetestdatabases.h).

#include "schemamigrator.h"
#include "sqlstore.h"
#include "storetestdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using model::SqlStore;

class TestSchemaVersion : public QObject
{
    Q_OBJECT

private:
    StoreTestDatabases m_databases;

    static bool exec(const SqlStore &store, const QString &sql)
    {
        QSqlQuery q(store.database());
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

    static QStringList rows(const SqlStore &store)
    {
        QStringList out;
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT version FROM schema_info ORDER BY 1")))
            return {QStringLiteral("query failed: ") + q.lastError().text()};
        while (q.next())
            out << (q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString());
        return out;
    }

    // schema_info rebuilt with a column type that can hold the odd value on both engines.
    static QStringList rebuilt(const char *type, const QStringList &values)
    {
        QStringList sql{QStringLiteral("DROP TABLE schema_info"),
                        QStringLiteral("CREATE TABLE schema_info (version %1)").arg(QLatin1String(type))};
        for (const QString &v : values)
            sql << QStringLiteral("INSERT INTO schema_info (version) VALUES (%1)").arg(v);
        return sql;
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty())
            QFAIL(qPrintable(m_databases.unavailable()));
        qInfo("schema version suite on %s", qPrintable(m_databases.engineName()));
    }

    void oddSchemaInfoIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QStringList>("expected"); // each must appear in the error

        const QString update = QStringLiteral("UPDATE schema_info SET version = %1");
        QTest::newRow("no-row") << QStringList{QStringLiteral("DELETE FROM schema_info")}
                                << QStringList{QStringLiteral("holds no version row")};
        QTest::newRow("two-rows") << QStringList{QStringLiteral("INSERT INTO schema_info (version) VALUES (2)")}
                                  << QStringList{QStringLiteral("more than one version row")};
        QTest::newRow("zero") << QStringList{update.arg(0)} << QStringList{QStringLiteral("schema_info is 0,")};
        QTest::newRow("minus-one") << QStringList{update.arg(-1)} << QStringList{QStringLiteral("is -1;")};
        QTest::newRow("minus-two") << QStringList{update.arg(-2)} << QStringList{QStringLiteral("is -2;")};
        QTest::newRow("newer") << QStringList{update.arg(99)}
                               << QStringList{QStringLiteral("schema version 99, newer"),
                                              QStringLiteral("opens schema versions 1 to 4")};
        QTest::newRow("int32-max") << QStringList{update.arg(2147483647)}
                                   << QStringList{QStringLiteral("schema version 2147483647, newer")};
        QTest::newRow("two-to-the-31") << rebuilt("BIGINT", {QStringLiteral("2147483648")})
                                       << QStringList{QStringLiteral("schema version 2147483648, newer")};
        // Read as 32 bits, this would be 2: the database of a newer program opened and written.
        QTest::newRow("two-to-the-32-plus-2") << rebuilt("BIGINT", {QStringLiteral("4294967298")})
                                              << QStringList{QStringLiteral("schema version 4294967298, newer")};
        QTest::newRow("int64-min") << rebuilt("BIGINT", {QStringLiteral("-9223372036854775808")})
                                   << QStringList{QStringLiteral("is -9223372036854775808;")};
        QTest::newRow("null") << rebuilt("INTEGER", {QStringLiteral("NULL")})
                              << QStringList{QStringLiteral("is NULL")};
        QTest::newRow("text") << rebuilt("TEXT", {QStringLiteral("'two'")})
                              << QStringList{QStringLiteral("the text \"two\", not a number")};
        QTest::newRow("fraction") << rebuilt("DOUBLE PRECISION", {QStringLiteral("1.5")})
                                  << QStringList{QStringLiteral("is 1.5, not a whole number")};
        QTest::newRow("no-version-column")
            << QStringList{QStringLiteral("DROP TABLE schema_info"), QStringLiteral("CREATE TABLE schema_info (v INTEGER)")}
            << QStringList{QStringLiteral("cannot read the schema version: ")};
    }

    void oddSchemaInfoIsRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QStringList, expected);
        const QString location = m_databases.fresh();
        auto first = SqlStore::open(location);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        for (const QString &sql : statements)
            QVERIFY(exec(*first.value(), sql));
        const QStringList before = rows(*first.value());

        const auto second = SqlStore::open(location);
        QVERIFY(!second.ok());
        for (const QString &part : expected)
            QVERIFY2(second.error().contains(part), qPrintable(second.error()));
        QCOMPARE(rows(*first.value()), before); // nothing was written
        QVERIFY2(exec(*first.value(), QStringLiteral("SELECT count(*) FROM pods")), "the pods table is still there");
    }

    void currentVersionIsSixtyFourBit()
    {
        auto store = SqlStore::open(m_databases.fresh());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        for (const QString &sql : rebuilt("BIGINT", {QStringLiteral("4294967298")}))
            QVERIFY(exec(*store.value(), sql));
        const auto version = model::SchemaMigrator::currentVersion(store.value()->database());
        QVERIFY2(version.ok(), qPrintable(version.error()));
        QCOMPARE(version.value(), qint64(4294967298));
    }

    void unknownTargetVersionIsRefused()
    {
        const auto store = SqlStore::openAtVersion(m_databases.fresh(), 7);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("no schema version 7")), qPrintable(store.error()));
    }
};

QTEST_GUILESS_MAIN(TestSchemaVersion)
#include "tst_schemaversion.moc"
