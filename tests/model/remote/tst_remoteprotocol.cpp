// SPDX-License-Identifier: Apache-2.0
// The wire rules of remote mode against the loopback cloud: token renewal
// relative to the token's lifetime (time moved on, not waited for), one
// re-authentication after a 401, bounded answers (an endless body ends in an
// error), redirects, keep-alive connections, version discovery, and secrets
// scrubbed from the request log.

#include "remotefixture.h"

#include "httpclient.h"
#include "keystoneclient.h"
#include "remotesession.h"
#include "requestlog.h"
#include "secretscrubber.h"
#include "trio2oapiclient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace model::remote;
using namespace remotetest;

namespace {

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
}

} // namespace

class TestRemoteProtocol : public QObject
{
    Q_OBJECT

    std::unique_ptr<testserver::TestServer> m_server;
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        m_server = std::make_unique<testserver::TestServer>();
        m_server->cloud().setState(smallCloud());
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void tokenRenewedATenthBeforeItExpires()
    {
        m_server->cloud().setTokenLifetimeSeconds(600);
        const ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        QDateTime now = QDateTime::currentDateTimeUtc();
        keystone.setClock([&now] { return now; });
        QVERIFY(keystone.ensureToken());
        QCOMPARE(keystone.renewalMarginSeconds(), 60);
        const QString first = keystone.token();
        now = now.addSecs(530); // 70 s left: still good
        QVERIFY(keystone.ensureToken());
        QCOMPARE(m_server->cloud().loginCount(), 1);
        now = now.addSecs(20); // 50 s left, inside the margin: renewed before it expires
        QVERIFY(keystone.ensureToken());
        QCOMPARE(m_server->cloud().loginCount(), 2);
        QVERIFY(keystone.token() != first);
    }

    void shortTokensKeepAMinimumMargin()
    {
        m_server->cloud().setTokenLifetimeSeconds(20);
        const ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        QVERIFY(keystone.ensureToken());
        QCOMPARE(keystone.renewalMarginSeconds(), KeystoneClient::kMinimumMarginSeconds);
        Trio2oApiClient api(s, http, keystone);
        for (int i = 0; i < 10; ++i)
            QVERIFY(api.listPods());
        QCOMPARE(m_server->cloud().loginCount(), 1);
    }

    void expiredTokenIsRefusedAndRenewedOnce()
    {
        m_server->cloud().setTokenLifetimeSeconds(0); // every token is expired on arrival
        const ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        Trio2oApiClient api(s, http, keystone);
        const auto pods = api.listPods();
        QVERIFY(!pods);
        QVERIFY2(pods.error().contains(QLatin1String("HTTP 401")), qPrintable(pods.error()));
        // One new token and one retry after the 401, not a loop.
        QCOMPARE(m_server->cloud().requestLog().count(QStringLiteral("GET /v1.0/pods")), 2);
    }

    void unauthorizedOnceReauthenticates()
    {
        testserver::Faults f;
        f.unauthorizedOnce = true;
        m_server->cloud().setFaults(f);
        const ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        Trio2oApiClient api(s, http, keystone);
        QVERIFY(api.listPods());
        QCOMPARE(m_server->cloud().loginCount(), 2);
        QVERIFY(!m_server->cloud().faults().unauthorizedOnce);
    }

    void endlessAnswersEndInAnError_data()
    {
        QTest::addColumn<bool>("keystone");
        QTest::newRow("trio2o-api") << false;
        QTest::newRow("keystone") << true;
    }

    void endlessAnswersEndInAnError()
    {
        QFETCH(bool, keystone);
        ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        s.maxAnswerBytes = 4 * 1024 * 1024;
        HttpClient http(s);
        KeystoneClient ks(s, http);
        Trio2oApiClient api(s, http, ks);
        if (!keystone)
            QVERIFY(ks.ensureToken());
        testserver::Faults f;
        f.endlessNext = true;
        m_server->cloud().setFaults(f);
        const auto pods = api.listPods();
        QVERIFY(!pods);
        const QString limit = keystone ? QStringLiteral("16 MiB") : QStringLiteral("4 MiB");
        QVERIFY2(pods.error().contains(QStringLiteral("is larger than ") + limit), qPrintable(pods.error()));
        QVERIFY(!http.lastTransportFailed()); // reached: no reason for a snapshot
    }

    void sameOriginRedirectIsFollowedOtherIsRefused()
    {
        const ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        Trio2oApiClient api(s, http, keystone);
        QVERIFY(keystone.ensureToken());
        testserver::Faults f;
        f.redirectApiTo = m_server->baseUrl().toString().toLatin1() + "/v1.0/..";
        m_server->cloud().setFaults(f); // to itself: /v1.0/../v1.0/pods, resolved to /v1.0/pods, redirected again...
        const auto loop = api.listPods();
        QVERIFY(!loop); // ...until the hop limit: an error, not a hang
        testserver::TestServer other;
        QVERIFY(other.start());
        f.redirectApiTo = other.baseUrl().toString().toLatin1();
        m_server->cloud().setFaults(f);
        const auto refused = api.listPods();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(other.apiUrl().toString() + QStringLiteral("/pods")), qPrintable(refused.error()));
        QVERIFY(other.cloud().requests().isEmpty());
    }

    void keepAliveResendOnlyForReads()
    {
        ConnectionSettings s = passwordSettings(*m_server, m_dir.path());
        s.getRetries = 0;
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        Trio2oApiClient api(s, http, keystone);
        QVERIFY(api.listPods()); // the connection stays open
        testserver::Faults f;
        f.closeReusedNext = true;
        m_server->cloud().setFaults(f);
        m_server->cloud().clearLog();
        QVERIFY(api.listPods()); // Qt sends the GET again on a new connection
        QCOMPARE(m_server->cloud().requestLog(), (QStringList{QStringLiteral("GET /v1.0/pods"), QStringLiteral("GET /v1.0/pods")}));
        QVERIFY(m_server->cloud().requests().first().reusedConnection);
        m_server->cloud().setFaults(f);
        m_server->cloud().clearLog();
        const auto created = api.createBinding("t9", "pod3-id");
        QVERIFY(!created); // a POST is never sent twice
        QCOMPARE(m_server->cloud().requestLog(), QStringList{QStringLiteral("POST /v1.0/bindings")});
        QVERIFY(m_server->cloud().state().bindings.size() == smallCloud().bindings.size());
    }

    void versionDiscoveredFromTheServiceRoot()
    {
        m_server->cloud().setNoAuth(true);
        ConnectionSettings s;
        s.noAuth = true;
        s.endpoint = m_server->baseUrl();
        HttpClient http(s);
        KeystoneClient keystone(s, http);
        Trio2oApiClient api(s, http, keystone);
        const auto url = api.endpoint();
        QVERIFY2(url, qPrintable(url.error()));
        QCOMPARE(url->path(), QStringLiteral("/v1.0/"));
        QVERIFY(api.listPods());
        QCOMPARE(m_server->cloud().requestLog(), (QStringList{QStringLiteral("GET /"), QStringLiteral("GET /v1.0/pods")}));
    }

    void requestLogHasNoSecrets()
    {
        g_log.clear();
        QtMessageHandler before = qInstallMessageHandler(capture);
        RequestLog::enableDebug();
        {
            RemoteSession session(passwordSettings(*m_server, m_dir.path()));
            QVERIFY(session.listPods());
        }
        QLoggingCategory::setFilterRules(QStringLiteral("trio2o.*.debug=false"));
        qInstallMessageHandler(before);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("trio2o.http GET http://127.0.0.1:\\d+/v1.0/pods 200 \\d+ ms request-id req-"))),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("trio2o.keystone token obtained")), qPrintable(all));
        QVERIFY(!all.contains(kPassword));
        for (const testserver::HttpRequest &r : m_server->cloud().requests())
            if (!r.header("x-auth-token").isEmpty())
                QVERIFY(!all.contains(QString::fromLatin1(r.header("x-auth-token"))));
    }

    void scrubberCoversEchoedForms()
    {
        SecretScrubber::add(QStringLiteral("p\"w<&>d"));
        QCOMPARE(SecretScrubber::scrub(QStringLiteral("a p\"w<&>d b")), QStringLiteral("a *** b"));
        QCOMPARE(SecretScrubber::scrub(QStringLiteral("json \"p\\\"w<&>d\"")), QStringLiteral("json \"***\""));
        QCOMPARE(SecretScrubber::scrub(QStringLiteral("url p%22w%3C%26%3Ed")), QStringLiteral("url ***"));
        QCOMPARE(SecretScrubber::scrub(QStringLiteral("html p&quot;w&lt;&amp;&gt;d")), QStringLiteral("html ***"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteProtocol)
#include "tst_remoteprotocol.moc"
