// SPDX-License-Identifier: Apache-2.0
// The loopback test cloud itself: every quirk of the real Trio2o API that
// DOMAIN.md lists is reachable with a raw request, and every fault switch
// does what it says. (The client's own tests rely on both.)

#include "remotefixture.h"

#include "httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace model::remote;
using namespace remotetest;

class TestFakeCloud : public QObject
{
    Q_OBJECT

    std::unique_ptr<testserver::TestServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_token;

    HttpResponse send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                      const QByteArray &accept = "application/json", const QByteArray &contentType = "application/json")
    {
        HttpRequest r;
        r.verb = verb;
        r.url = QUrl(m_server->baseUrl().toString() + path);
        r.body = body;
        r.headers = {{"Accept", accept}, {"X-Auth-Token", m_token}};
        if (!body.isEmpty())
            r.headers.append({"Content-Type", contentType});
        return m_http->send(r);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<testserver::TestServer>();
        m_server->cloud().setState(smallCloud());
        QVERIFY(m_server->start());
        ConnectionSettings s;
        s.timeoutMs = 5000;
        s.getRetries = 0;
        m_http = std::make_unique<HttpClient>(s);
        m_token = m_server->cloud().issueToken({QStringLiteral("admin")});
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void quirks_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer"); // a part of the body
        QTest::newRow("versions-at-root") << QByteArray("GET") << "/" << QByteArray() << QByteArray("application/json") << 200 << QByteArray("\"versions\"");
        QTest::newRow("version-at-v1") << QByteArray("GET") << "/v1.0" << QByteArray() << QByteArray("application/json") << 200 << QByteArray("\"v1.0\"");
        QTest::newRow("create-pod-is-200") << QByteArray("POST") << "/v1.0/pods" << QByteArray(R"({"pod": {"pod_name": " New ", "az_name": "az1"}})")
                                           << QByteArray("application/json") << 200 << QByteArray("\"pod_name\":\"New\"");
        QTest::newRow("create-pod-without-pod-is-400") << QByteArray("POST") << "/v1.0/pods" << QByteArray(R"({"x": 1})")
                                                       << QByteArray("application/json") << 400 << QByteArray("\"description\"");
        QTest::newRow("create-pod-empty-name-is-422") << QByteArray("POST") << "/v1.0/pods" << QByteArray(R"({"pod": {"pod_name": ""}})")
                                                      << QByteArray("application/json") << 422 << QByteArray("pod_name is empty");
        QTest::newRow("duplicate-pod-name-is-409") << QByteArray("POST") << "/v1.0/pods" << QByteArray(R"({"pod": {"pod_name": "Pod1", "az_name": "az1"}})")
                                                   << QByteArray("application/json") << 409 << QByteArray("already exists");
        QTest::newRow("bottom-pod-named-like-top-is-409") << QByteArray("POST") << "/v1.0/pods"
                                                          << QByteArray(R"({"pod": {"pod_name": "RegionOne", "az_name": "az1"}})")
                                                          << QByteArray("application/json") << 409 << QByteArray("duplicated with the top region");
        QTest::newRow("second-top-without-az-is-409") << QByteArray("POST") << "/v1.0/pods" << QByteArray(R"({"pod": {"pod_name": "R2"}})")
                                                      << QByteArray("application/json") << 409 << QByteArray("Top region already exists");
        QTest::newRow("second-top-with-empty-az-slips-in") << QByteArray("POST") << "/v1.0/pods"
                                                           << QByteArray(R"({"pod": {"pod_name": "R3", "az_name": ""}})")
                                                           << QByteArray("application/json") << 200 << QByteArray("\"R3\"");
        QTest::newRow("non-string-field-is-empty-500") << QByteArray("POST") << "/v1.0/pods" << QByteArray(R"({"pod": {"pod_name": 5}})")
                                                       << QByteArray("application/json") << 500 << QByteArray();
        QTest::newRow("body-without-json-type-is-missing") << QByteArray("POST") << "/v1.0/bindings" << QByteArray("text")
                                                           << QByteArray("application/json") << 400 << QByteArray("pod_binding not found");
        QTest::newRow("delete-pod-with-bindings-is-200-null") << QByteArray("DELETE") << "/v1.0/pods/pod1-id" << QByteArray()
                                                              << QByteArray("application/json") << 200 << QByteArray("null");
        QTest::newRow("missing-pod-is-404") << QByteArray("GET") << "/v1.0/pods/nope" << QByteArray() << QByteArray("application/json")
                                            << 404 << QByteArray("could not be found");
        QTest::newRow("bind-trims-tenant") << QByteArray("POST") << "/v1.0/bindings" << QByteArray(R"({"pod_binding": {"tenant_id": " t7", "pod_id": "pod1-id"}})")
                                           << QByteArray("application/json") << 200 << QByteArray("\"tenant_id\":\"t7\"");
        QTest::newRow("bind-unknown-pod-is-422") << QByteArray("POST") << "/v1.0/bindings" << QByteArray(R"({"pod_binding": {"tenant_id": "t7", "pod_id": "x"}})")
                                                 << QByteArray("application/json") << 422 << QByteArray("not found");
        QTest::newRow("bind-top-is-422") << QByteArray("POST") << "/v1.0/bindings" << QByteArray(R"({"pod_binding": {"tenant_id": "t7", "pod_id": "top-id"}})")
                                         << QByteArray("application/json") << 422 << QByteArray("top region");
        QTest::newRow("bind-again-inactive-row-is-409") << QByteArray("POST") << "/v1.0/bindings"
                                                        << QByteArray(R"({"pod_binding": {"tenant_id": "t1", "pod_id": "pod2-id"}})")
                                                        << QByteArray("application/json") << 409 << QByteArray("already exists");
        QTest::newRow("bind-empty-tenant-is-422") << QByteArray("POST") << "/v1.0/bindings" << QByteArray(R"({"pod_binding": {"tenant_id": "", "pod_id": "pod1-id"}})")
                                                  << QByteArray("application/json") << 422 << QByteArray("can not be empty");
        QTest::newRow("delete-binding-is-200-null") << QByteArray("DELETE") << "/v1.0/bindings/b1" << QByteArray()
                                                    << QByteArray("application/json") << 200 << QByteArray("null");
        QTest::newRow("put-is-405") << QByteArray("PUT") << "/v1.0/bindings/b1" << QByteArray(R"({"pod_binding": {}})")
                                    << QByteArray("application/json") << 405 << QByteArray("not allowed");
        QTest::newRow("404-as-html-without-accept") << QByteArray("GET") << "/v1.0/bindings/nope" << QByteArray() << QByteArray("*/*")
                                                    << 404 << QByteArray("<html>");
        QTest::newRow("404-text-plain-is-406") << QByteArray("GET") << "/v1.0/bindings/nope" << QByteArray() << QByteArray("text/plain")
                                               << 406 << QByteArray();
    }

    void quirks()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        const HttpResponse r = send(verb, path, body, accept, path.contains(QLatin1String("bindings")) && body == "text" ? "text/plain" : "application/json");
        QCOMPARE(r.status, status);
        QVERIFY2(r.body.contains(answer), r.body.constData());
        if (status == 500)
            QVERIFY(r.body.isEmpty());
    }

    void tokenRefusalAndPolicyRefusalDiffer()
    {
        m_token = "not-a-token";
        const HttpResponse invalid = send("GET", QStringLiteral("/v1.0/pods"));
        QCOMPARE(invalid.status, 401);
        QVERIFY(QJsonDocument::fromJson(invalid.body).object().value(QLatin1String("error")).isObject());
        m_token = m_server->cloud().issueToken({QStringLiteral("member")});
        const HttpResponse policy = send("GET", QStringLiteral("/v1.0/pods"));
        QCOMPARE(policy.status, 401);
        QVERIFY2(policy.body.contains("Unauthorized to show pods"), policy.body.constData());
        m_server->cloud().setNoAuth(true);
        HttpRequest r;
        r.url = m_server->apiUrl().toString() + QStringLiteral("/pods");
        r.headers = {{"X-Role", "member, admin"}};
        QCOMPARE(m_http->send(r).status, 200);
    }

    void faultSwitches_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char *f : {"dropNext", "fail500Next", "malformedNext", "unauthorizedOnce", "hugeBodyBytes", "failDeleteBindingNext",
                              "loseAnswerNext", "unreachableRegions", "echoRequests", "redirectApiTo", "endlessNext",
                              "closeReusedNext", "delayMs", "revokeTokens", "tokenLifetime"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void faultSwitches()
    {
        QFETCH(QString, fault);
        testserver::Faults f;
        const auto is = [&fault](const char *name) { return fault == QLatin1String(name); };
        f.dropNext = is("dropNext") ? 100 : 0; // more than Qt's own silent re-sends
        f.fail500Next = is("fail500Next");
        f.malformedNext = is("malformedNext");
        f.unauthorizedOnce = is("unauthorizedOnce");
        f.hugeBodyBytes = is("hugeBodyBytes") ? 100000 : 0;
        f.failDeleteBindingNext = is("failDeleteBindingNext");
        f.loseAnswerOf = "DELETE";
        f.loseAnswerNext = is("loseAnswerNext");
        if (is("unreachableRegions"))
            f.unreachableRegions = {QStringLiteral("Pod1")};
        f.echoRequests = is("echoRequests");
        f.redirectApiTo = is("redirectApiTo") ? QByteArray("http://elsewhere.invalid:1") : QByteArray();
        f.endlessNext = is("endlessNext");
        f.closeReusedNext = is("closeReusedNext");
        f.delayMs = is("delayMs") ? 3000 : 0;
        if (is("closeReusedNext"))
            QCOMPARE(send("GET", QStringLiteral("/v1.0/pods")).status, 200); // opens the connection to reuse
        m_server->cloud().setFaults(f);
        if (is("revokeTokens"))
            m_server->cloud().revokeTokens();
        if (is("tokenLifetime")) {
            m_server->cloud().setTokenLifetimeSeconds(0);
            m_token = m_server->cloud().issueToken({QStringLiteral("admin")});
        }
        m_server->cloud().clearLog();
        const bool deletes = is("failDeleteBindingNext") || is("loseAnswerNext");
        const HttpResponse r = is("unreachableRegions")
                                   ? send("GET", QStringLiteral("/compute/Pod1/v2.1/os-hypervisors/statistics"))
                                   : deletes ? send("DELETE", QStringLiteral("/v1.0/bindings/b1"))
                                   : is("echoRequests") ? send("GET", QStringLiteral("/v1.0/pods/nope"))
                                   : send("GET", QStringLiteral("/v1.0/pods"));
        if (is("dropNext") || is("unreachableRegions"))
            QVERIFY2(r.transportFailed(), qPrintable(r.errorText));
        else if (is("closeReusedNext")) // dropped on the reused connection, sent again by Qt on a new one
            QVERIFY(r.status == 200 && m_server->cloud().requests().size() == 2
                    && m_server->cloud().requests().first().reusedConnection);
        else if (is("fail500Next") || is("failDeleteBindingNext"))
            QVERIFY(r.status == 500 && r.body.isEmpty());
        else if (is("malformedNext"))
            QVERIFY(r.status == 200 && QJsonDocument::fromJson(r.body).isNull());
        else if (is("unauthorizedOnce") || is("revokeTokens") || is("tokenLifetime"))
            QCOMPARE(r.status, 401);
        else if (is("hugeBodyBytes"))
            QVERIFY(r.status == 200 && r.body.size() > 100000);
        else if (is("loseAnswerNext"))
            QVERIFY(r.transportFailed() && m_server->cloud().state().bindings.size() == smallCloud().bindings.size() - 1);
        else if (is("echoRequests"))
            QVERIFY2(r.status == 404 && r.body.contains("X-Auth-Token: " + m_token), r.body.constData());
        else if (is("redirectApiTo")) // answered 302 elsewhere, which the client refuses to follow
            QVERIFY2(r.refusedByClient && r.errorText.contains(QLatin1String("http://elsewhere.invalid:1/v1.0/pods")),
                     qPrintable(r.errorText));
        else if (is("endlessNext"))
            QVERIFY(r.refusedByClient && r.errorText.contains(QLatin1String("larger than")));
        else if (is("delayMs"))
            QVERIFY(r.status == 200 && m_server->cloud().requestLog().size() == 1);
        // Each one-shot switch is used up: the next request is served normally.
        if (!is("dropNext") && !is("unreachableRegions") && !is("redirectApiTo") && !is("echoRequests") && !is("delayMs") && !is("revokeTokens")
            && !is("tokenLifetime") && !is("hugeBodyBytes"))
            QCOMPARE(send("GET", QStringLiteral("/v1.0/pods")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestFakeCloud)
#include "tst_fakecloud.moc"
