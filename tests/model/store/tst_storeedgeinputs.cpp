// SPDX-License-Identifier: Apache-2.0
// Inputs at the edges, into the state importer and the store: huge ids,
// non-UTF-8 and NUL bytes, deep nesting, million-element arrays, numbers out
// of range. Each row has one expected outcome: a clear error, exactly as
// written here, or stored faithfully; nothing crashes and a refused change
// leaves the store as it was. SQLite and PostgreSQL.

#include "sqlstore.h"
#include "statefixtures.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"

#include <QTest>

using model::SqlStore;
using model::StateJsonCodec;

class TestStoreEdgeInputs : public QObject
{
    Q_OBJECT

    StoreTestDatabases m_databases;

    std::unique_ptr<SqlStore> openSmall()
    {
        auto store = SqlStore::open(m_databases.fresh());
        if (!store || !store.value()->replaceState(fixtures::smallCloud()))
            qFatal("cannot set up the store");
        return std::move(store).value();
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty()) // asked for an engine it cannot use: a failure
            QFAIL(qPrintable(m_databases.unavailable()));
    }

    // Each row has one outcome: stored as given (refusal empty), or refused
    // with exactly this message and the store left as it was.
    void tenantIds_data()
    {
        QTest::addColumn<QByteArray>("tenant");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("10-mb") << QByteArray(10 * 1024 * 1024, 'x')
                               << QStringLiteral("tenant id \"%1...\" is 10485760 bytes long; at most 255 are allowed")
                                      .arg(QString(40, QLatin1Char('x')));
        // Stored as the text it is: invalid UTF-8 becomes U+FFFD, as everywhere in the console.
        QTest::newRow("non-utf8") << QByteArray("t\xff\xfe\xc0\x80-bad") << QString();
        QTest::newRow("nul-byte") << QByteArray("t\0x", 3) << QStringLiteral("tenant id \"t%1x\" contains a NUL byte").arg(QChar(0));
        QTest::newRow("sql-quote") << QByteArray("t'); DROP TABLE pods; --") << QString();
    }

    void tenantIds()
    {
        QFETCH(QByteArray, tenant);
        QFETCH(QString, refusal);
        auto store = openSmall();
        const QByteArray before = StateJsonCodec::serialize(store->load().value());
        const std::string id(tenant.constData(), std::size_t(tenant.size()));
        const auto r = store->applyBindingChanges({{id, {}, "p1", "edge", 0}});
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            const auto b = store->binding("edge");
            QVERIFY(b.ok());
            QCOMPARE(QString::fromStdString(b->tenantId), QString::fromStdString(id));
            QCOMPARE(b->podId, std::string("p1"));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error(), refusal);
            QCOMPARE(StateJsonCodec::serialize(store->load().value()), before);
        }
        QVERIFY(store->load().ok()); // still usable
        QVERIFY(store->applyBindingChanges({{"t2", {}, "p1", "after", 0}}).ok());
    }

    // None of these is a state file the importer may take: each is refused
    // with exactly this message (a short one), before the store is touched.
    void hostileJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("deep-nesting") << QByteArray(100000, '[') + QByteArray(100000, ']')
                                      << QStringLiteral("the top level must be a JSON object with \"pods\" and \"pod_bindings\"");
        QTest::newRow("deep-object") << QByteArray(200000, '{')
                                     << QStringLiteral("malformed JSON at byte 1: a member name in double quotes was expected");
        QByteArray million = "{\"pods\":[";
        for (int i = 0; i < 1000000; ++i)
            million += i ? ",1" : "1";
        million += "]}";
        QTest::newRow("million-element-array") << million << QStringLiteral("pods[0]: must be an object");
        QTest::newRow("created-at-a-number")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\",\"created_at\":1e300}]}")
            << QStringLiteral("pods[0]: field \"created_at\" must be a string");
        QTest::newRow("created-at-month-13")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\",\"created_at\":\"2024-13-01 00:00:00\"}]}")
            << QStringLiteral("pods[0]: field \"created_at\" is not a time of the form YYYY-MM-DD HH:MM:SS.ffffff: "
                              "\"2024-13-01 00:00:00\"");
        // The real capacity field ("capacity": {"vcpus", ...}), so the value is read and refused.
        QTest::newRow("capacity-too-big")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\","
                          "\"capacity\":{\"vcpus\":9223372036854775808,\"ram_mb\":1024,\"disk_gb\":10}}]}")
            << QStringLiteral("pods[0]: field \"capacity.vcpus\" must be a whole number of at least 0");
        QTest::newRow("negative-capacity")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\","
                          "\"capacity\":{\"vcpus\":-5,\"ram_mb\":1024,\"disk_gb\":10}}]}")
            << QStringLiteral("pods[0]: field \"capacity.vcpus\" must be a whole number of at least 0");
        QTest::newRow("non-utf8") << QByteArray("{\"pods\":[{\"pod_id\":\"\xff\xfe\",\"pod_name\":\"\xc0\x80\"}]}")
                                  << QStringLiteral("malformed JSON at byte 20: invalid UTF-8");
        QTest::newRow("not-json") << QByteArray("\x00\x01\x02garbage", 10)
                                  << QStringLiteral("malformed JSON at byte 0: a value was expected");
    }

    void hostileJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto state = StateJsonCodec::parse(json);
        QVERIFY2(!state.ok(), "a hostile document was accepted");
        QCOMPARE(state.error(), error);
    }

    // The same pod with a sound capacity is taken: the rows above are
    // refused for the one value they vary, not for the rest of the record.
    void soundCapacityIsStored()
    {
        auto store = openSmall();
        const auto state = StateJsonCodec::parse(
            "{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\","
            "\"capacity\":{\"vcpus\":9000000000000000,\"ram_mb\":1024,\"disk_gb\":10}}]}");
        QVERIFY2(state.ok(), qPrintable(state.error()));
        const model::Status s = store->replaceState(state.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const auto loaded = store->load(); // kept: findPod points into it
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const sched::Pod *pod = loaded.value().findPod("p1");
        QVERIFY(pod);
        QCOMPARE(pod->capacity[std::size_t(sched::Resource::Vcpus)], std::int64_t(9000000000000000));
        QCOMPARE(pod->capacity[std::size_t(sched::Resource::RamMb)], std::int64_t(1024));
    }
};

QTEST_GUILESS_MAIN(TestStoreEdgeInputs)
#include "tst_storeedgeinputs.moc"
