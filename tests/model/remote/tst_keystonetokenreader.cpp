// SPDX-License-Identifier: Apache-2.0
// Keystone v3 token bodies: a real one gives its catalog and expiry; anything
// else is refused with a message that names the wrong field by its path.

#include "keystonetokenreader.h"

#include <QFile>
#include <QTest>

using model::remote::KeystoneTokenReader;

namespace {

// Shaped like devstack's answer (trimmed): region_id null on one endpoint,
// microsecond expiry, a service without a name. (moc takes the "//" of a URL
// inside a raw string literal for a comment: URLs stay out of raw strings.)
QByteArray devstackBody()
{
    QFile file(QStringLiteral(TRIO2O_TEST_DATA_DIR "/keystone/token-devstack.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray devstackBodyWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray body = devstackBody();
    if (!body.contains(from))
        qFatal("the test body has no %s", from.constData());
    return body.replace(from, to);
}

} // namespace

class TestKeystoneTokenReader : public QObject
{
    Q_OBJECT

private slots:
    void goodBody()
    {
        const auto token = KeystoneTokenReader::read(devstackBody());
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QCOMPARE(token->expiresAt, QDateTime(QDate(2030, 8, 27), QTime(9, 49, 58, 123), Qt::UTC));
        QCOMPARE(token->expiresAt.timeSpec(), Qt::UTC);
        const auto &endpoints = token->catalog.endpoints();
        QCOMPARE(endpoints.size(), std::size_t(3));
        QCOMPARE(endpoints[0].serviceName, QStringLiteral("keystone"));
        QCOMPARE(endpoints[1].serviceName, QString());
        QCOMPARE(endpoints[1].region, QStringLiteral("RegionOne")); // region_id null: the older "region"
        QCOMPARE(token->catalog.endpoint(QStringLiteral("cascading"), QStringLiteral("public"), QStringLiteral("RegionTwo")),
                 QUrl(QStringLiteral("http://trio2o-2:19996/v1.0")));
        QCOMPARE(token->catalog.endpoint(QStringLiteral("Cascading"), QStringLiteral("adminURL")),
                 QUrl(QStringLiteral("http://trio2o:19996/v1.0")));
        QVERIFY(token->catalog.endpoint(QStringLiteral("compute"), QStringLiteral("public")).isEmpty());
    }

    void expiryWithOffsetIsUtc()
    {
        const auto token = KeystoneTokenReader::read(devstackBodyWith("2030-08-27T09:49:58.123456Z", "2030-08-27T11:49:58+02:00"));
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QCOMPARE(token->expiresAt, QDateTime(QDate(2030, 8, 27), QTime(9, 49, 58), Qt::UTC));
    }

    void emptyCatalogIsAllowed()
    {
        const auto token = KeystoneTokenReader::read(R"({"token": {"expires_at": "2030-01-01T00:00:00Z", "catalog": []}})");
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QVERIFY(token->catalog.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty-body") << QByteArray() << "not JSON";
        QTest::newRow("malformed-json") << devstackBody().left(40) << "not JSON";
        QTest::newRow("trailing-garbage") << devstackBody() + "}" << "not JSON";
        QTest::newRow("array-body") << QByteArray("[1, 2]") << "the body is not a JSON object";
        QTest::newRow("no-token") << QByteArray(R"({"error": {"code": 401}})") << R"("token" is missing)";
        QTest::newRow("token-is-string") << QByteArray(R"({"token": "gAAAA"})") << R"("token" is not an object)";
        QTest::newRow("no-catalog") << devstackBodyWith(R"("catalog": [)", R"("catalogue": [)") << R"("token.catalog" is missing)";
        QTest::newRow("catalog-is-object") << QByteArray(R"({"token": {"expires_at": "2030-01-01T00:00:00Z", "catalog": {}}})")
                                           << R"("token.catalog" is not an array)";
        QTest::newRow("service-is-string") << QByteArray(R"({"token": {"expires_at": "2030-01-01T00:00:00Z", "catalog": ["nova"]}})")
                                           << R"("token.catalog[0]" is not an object)";
        QTest::newRow("service-type-missing") << devstackBodyWith(R"("type": "Cascading", )", "") << R"("token.catalog[1].type" is missing)";
        QTest::newRow("service-type-number") << devstackBodyWith(R"("type": "Cascading")", R"("type": 7)")
                                             << R"("token.catalog[1].type" is not a string)";
        QTest::newRow("service-type-empty") << devstackBodyWith(R"("type": "Cascading")", R"("type": "")")
                                            << R"("token.catalog[1].type" is empty)";
        QTest::newRow("service-name-array") << devstackBodyWith(R"("name": "nova")", R"("name": ["nova"])")
                                            << R"("token.catalog[2].name" is not a string)";
        QTest::newRow("endpoints-missing") << devstackBodyWith(R"(, "endpoints": []})", "}") << R"("token.catalog[2].endpoints" is missing)";
        QTest::newRow("endpoints-null") << devstackBodyWith(R"("endpoints": [])", R"("endpoints": null)")
                                        << R"("token.catalog[2].endpoints" is not an array)";
        QTest::newRow("endpoint-url-missing") << devstackBodyWith(", \"url\": \"http://trio2o-2:19996/v1.0\"", "")
                                              << R"("token.catalog[1].endpoints[1].url" is missing)";
        QTest::newRow("endpoint-url-relative") << devstackBodyWith("http://trio2o-2:19996/v1.0", "/v1.0")
                                               << R"("token.catalog[1].endpoints[1].url" is not an absolute URL: /v1.0)";
        QTest::newRow("endpoint-interface-bool") << devstackBodyWith(R"("interface": "admin")", R"("interface": true)")
                                                 << R"("token.catalog[1].endpoints[0].interface" is not a string)";
        QTest::newRow("endpoint-region-number") << devstackBodyWith(R"("region_id": "RegionTwo")", R"("region_id": 2)")
                                                << R"("token.catalog[1].endpoints[1].region_id" is not a string)";
        QTest::newRow("expires-missing") << devstackBodyWith(R"("expires_at": "2030-08-27T09:49:58.123456Z",)", "")
                                         << R"("token.expires_at" is missing)";
        QTest::newRow("expires-number") << devstackBodyWith(R"("2030-08-27T09:49:58.123456Z")", "1900000000")
                                        << R"("token.expires_at" is not a string)";
        QTest::newRow("expires-not-a-time") << devstackBodyWith("2030-08-27T09:49:58.123456Z", "tomorrow")
                                            << R"("token.expires_at" is not an ISO 8601 time: tomorrow)";
    }

    void refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto token = KeystoneTokenReader::read(body);
        QVERIFY(!token.ok());
        QVERIFY2(token.error().contains(error), qPrintable(token.error()));
    }

    void longValuesAreCutInMessages()
    {
        const QByteArray url(10 * 1024 * 1024, 'x');
        const auto token = KeystoneTokenReader::read(devstackBodyWith("http://trio2o-2:19996/v1.0", url));
        QVERIFY(!token.ok());
        QVERIFY2(token.error().size() < 200, qPrintable(token.error().left(300)));
        QVERIFY(token.error().contains(QStringLiteral("endpoints[1].url")));
    }

    void deepNestingIsRefused()
    {
        const QByteArray body = R"({"token": {"expires_at": "2030-01-01T00:00:00Z", "catalog": )" + QByteArray(100000, '[')
                                + QByteArray(100000, ']') + "}}";
        const auto token = KeystoneTokenReader::read(body);
        QVERIFY(!token.ok());
        QVERIFY2(token.error().contains(QStringLiteral("not JSON")), qPrintable(token.error()));
    }
};

QTEST_GUILESS_MAIN(TestKeystoneTokenReader)
#include "tst_keystonetokenreader.moc"
