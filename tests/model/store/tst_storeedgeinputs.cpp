// Inputs at the edges, into the state importer and the store: huge ids,
// non-UTF-8 and NUL bytes, deep nesting, million-element arrays, numbers out
// of range. Each gets a clear error or is stored faithfully; nothing crashes
// and a refused change leaves the store as it was. SQLite and PostgreSQL.

#include "sqlstore.h"
#include "statefixtures.h"
#include "statejsoncodec.h"
#include "storetestdatabases.h"

#include <QElapsedTimer>
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

    void tenantIds_data()
    {
        QTest::addColumn<QByteArray>("tenant");
        QTest::newRow("10-mb") << QByteArray(10 * 1024 * 1024, 'x');
        QTest::newRow("non-utf8") << QByteArray("t\xff\xfe\xc0\x80-bad");
        QTest::newRow("nul-byte") << QByteArray("t\0x", 3);
        QTest::newRow("sql-quote") << QByteArray("t'); DROP TABLE pods; --");
    }

    void tenantIds()
    {
        QFETCH(QByteArray, tenant);
        auto store = openSmall();
        const QByteArray before = StateJsonCodec::serialize(store->load().value());
        const std::string id(tenant.constData(), std::size_t(tenant.size()));
        const auto r = store->applyBindingChanges({{id, {}, "p1", "edge", 0}});
        if (r.ok()) {
            const auto b = store->binding("edge");
            QVERIFY(b.ok());
            // Stored as the text it is (invalid UTF-8 becomes U+FFFD, as everywhere in the console).
            QCOMPARE(QString::fromStdString(b->tenantId), QString::fromStdString(id));
        } else {
            QVERIFY(!r.error().isEmpty());
            QVERIFY(r.error().size() < 4096); // the message does not repeat 10 MB
            QCOMPARE(StateJsonCodec::serialize(store->load().value()), before);
        }
        QVERIFY(store->load().ok()); // still usable
        QVERIFY(store->applyBindingChanges({{"t2", {}, "p1", "after", 0}}).ok());
    }

    void hostileJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("deep-nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("deep-object") << QByteArray(200000, '{');
        QByteArray million = "{\"pods\":[";
        for (int i = 0; i < 1000000; ++i)
            million += i ? ",1" : "1";
        million += "]}";
        QTest::newRow("million-element-array") << million;
        QTest::newRow("created-at-out-of-range")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\",\"created_at\":1e300}]}");
        QTest::newRow("capacity-too-big")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\",\"vcpus_total\":9223372036854775808}]}");
        QTest::newRow("negative-capacity")
            << QByteArray("{\"pods\":[{\"pod_id\":\"p1\",\"pod_name\":\"P\",\"az_name\":\"a\",\"vcpus_total\":-5}]}");
        QTest::newRow("non-utf8") << QByteArray("{\"pods\":[{\"pod_id\":\"\xff\xfe\",\"pod_name\":\"\xc0\x80\"}]}");
        QTest::newRow("not-json") << QByteArray("\x00\x01\x02garbage", 10);
    }

    void hostileJson()
    {
        QFETCH(QByteArray, json);
        auto store = openSmall();
        const QByteArray before = StateJsonCodec::serialize(store->load().value());
        QElapsedTimer timer;
        timer.start();
        const auto state = StateJsonCodec::parse(json);
        if (state) {
            // Whatever parses must go through the validator and the store's checks.
            const model::Status s = store->replaceState(state.value());
            if (!s)
                QCOMPARE(StateJsonCodec::serialize(store->load().value()), before);
        } else {
            QVERIFY(!state.error().isEmpty());
            QVERIFY2(state.error().size() < 4096, "the message is unbounded");
            qInfo("%s", qPrintable(state.error().left(200)));
        }
        QVERIFY(timer.elapsed() < 30000);
    }
};

QTEST_GUILESS_MAIN(TestStoreEdgeInputs)
#include "tst_storeedgeinputs.moc"
