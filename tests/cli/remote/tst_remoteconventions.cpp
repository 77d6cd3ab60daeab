// SPDX-License-Identifier: Apache-2.0
// trio2o-sched in remote mode as OpenStack operators use it, as a real
// process against the loopback Trio2o/Keystone test cloud: clouds.yaml and
// OS_* alone, each auth type, the password prompt on a pseudo-terminal,
// secrets that stay secret whatever a server echoes, redirects elsewhere,
// --debug, short-lived tokens, and snapshots that never pass for live data.

#include "clirunner.h"
#include "testserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");
const QString kCredentialSecret = QStringLiteral("app-cred-s3cret");

sched::Pod pod(const char *id, const char *name, const char *az)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    return p;
}

sched::Binding binding(const char *id, const char *tenant, const char *podId)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.createdAtUs = 1'600'000'000'000'000;
    return b;
}

struct Run {
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestRemoteConventions : public QObject
{
    Q_OBJECT

    std::unique_ptr<testserver::TestServer> m_server;
    QTemporaryDir m_home;
    QStringList m_secrets; // everything that must never appear anywhere
    mutable QStringList m_tokens;

    QProcessEnvironment environment(const QStringList &vars) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys())
            if (k.startsWith(QLatin1String("OS_")) || k.startsWith(QLatin1String("QT_LOGGING")))
                env.remove(k);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        for (const QString &v : vars)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        return env;
    }

    QStringList openrc() const
    {
        return {QStringLiteral("OS_AUTH_URL=") + m_server->authUrl().toString(), QStringLiteral("OS_USERNAME=admin"),
                QStringLiteral("OS_PASSWORD=") + kPassword, QStringLiteral("OS_PROJECT_NAME=admin"),
                QStringLiteral("OS_USER_DOMAIN_NAME=Default"), QStringLiteral("OS_PROJECT_DOMAIN_NAME=Default")};
    }

    // Every token the server handed out or was shown (remembered after it is gone).
    QStringList tokens() const
    {
        if (m_server)
            for (const testserver::HttpRequest &r : m_server->cloud().requests())
                if (!r.header("x-auth-token").isEmpty())
                    m_tokens.append(QString::fromLatin1(r.header("x-auth-token")));
        m_tokens.removeDuplicates();
        return m_tokens;
    }

    void assertNoSecretIn(const QString &text, const char *where) const
    {
        for (const QString &s : m_secrets + tokens())
            if (text.contains(s))
                QFAIL(qPrintable(QStringLiteral("a secret (%1...) appears in %2").arg(s.left(3), QLatin1String(where))));
    }

    Run sched(const QStringList &args, const QStringList &vars, const QString &workDir = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(vars));
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(QStringLiteral(TRIO2O_BINARY_DIR "/cli/trio2o-sched"), args);
        p.closeWriteChannel(); // no terminal, no input
        if (!p.waitForFinished(60000))
            return {};
        Run r;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.status = cliExitCode(p, args, r.err); // a crash is -2, never the signal's number
        assertNoSecretIn(r.out, "stdout");
        assertNoSecretIn(r.err, "stderr");
        return r;
    }

    // Every file the program wrote (snapshot, overlay, settings) is free of secrets.
    void assertNoSecretInFiles()
    {
        QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &s : m_secrets + tokens())
                if (bytes.contains(s.toUtf8()))
                    QFAIL(qPrintable(QStringLiteral("a secret appears in %1").arg(f.fileName())));
        }
    }

    void writeFile(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<testserver::TestServer>();
        sched::CloudState s;
        s.pods = {pod("top-id", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1"), pod("p3", "Pod3", "az2")};
        s.bindings = {binding("b1", "t1", "p1"), binding("b2", "t2", "p1")};
        m_server->cloud().setState(s);
        m_server->cloud().addApplicationCredential({QStringLiteral("ac-1"), kCredentialSecret, {QStringLiteral("admin")}});
        QVERIFY(m_server->start());
        m_secrets = {kPassword, kCredentialSecret};
    }
    void cleanup()
    {
        if (m_server)
            assertNoSecretInFiles();
        m_server.reset();
        m_tokens.clear();
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
    }

    void openrcAloneSelectsTheCloud()
    {
        const Run r = sched({QStringLiteral("pods")}, openrc());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Pod3")));
        QVERIFY(!r.err.contains(QLatin1String("snapshot")));
        for (const testserver::HttpRequest &req : m_server->cloud().requests())
            QVERIFY2(req.header("user-agent").startsWith("trio2o-console/"), req.header("user-agent").constData());
        // Without any OS_* variable: the local database, the cloud is not asked.
        m_server->cloud().clearLog();
        const Run local = sched({QStringLiteral("pods"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("x.sqlite")),
                                 QStringLiteral("--create")}, openrc());
        QCOMPARE(local.status, 0);
        QVERIFY(m_server->cloud().requestLog().isEmpty());
    }

    void cloudsYamlWithSecureYaml()
    {
        const QString dir = m_home.filePath(QStringLiteral("project"));
        writeFile(dir + QStringLiteral("/clouds.yaml"),
                  "clouds:\n  test:\n    auth:\n      auth_url: " + m_server->authUrl().toString().toUtf8()
                      + "\n      username: admin\n      project_name: admin\n    region_name: RegionOne\n");
        writeFile(m_home.filePath(QStringLiteral(".config/openstack/secure.yaml")),
                  "clouds:\n  test:\n    auth:\n      password: " + kPassword.toUtf8() + "\n");
        QVERIFY2(sched({QStringLiteral("pods"), QStringLiteral("--os-cloud"), QStringLiteral("test")}, {}, dir).status == 0, "--os-cloud");
        QCOMPARE(sched({QStringLiteral("pods")}, {QStringLiteral("OS_CLOUD=test")}, dir).status, 0);
        // A variable beats the file: a wrong OS_PASSWORD is used, and refused.
        const Run wrong = sched({QStringLiteral("pods")}, {QStringLiteral("OS_CLOUD=test"), QStringLiteral("OS_PASSWORD=wrong-pw-1")}, dir);
        QCOMPARE(wrong.status, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("HTTP 401")), qPrintable(wrong.err));
        // ... and a flag beats the variable.
        QCOMPARE(sched({QStringLiteral("pods"), QStringLiteral("--os-password"), kPassword},
                       {QStringLiteral("OS_CLOUD=test"), QStringLiteral("OS_PASSWORD=wrong-pw-1")}, dir).status, 0);
    }

    void eachAuthType()
    {
        const QString auth = QStringLiteral("OS_AUTH_URL=") + m_server->authUrl().toString();
        const Run credential = sched({QStringLiteral("pods")}, {auth, QStringLiteral("OS_AUTH_TYPE=v3applicationcredential"),
                                                                QStringLiteral("OS_APPLICATION_CREDENTIAL_ID=ac-1"),
                                                                QStringLiteral("OS_APPLICATION_CREDENTIAL_SECRET=") + kCredentialSecret});
        QVERIFY2(credential.status == 0, qPrintable(credential.err));
        const Run ids = sched({QStringLiteral("pods")}, {auth, QStringLiteral("OS_USER_ID=id-admin"), QStringLiteral("OS_PASSWORD=") + kPassword,
                                                         QStringLiteral("OS_PROJECT_ID=p-admin"), QStringLiteral("OS_PROJECT_DOMAIN_ID=default")});
        QVERIFY2(ids.status == 0, qPrintable(ids.err));
        const Run system = sched({QStringLiteral("pods")}, {auth, QStringLiteral("OS_USERNAME=admin"), QStringLiteral("OS_PASSWORD=") + kPassword,
                                                            QStringLiteral("OS_SYSTEM_SCOPE=all")});
        QVERIFY2(system.status == 0, qPrintable(system.err));
        QCOMPARE(m_server->cloud().scopes(),
                 (QStringList{QStringLiteral("project:admin"), QStringLiteral("project:p-admin"), QStringLiteral("system:all")}));
        const QString token = QString::fromLatin1(m_server->cloud().issueToken({QStringLiteral("admin")}));
        m_secrets.append(token);
        const Run unscoped = sched({QStringLiteral("pods")}, {auth, QStringLiteral("OS_TOKEN=") + token});
        QCOMPARE(unscoped.status, 1);
        QVERIFY2(unscoped.err.contains(QLatin1String("needs a project scope")), qPrintable(unscoped.err));
        const Run scoped = sched({QStringLiteral("pods")}, {auth, QStringLiteral("OS_TOKEN=") + token, QStringLiteral("OS_PROJECT_NAME=admin")});
        QVERIFY2(scoped.status == 0, qPrintable(scoped.err));
    }

    void passwordPromptOnATerminal()
    {
        // `script` gives trio2o-sched a pseudo-terminal; the answer is typed
        // only once the question is there (echo is off by then).
        QStringList vars = openrc();
        vars.removeIf([](const QString &v) { return v.startsWith(QLatin1String("OS_PASSWORD=")); });
        QProcess p;
        p.setProcessEnvironment(environment(vars));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("script"), {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                                           QStringLiteral(TRIO2O_BINARY_DIR "/cli/trio2o-sched pods"), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        while (!seen.contains("Password for admin at ") && p.waitForReadyRead(30000))
            seen += p.readAll();
        QVERIFY2(seen.contains("Password for admin at "), seen.constData());
        p.write(kPassword.toUtf8() + "\n");
        QVERIFY(p.waitForFinished(60000));
        seen += p.readAll();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(seen.contains("Pod3"), seen.constData());
        QVERIFY2(!seen.contains(kPassword.toUtf8()), "the password was echoed");
        // Without a terminal: the clear error, no prompt.
        const Run none = sched({QStringLiteral("pods")}, vars);
        QCOMPARE(none.status, 1);
        QVERIFY2(none.err.contains(QLatin1String("needs a password")), qPrintable(none.err));
    }

    void echoingServerNeverShowsSecrets()
    {
        testserver::Faults f;
        f.echoRequests = true;
        m_server->cloud().setFaults(f);
        m_secrets.append(QStringLiteral("wrong-pw-\"<&>-2"));
        QStringList wrong = openrc();
        wrong.append(QStringLiteral("OS_PASSWORD=wrong-pw-\"<&>-2"));
        const Run refused = sched({QStringLiteral("pods"), QStringLiteral("--debug")}, wrong);
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QLatin1String("request was: POST /identity/v3/auth/tokens")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("***")), qPrintable(refused.err));
        // The token echoed back by a failing API call.
        const Run missing = sched({QStringLiteral("unbind"), QStringLiteral("no-such-binding"), QStringLiteral("--debug")}, openrc());
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QLatin1String("X-Auth-Token: ***")), qPrintable(missing.err));
        QVERIFY(!tokens().isEmpty());
    }

    void everyServerErrorNamesItsRequestId()
    {
        const Run missing = sched({QStringLiteral("unbind"), QStringLiteral("no-such-binding")}, openrc());
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QRegularExpression(QStringLiteral("\\(request req-[0-9a-f-]+\\)"))), qPrintable(missing.err));
    }

    void debugLogsEachRequest()
    {
        const Run r = sched({QStringLiteral("pods"), QStringLiteral("--debug")}, openrc());
        QCOMPARE(r.status, 0);
        const QRegularExpression line(QStringLiteral("GET http://127\\.0\\.0\\.1:\\d+/v1\\.0/pods 200 \\d+ ms request-id req-"));
        QVERIFY2(r.err.contains(line), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("/identity/v3/auth/tokens 201")), qPrintable(r.err));
        // QT_LOGGING_RULES alone does the same.
        const Run rules = sched({QStringLiteral("pods")}, openrc() << QStringLiteral("QT_LOGGING_RULES=trio2o.http.debug=true"));
        QVERIFY2(rules.err.contains(line), qPrintable(rules.err));
        QVERIFY(!rules.err.contains(QLatin1String("token obtained"))); // trio2o.keystone stays off
    }

    void redirectElsewhereIsRefused()
    {
        testserver::TestServer elsewhere;
        QVERIFY(elsewhere.start());
        testserver::Faults f;
        f.redirectApiTo = elsewhere.baseUrl().toString().toLatin1();
        m_server->cloud().setFaults(f);
        const Run r = sched({QStringLiteral("pods")}, openrc());
        QCOMPARE(r.status, 1);
        const QString from = m_server->apiUrl().toString() + QStringLiteral("/pods");
        const QString to = elsewhere.apiUrl().toString() + QStringLiteral("/pods");
        QVERIFY2(r.err.contains(from) && r.err.contains(to), qPrintable(r.err));
        QVERIFY(elsewhere.cloud().requests().isEmpty()); // the token never went there
    }

    void unreadableCacertNamesTheFile()
    {
        const Run r = sched({QStringLiteral("pods"), QStringLiteral("--os-cacert"), QStringLiteral("/missing.pem")}, openrc());
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot read the CA file /missing.pem")), qPrintable(r.err));
        QVERIFY(m_server->cloud().requests().isEmpty());
    }

    void serviceRootFindsVersion()
    {
        m_server->cloud().setNoAuth(true);
        const Run noauth = sched({QStringLiteral("pods"), QStringLiteral("--remote"), m_server->baseUrl().toString(), QStringLiteral("--noauth")}, {});
        QVERIFY2(noauth.status == 0, qPrintable(noauth.err));
        QVERIFY(noauth.out.contains(QLatin1String("Pod3")));
        QVERIFY(m_server->cloud().requestLog().contains(QStringLiteral("GET /v1.0/pods")));
    }

    void shortLivedTokenIsRenewedNotPerRequest()
    {
        m_server->cloud().setTokenLifetimeSeconds(60);
        const Run r = sched({QStringLiteral("rebind"), QStringLiteral("t1"), QStringLiteral("Pod2")}, openrc());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(m_server->cloud().requestLog().size() > 4);
        QCOMPARE(m_server->cloud().loginCount(), 1);
    }

    void snapshotNeverPassesForLiveData()
    {
        QCOMPARE(sched({QStringLiteral("pods")}, openrc()).status, 0);
        // A later read refreshes the snapshot, not only a full fetch.
        sched::CloudState s = m_server->cloud().state();
        s.pods.push_back(pod("p9", "Pod9", "az2"));
        m_server->cloud().setState(s);
        QCOMPARE(sched({QStringLiteral("pods")}, openrc()).status, 0);
        QCOMPARE(sched({QStringLiteral("bindings")}, openrc()).status, 0);
        const QStringList vars = openrc();
        assertNoSecretInFiles();
        m_server.reset(); // the cloud is gone; its port refuses
        const Run json = sched({QStringLiteral("pods"), QStringLiteral("--json")}, vars);
        QCOMPARE(json.status, 4);
        QVERIFY2(json.err.contains(QRegularExpression(QStringLiteral("snapshot taken at \\d{4}-\\d\\d-\\d\\dT"))), qPrintable(json.err));
        const QJsonArray pods = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("pods")).toArray();
        QCOMPARE(pods.size(), 5); // Pod9 included
        const Run table = sched({QStringLiteral("bindings")}, vars);
        QCOMPARE(table.status, 4);
        QVERIFY(table.err.contains(QLatin1String("not live data")));
        QCOMPARE(sched({QStringLiteral("export")}, vars).status, 4);
        const Run write = sched({QStringLiteral("bind"), QStringLiteral("t9"), QStringLiteral("Pod9")}, vars);
        QCOMPARE(write.status, 1);
        QVERIFY2(write.err.contains(QLatin1String("cannot reach the cloud")), qPrintable(write.err));
        const Run unbind = sched({QStringLiteral("unbind"), QStringLiteral("b1")}, vars);
        QCOMPARE(unbind.status, 1);
        QVERIFY2(unbind.err.contains(QLatin1String("Cannot reach the cloud")), qPrintable(unbind.err));
        assertNoSecretInFiles();
    }
};

QTEST_GUILESS_MAIN(TestRemoteConventions)
#include "tst_remoteconventions.moc"
