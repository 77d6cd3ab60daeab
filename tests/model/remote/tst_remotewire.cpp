// SPDX-License-Identifier: Apache-2.0
// The wire: the test server's Trio2o quirks as the client reads them, every
// transport failure as one sentence, GET retries and no POST retries, and TLS
// trust (refused without --os-cacert, accepted with it).

#include "apierrorreader.h"
#include "connectionsettings.h"
#include "httpclient.h"
#include "keystoneclient.h"
#include "remotefixture.h"
#include "trio2oapiclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace remotetest;
using namespace model::remote;

namespace {

// The API client stack on the test thread (it waits in local event loops).
struct Stack {
    explicit Stack(ConnectionSettings s) : settings(std::move(s)), http(settings), keystone(settings, http), api(settings, http, keystone) {}
    ConnectionSettings settings;
    HttpClient http;
    KeystoneClient keystone;
    Trio2oApiClient api;
};

ConnectionSettings noauth(const QUrl &api)
{
    ConnectionSettings s;
    s.endpoint = api;
    s.noAuth = true;
    s.timeoutMs = 3000;
    s.retryBackoffMs = 20;
    return s;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when `probe` goes
}

} // namespace

class TestRemoteWire : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testserver::TestServer> m_server;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<testserver::TestServer>();
        m_server->cloud().setState(smallCloud());
        m_server->cloud().setNoAuth(true);
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void serverQuirks_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("sentence");
        const QByteArray json = "application/json";
        QTest::newRow("body-not-json-content-type-400") << QByteArray("POST") << "/pods" << QByteArray(R"({"pod": {"pod_name": "X", "az_name": "a"}})")
            << QByteArray("text/plain") << json << 400 << "HTTP 400 Bad Request: Request body pod not found";
        QTest::newRow("missing-pod-json-404") << QByteArray("GET") << "/pods/zz" << QByteArray() << QByteArray() << json << 404
            << "HTTP 404 Not Found: Pod zz could not be found.";
        QTest::newRow("missing-pod-html-404") << QByteArray("GET") << "/pods/zz" << QByteArray() << QByteArray() << QByteArray("text/html") << 404
            << "HTTP 404 Not Found: 404 Not Found Pod zz could not be found.";
        QTest::newRow("text-plain-406") << QByteArray("GET") << "/pods/zz" << QByteArray() << QByteArray() << QByteArray("text/plain") << 406
            << "HTTP 406 Not Acceptable: 406 Not Acceptable";
        QTest::newRow("empty-name-422") << QByteArray("POST") << "/pods" << QByteArray(R"({"pod": {"pod_name": "  "}})") << json << json << 422
            << "HTTP 422 Unprocessable Entity: Value pod_name is empty";
        QTest::newRow("non-string-500-empty") << QByteArray("POST") << "/pods" << QByteArray(R"({"pod": {"pod_name": 5}})") << json << json << 500
            << "HTTP 500 Internal Server Error without a message.";
        QTest::newRow("second-top-absent-az-409") << QByteArray("POST") << "/pods" << QByteArray(R"({"pod": {"pod_name": "R2"}})") << json << json << 409
            << "HTTP 409 Conflict: Top region already exists";
        QTest::newRow("second-top-explicit-empty-az-quirk") << QByteArray("POST") << "/pods" << QByteArray(R"({"pod": {"pod_name": "R3", "az_name": ""}})")
            << json << json << 200 << QString();
        QTest::newRow("duplicate-name-409") << QByteArray("POST") << "/pods" << QByteArray(R"({"pod": {"pod_name": "Pod1", "az_name": "a"}})")
            << json << json << 409 << "HTTP 409 Conflict: Pod with name Pod1 already exists";
        QTest::newRow("put-405") << QByteArray("PUT") << "/bindings/b1" << QByteArray("{}") << json << json << 405 << "HTTP 405 Method Not Allowed";
        QTest::newRow("binding-unknown-pod-422") << QByteArray("POST") << "/bindings"
            << QByteArray(R"({"pod_binding": {"tenant_id": "t", "pod_id": "zz"}})") << json << json << 422 << "pod_id not found";
        QTest::newRow("binding-top-422") << QByteArray("POST") << "/bindings"
            << QByteArray(R"({"pod_binding": {"tenant_id": "t", "pod_id": "top-id"}})") << json << json << 422 << "Can not bind top region";
        QTest::newRow("binding-no-key-400") << QByteArray("POST") << "/bindings" << QByteArray(R"({"binding": {}})") << json << json << 400
            << "Request body pod_binding not found";
        QTest::newRow("binding-delete-null") << QByteArray("DELETE") << "/bindings/b1" << QByteArray() << QByteArray() << json << 200 << QString();
    }

    void serverQuirks()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        QFETCH(QString, sentence);
        ConnectionSettings s = noauth(m_server->apiUrl());
        HttpClient http(s);
        HttpRequest r;
        r.verb = verb;
        r.url = QUrl(m_server->apiUrl().toString() + path);
        r.body = body;
        r.headers = {{"X-Role", "admin"}, {"Accept", accept}};
        if (!contentType.isEmpty())
            r.headers.append({"Content-Type", contentType});
        const HttpResponse resp = http.send(r);
        QCOMPARE(resp.status, status);
        if (status == 200) {
            if (verb == "DELETE")
                QCOMPARE(resp.body, QByteArray("null"));
            return;
        }
        const QString text = ApiErrorReader::describe(QStringLiteral("do it"), r.url, resp);
        QVERIFY2(text.startsWith(QLatin1String("Could not do it: the server answered ")), qPrintable(text));
        QVERIFY2(text.contains(sentence), qPrintable(text));
    }

    void connectionRefused()
    {
        Stack st(noauth(QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(closedPort()))));
        QElapsedTimer t;
        t.start();
        const auto pods = st.api.listPods();
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().contains(QLatin1String("Could not list the pods: the connection to 127.0.0.1:")), qPrintable(pods.error()));
        QVERIFY(pods.error().contains(QLatin1String("was refused")));
    }

    void unknownHost()
    {
        Stack st(noauth(QUrl(QStringLiteral("http://trio2o.invalid:19996/v1.0"))));
        st.settings.getRetries = 0;
        const auto pods = st.api.listPods();
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().contains(QLatin1String("could not be resolved (DNS)")), qPrintable(pods.error()));
    }

    // The answer is held until the client gave up: a timeout whatever the load.
    void slowAnswerTimesOut()
    {
        m_server->cloud().answers().close();
        ConnectionSettings s = noauth(m_server->apiUrl());
        s.timeoutMs = 200;
        Stack st(s);
        const auto pods = st.api.listPods();
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().contains(QLatin1String("did not answer in time (timeout)")), qPrintable(pods.error()));
        QCOMPARE(m_server->cloud().answers().held(), 1); // still unanswered when the client gave up (a retry waits behind it)
        m_server->cloud().answers().open();
    }

    void droppedGetIsRetried()
    {
        testserver::Faults f;
        f.dropNext = 2;
        m_server->cloud().setFaults(f);
        Stack st(noauth(m_server->apiUrl()));
        const auto pods = st.api.listPods();
        QVERIFY2(pods.ok(), qPrintable(pods.error()));
        QCOMPARE(m_server->cloud().requestLog().count(QStringLiteral("GET /v1.0/pods")), 3);
    }

    void droppedPostIsNotRetried()
    {
        testserver::Faults f;
        f.dropNext = 10;
        m_server->cloud().setFaults(f);
        Stack st(noauth(m_server->apiUrl()));
        const auto b = st.api.createBinding("t9", "pod1-id");
        QVERIFY(!b.ok());
        // Neither the console nor Qt's HTTP layer (which would resend once by
        // itself after a drop) sends the POST a second time.
        QCOMPARE(m_server->cloud().requestLog().count(QStringLiteral("POST /v1.0/bindings")), 1);
        QCOMPARE(m_server->cloud().state().bindings.size(), 3u);
        QVERIFY2(b.error().startsWith(QLatin1String("Could not bind tenant t9 to pod pod1-id: ")), qPrintable(b.error()));
        QVERIFY2(b.error().contains(QLatin1String("closed the connection before answering, so it is unknown whether the "
                                                  "change was made")),
                 qPrintable(b.error()));
        QVERIFY2(b.error().contains(QLatin1String("It was not sent again; refresh")), qPrintable(b.error()));
    }

    void postCarriedOutButAnswerLost()
    {
        // The server makes the binding and the connection drops before the
        // answer: sent again, it would meet a 409 and the user a wrong story.
        testserver::Faults f;
        f.loseAnswerOf = "POST";
        f.loseAnswerNext = 1;
        m_server->cloud().setFaults(f);
        Stack st(noauth(m_server->apiUrl()));
        const auto b = st.api.createBinding("t9", "pod1-id");
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QLatin1String("it is unknown whether the change was made")), qPrintable(b.error()));
        QCOMPARE(m_server->cloud().requestLog().count(QStringLiteral("POST /v1.0/bindings")), 1);
        QCOMPARE(m_server->cloud().state().bindings.size(), 4u); // made, once
    }

    void droppedDeleteIsNotRetried()
    {
        testserver::Faults f;
        f.dropNext = 10;
        m_server->cloud().setFaults(f);
        Stack st(noauth(m_server->apiUrl()));
        const auto s = st.api.deleteBinding("b1");
        QVERIFY(!s.ok());
        QCOMPARE(m_server->cloud().requestLog().count(QStringLiteral("DELETE /v1.0/bindings/b1")), 1);
        QCOMPARE(m_server->cloud().state().bindings.size(), 3u);
        QVERIFY2(s.error().contains(QLatin1String("it is unknown whether the change was made")), qPrintable(s.error()));
    }

    void timedOutPostMayHaveBeenMade()
    {
        // The server makes the change but answers too late: the console must
        // not claim it failed, nor send it again.
        m_server->cloud().answers().close(); // carried out, answered only after the client gave up
        ConnectionSettings s = noauth(m_server->apiUrl());
        s.timeoutMs = 200;
        Stack st(s);
        const auto b = st.api.createBinding("t9", "pod1-id");
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QLatin1String("did not answer in time (timeout), so it is unknown whether the change "
                                                  "was made")),
                 qPrintable(b.error()));
        QCOMPARE(m_server->cloud().answers().held(), 1);
        QCOMPARE(m_server->cloud().requestLog().count(QStringLiteral("POST /v1.0/bindings")), 1);
        QCOMPARE(m_server->cloud().state().bindings.size(), 4u); // made after all: a refresh shows it
        m_server->cloud().answers().open();
    }

    void refusedPostIsAPlainFailure()
    {
        // Nothing reached a server: no doubt about the outcome.
        Stack st(noauth(QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(closedPort()))));
        const auto b = st.api.createBinding("t9", "pod1-id");
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QLatin1String("was refused")), qPrintable(b.error()));
        QVERIFY2(!b.error().contains(QLatin1String("unknown")), qPrintable(b.error()));
    }

    void emptyServerError()
    {
        testserver::Faults f;
        f.fail500Next = 1;
        m_server->cloud().setFaults(f);
        Stack st(noauth(m_server->apiUrl()));
        const auto b = st.api.listBindings();
        QVERIFY(!b.ok());
        // The sentence, then the request id the server gave, so it can be found in its logs.
        QVERIFY2(b.error().startsWith(QStringLiteral("Could not list the pod bindings: the server answered HTTP 500 Internal "
                                                     "Server Error without a message. (request req-")),
                 qPrintable(b.error()));
    }

    void malformedJson()
    {
        testserver::Faults f;
        f.malformedNext = 1;
        m_server->cloud().setFaults(f);
        Stack st(noauth(m_server->apiUrl()));
        const auto pods = st.api.listPods();
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().startsWith(QLatin1String("Could not list the pods: the server's answer is not the expected JSON")),
                 qPrintable(pods.error()));
    }

    void hugeBodyWithExtraFieldIsRead()
    {
        testserver::Faults f;
        f.hugeBodyBytes = 30 * 1024 * 1024;
        m_server->cloud().setFaults(f);
        // The server builds 30 MB on the test's own thread: on a loaded CI
        // machine (or under ASan) that alone can outlast the usual 3 s.
        auto settings = noauth(m_server->apiUrl());
        settings.timeoutMs = 30000;
        Stack st(settings);
        const auto pods = st.api.listPods();
        QVERIFY2(pods.ok(), qPrintable(pods.error()));
        QCOMPARE(pods->size(), 4u);
    }

    void toleratesNullsAndExtraFields()
    {
        const QJsonObject root = QJsonDocument::fromJson(R"({"pod_bindings": [{"id": "x", "tenant_id": "t", "pod_id": "p",
            "is_binding": false, "created_at": "2017-01-02 03:04:05.123456", "updated_at": null, "new_field": [1]}],
            "links": []})").object();
        const auto b = Trio2oApiClient::parseBindings(root, QStringLiteral("x"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->front().updatedAtUs, std::nullopt);
        QVERIFY(b->front().endedAtUs.has_value());
        const QJsonObject pods = QJsonDocument::fromJson(R"({"pods": [{"pod_id": "p", "pod_name": " P ", "az_name": null,
            "dc_name": null, "extra": {"a": 1}}]})").object();
        const auto p = Trio2oApiClient::parsePods(pods, QStringLiteral("x"));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->front().name, std::string("P"));
        QVERIFY(p->front().isTop());
    }

    void listsParseFromTheBytes()
    {
        const auto b = Trio2oApiClient::parseBindings(QByteArray(R"({"pod_bindings": [{"id": "x", "tenant_id": "t",
            "pod_id": "p", "is_binding": false, "created_at": "2017-01-02 03:04:05.123456", "updated_at": null,
            "new_field": [1]}], "links": []})"), QStringLiteral("x"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->size(), 1u);
        QCOMPARE(b->front().updatedAtUs, std::nullopt);
        QVERIFY(b->front().endedAtUs.has_value());
        const auto empty = Trio2oApiClient::parsePods(QByteArray(R"({"pods": []})"), QStringLiteral("list the pods"));
        QVERIFY2(empty.ok() && empty->empty(), qPrintable(empty.error()));
        const auto missing = Trio2oApiClient::parsePods(QByteArray(R"({"links": []})"), QStringLiteral("list the pods"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("Could not list the pods: the server's answer is not the expected JSON "
                                                 "(no \"pods\" array)."));
        const auto broken = Trio2oApiClient::parseBindings(QByteArray(R"({"pod_bindings": [{"id": "a", "tenant_id": "t",
            "pod_id": "p", "is_binding": true}, {"id": 5}]})"), QStringLiteral("list the pod bindings"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QLatin1String("pod_bindings[1]")), qPrintable(broken.error()));
    }

    void catalogWithoutTrio2oSaysSo()
    {
        testserver::TestServer keystone;
        keystone.cloud().setState(smallCloud());
        QVERIFY(keystone.start());
        ConnectionSettings s = passwordSettings(keystone, {});
        s.regionName = QStringLiteral("Elsewhere");
        Stack st(s);
        const auto pods = st.api.listPods();
        QVERIFY(!pods.ok());
        QVERIFY2(pods.error().contains(QLatin1String("--endpoint")), qPrintable(pods.error()));
        QVERIFY(!pods.error().contains(kPassword));
    }

    void tlsRefusesUntrustedCertificate()
    {
        const QString dir = QStringLiteral(TRIO2O_TEST_DATA_DIR "/tls/");
        testserver::TestServer tls;
        tls.cloud().setState(smallCloud());
        tls.cloud().setNoAuth(true);
        QVERIFY(tls.start(dir + QStringLiteral("server.crt"), dir + QStringLiteral("server.key")));
        QCOMPARE(tls.apiUrl().scheme(), QStringLiteral("https"));
        ConnectionSettings s = noauth(tls.apiUrl());
        s.getRetries = 0;
        {
            Stack st(s);
            const auto refused = st.api.listPods();
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QLatin1String("TLS")), qPrintable(refused.error()));
            QVERIFY(tls.cloud().requestLog().isEmpty()); // nothing was sent over the untrusted connection
        }
        s.caCertFile = dir + QStringLiteral("server.crt");
        {
            Stack st(s);
            QVERIFY(st.http.tlsProblem().isEmpty());
            const auto trusted = st.api.listPods();
            QVERIFY2(trusted.ok(), qPrintable(trusted.error()));
        }
        s.caCertFile.clear();
        s.insecure = true;
        Stack st(s);
        QVERIFY(st.api.listPods().ok());
    }

    void droppedPostOverTlsIsNotRetried()
    {
        const QString dir = QStringLiteral(TRIO2O_TEST_DATA_DIR "/tls/");
        testserver::TestServer tls;
        tls.cloud().setState(smallCloud());
        tls.cloud().setNoAuth(true);
        QVERIFY(tls.start(dir + QStringLiteral("server.crt"), dir + QStringLiteral("server.key")));
        testserver::Faults f;
        f.loseAnswerOf = "POST";
        f.loseAnswerNext = 1;
        tls.cloud().setFaults(f);
        ConnectionSettings s = noauth(tls.apiUrl());
        s.caCertFile = dir + QStringLiteral("server.crt");
        Stack st(s);
        const auto b = st.api.createBinding("t9", "pod1-id");
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QLatin1String("it is unknown whether the change was made")), qPrintable(b.error()));
        QCOMPARE(tls.cloud().requestLog().count(QStringLiteral("POST /v1.0/bindings")), 1);
        QCOMPARE(tls.cloud().state().bindings.size(), 4u);
    }
};

QTEST_GUILESS_MAIN(TestRemoteWire)
#include "tst_remotewire.moc"
