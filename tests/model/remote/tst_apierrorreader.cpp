// SPDX-License-Identifier: Apache-2.0
// One sentence from any error body: JSON description, Keystone's nested
// message, bare text, an HTML page, or nothing.

#include "apierrorreader.h"

#include <QTest>

using model::remote::ApiErrorReader;
using model::remote::HttpResponse;

class TestApiErrorReader : public QObject
{
    Q_OBJECT

private slots:
    void serverMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("message");
        QTest::newRow("pecan-json-description") << QByteArray(R"({"code": "400 Bad Request", "title": "Bad Request", "description": "Request body pod not found"})")
                                                << QByteArray("application/json") << "Request body pod not found";
        QTest::newRow("keystone-nested-message") << QByteArray(R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})")
                                                 << QByteArray("application/json") << "The request you have made requires authentication.";
        QTest::newRow("nova-nested") << QByteArray(R"({"badRequest": {"code": 400, "message": "Invalid input"}})")
                                     << QByteArray("application/json") << "Invalid input";
        QTest::newRow("bare-text") << QByteArray("Pod binding already exists") << QByteArray("text/plain") << "Pod binding already exists";
        QTest::newRow("html-page") << QByteArray("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>Pod x could not be found.<br /></body></html>")
                                   << QByteArray("text/html") << "404 Not Found Pod x could not be found.";
        QTest::newRow("empty") << QByteArray() << QByteArray("text/plain") << QString();
        QTest::newRow("null") << QByteArray("null") << QByteArray("application/json") << QString();
        QTest::newRow("html-entities") << QByteArray("<p>a &amp; b &lt;c&gt;</p>") << QByteArray("text/html") << "a & b <c>";
    }

    void serverMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, message);
        QCOMPARE(ApiErrorReader::serverMessage(body, contentType), message);
    }

    void longMessagesAreCut()
    {
        const QString m = ApiErrorReader::serverMessage(QByteArray(5000, 'a'), "text/plain");
        QCOMPARE(m.size(), 300);
    }

    void tokenRefusalVersusPolicy()
    {
        HttpResponse token;
        token.status = 401;
        token.body = R"({"error": {"code": 401, "message": "x"}})";
        QVERIFY(ApiErrorReader::isTokenRefusal(token));
        HttpResponse policy;
        policy.status = 401;
        policy.body = R"({"code": "401 Unauthorized", "title": "Unauthorized", "description": "Unauthorized to show pods"})";
        QVERIFY(!ApiErrorReader::isTokenRefusal(policy));
    }
};

QTEST_GUILESS_MAIN(TestApiErrorReader)
#include "tst_apierrorreader.moc"
