// SPDX-License-Identifier: Apache-2.0
// Which cloud the options, the OS_* variables and clouds.yaml/secure.yaml
// select, as python-openstackclient does: the first clouds.yaml found wins,
// secure.yaml is merged into it, a flag beats a variable beats the file, and
// OS_AUTH_URL, OS_CLOUD or OS_ENDPOINT alone selects the remote cloud.

#include "backendoptions.h"
#include "cloudsyaml.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace model::remote;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const QByteArray kClouds = R"(clouds:
  prod:
    auth:
      auth_url: https://keystone.prod:5000/v3
      username: alice
      project_name: ops
      user_domain_name: Corp
      project_domain_id: corp-id
    region_name: RegionProd
    interface: internal
  lab:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://keystone.lab/identity
      application_credential_id: ac-1
      application_credential_secret: lab-secret
    verify: false
)";

} // namespace

class TestCloudSelection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cwd;

    QProcessEnvironment env(const QStringList &vars = {}) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        for (const QString &v : vars)
            e.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        return e;
    }

    static model::Result<BackendChoice> choose(const QStringList &args, const QProcessEnvironment &e,
                                               const PasswordPrompt &prompt = {},
                                               MissingPassword missing = MissingPassword::Refuse)
    {
        QCommandLineParser parser;
        BackendOptions::addTo(parser);
        if (!parser.parse(QStringList{QStringLiteral("prog")} + args))
            return model::Error{parser.errorText()};
        return BackendOptions::fromParser(parser, e, prompt, missing);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.filePath(QStringLiteral("work")));
        m_cwd = QDir::currentPath();
        QDir::setCurrent(m_dir.filePath(QStringLiteral("work")));
    }
    void cleanup() { QDir::setCurrent(m_cwd); }

    void firstCloudsYamlFoundWins()
    {
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), kClouds);
        write(m_dir.filePath(QStringLiteral("work/clouds.yaml")), "clouds:\n  here:\n    auth:\n      auth_url: http://here/v3\n");
        auto clouds = CloudsYaml::load(env());
        QVERIFY2(clouds, qPrintable(clouds.error()));
        QCOMPARE(clouds->cloudNames(), QStringList{QStringLiteral("here")});
        QCOMPARE(clouds->file(), m_dir.filePath(QStringLiteral("work/clouds.yaml")));
        // OS_CLIENT_CONFIG_FILE comes before the current directory.
        write(m_dir.filePath(QStringLiteral("elsewhere.yaml")), kClouds);
        auto named = CloudsYaml::load(env({QStringLiteral("OS_CLIENT_CONFIG_FILE=") + m_dir.filePath(QStringLiteral("elsewhere.yaml"))}));
        QVERIFY2(named, qPrintable(named.error()));
        QCOMPARE(named->cloudNames(), (QStringList{QStringLiteral("lab"), QStringLiteral("prod")}));
    }

    void secureYamlIsMergedIn()
    {
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), kClouds);
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/secure.yaml")),
              "clouds:\n  prod:\n    auth:\n      password: from-secure\n");
        auto c = choose({QStringLiteral("--os-cloud"), QStringLiteral("prod")}, env());
        QVERIFY2(c, qPrintable(c.error()));
        QVERIFY(c->remote);
        const ConnectionSettings &s = *c->remote;
        QCOMPARE(s.password, QStringLiteral("from-secure"));
        QCOMPARE(s.username, QStringLiteral("alice")); // clouds.yaml's keys stay
        QCOMPARE(s.authUrl, QUrl(QStringLiteral("https://keystone.prod:5000/v3")));
        QCOMPARE(s.regionName, QStringLiteral("RegionProd"));
        QCOMPARE(s.interface, QStringLiteral("internal"));
        QCOMPARE(s.userDomainName, QStringLiteral("Corp"));
        QCOMPARE(s.projectDomainId, QStringLiteral("corp-id"));
    }

    void flagBeatsVariableBeatsFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("user");
        QTest::newRow("file-only") << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("prod")} << QStringList{}
                                   << "RegionProd" << "alice";
        QTest::newRow("variable-over-file") << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("prod")}
                                            << QStringList{QStringLiteral("OS_REGION_NAME=FromVar")} << "FromVar" << "alice";
        QTest::newRow("flag-over-variable")
            << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("prod"), QStringLiteral("--os-region-name"), QStringLiteral("FromFlag")}
            << QStringList{QStringLiteral("OS_REGION_NAME=FromVar"), QStringLiteral("OS_USERNAME=bob")} << "FromFlag" << "bob";
        QTest::newRow("os-cloud-variable") << QStringList{}
                                           << QStringList{QStringLiteral("OS_CLOUD=prod"), QStringLiteral("OS_USERNAME=carol")}
                                           << "RegionProd" << "carol";
        QTest::newRow("flag-cloud-over-variable-cloud")
            << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("prod")} << QStringList{QStringLiteral("OS_CLOUD=lab")}
            << "RegionProd" << "alice";
    }

    void flagBeatsVariableBeatsFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, vars);
        QFETCH(QString, region);
        QFETCH(QString, user);
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), kClouds);
        auto c = choose(args + QStringList{QStringLiteral("--os-password"), QStringLiteral("pw")}, env(vars));
        QVERIFY2(c, qPrintable(c.error()));
        QVERIFY(c->remote);
        QCOMPARE(c->remote->regionName, region);
        QCOMPARE(c->remote->username, user);
    }

    void whatSelectsTheRemoteCloud_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<bool>("remote");
        const QStringList openrc{QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_USERNAME=u"),
                                 QStringLiteral("OS_PASSWORD=p"), QStringLiteral("OS_PROJECT_NAME=p")};
        QTest::newRow("nothing-set-is-the-database") << QStringList{} << QStringList{QStringLiteral("OS_USERNAME=u")} << false;
        QTest::newRow("openrc-alone-is-remote") << QStringList{} << openrc << true;
        QTest::newRow("os-endpoint-alone-is-remote")
            << QStringList{} << QStringList{QStringLiteral("OS_ENDPOINT=http://t:19996/v1.0"), QStringLiteral("OS_TOKEN=t")} << true;
        QTest::newRow("db-flag-beats-the-variables") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite")} << openrc << false;
    }

    void whatSelectsTheRemoteCloud()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, vars);
        QFETCH(bool, remote);
        auto c = choose(args, env(vars));
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(bool(c->remote), remote);
        if (!remote)
            QVERIFY(!c->databasePath.isEmpty());
    }

    // --db with a cloud names the store of its pod settings and audit log
    // (a team's PostgreSQL); without a cloud it is the database itself.
    void dbWithACloudNamesItsStore()
    {
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), kClouds);
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/secure.yaml")),
              "clouds:\n  prod:\n    auth:\n      password: from-secure\n");
        auto c = choose({QStringLiteral("--db"), QStringLiteral("postgresql://db.example/team"), QStringLiteral("--os-cloud"),
                         QStringLiteral("prod")}, env());
        QVERIFY2(c, qPrintable(c.error()));
        QVERIFY(c->remote);
        QCOMPARE(c->remote->storeLocation, QStringLiteral("postgresql://db.example/team"));
        auto plain = choose({QStringLiteral("--os-cloud"), QStringLiteral("prod")}, env());
        QVERIFY2(plain, qPrintable(plain.error()));
        QCOMPARE(plain->remote->storeLocation, QString()); // the default store
        auto local = choose({QStringLiteral("--db"), QStringLiteral("x.sqlite")}, env({QStringLiteral("OS_CLOUD=prod")}));
        QVERIFY2(local, qPrintable(local.error()));
        QVERIFY(!local->remote);
        QCOMPARE(local->databasePath, QStringLiteral("x.sqlite"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-cloud") << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("nope")} << QStringList{}
                                       << "no cloud named \"nope\" in";
        QTest::newRow("token-without-scope")
            << QStringList{QStringLiteral("--os-auth-url"), QStringLiteral("http://k/v3"), QStringLiteral("--os-token"), QStringLiteral("tok")}
            << QStringList{} << "needs a project scope";
        QTest::newRow("unknown-auth-type")
            << QStringList{QStringLiteral("--os-auth-url"), QStringLiteral("http://k/v3"), QStringLiteral("--os-auth-type"), QStringLiteral("saml")}
            << QStringList{} << "unknown auth type \"saml\"";
        QTest::newRow("credential-without-secret")
            << QStringList{QStringLiteral("--os-auth-url"), QStringLiteral("http://k/v3"), QStringLiteral("--os-application-credential-id"), QStringLiteral("ac")}
            << QStringList{} << "needs its secret";
        QTest::newRow("password-without-scope")
            << QStringList{QStringLiteral("--os-auth-url"), QStringLiteral("http://k/v3"), QStringLiteral("--os-username"), QStringLiteral("u")}
            << QStringList{QStringLiteral("OS_PASSWORD=p")} << "needs a project";
        QTest::newRow("missing-cacert")
            << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("prod"), QStringLiteral("--os-cacert"), QStringLiteral("/nonexistent/ca.pem")}
            << QStringList{QStringLiteral("OS_PASSWORD=p")} << "cannot read the CA file /nonexistent/ca.pem";
        QTest::newRow("system-scope-other-than-all")
            << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("prod"), QStringLiteral("--os-system-scope"), QStringLiteral("some")}
            << QStringList{QStringLiteral("OS_PASSWORD=p")} << "can only be \"all\"";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, vars);
        QFETCH(QString, message);
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), kClouds);
        auto c = choose(args, env(vars));
        QVERIFY(!c);
        QVERIFY2(c.error().contains(message), qPrintable(c.error()));
    }

    void cacertWithoutCertificateNamesTheFile()
    {
        write(m_dir.filePath(QStringLiteral("empty.pem")), "not a certificate\n");
        auto c = choose({QStringLiteral("--remote"), QStringLiteral("https://t/v1.0"), QStringLiteral("--noauth"),
                         QStringLiteral("--os-cacert"), m_dir.filePath(QStringLiteral("empty.pem"))}, env());
        QVERIFY(!c);
        QVERIFY2(c.error().contains(m_dir.filePath(QStringLiteral("empty.pem")) + QStringLiteral(" (--os-cacert) holds no PEM")),
                 qPrintable(c.error()));
        auto good = choose({QStringLiteral("--remote"), QStringLiteral("https://t/v1.0"), QStringLiteral("--noauth"),
                            QStringLiteral("--os-cacert"), QStringLiteral(TRIO2O_TEST_DATA_DIR "/tls/server.crt")}, env());
        QVERIFY2(good, qPrintable(good.error()));
    }

    void brokenYamlNamesTheFile()
    {
        write(m_dir.filePath(QStringLiteral("work/clouds.yaml")), "clouds: [unclosed\n");
        auto c = choose({QStringLiteral("--os-cloud"), QStringLiteral("prod")}, env());
        QVERIFY(!c);
        QVERIFY2(c.error().contains(m_dir.filePath(QStringLiteral("work/clouds.yaml")) + QStringLiteral(" is not valid YAML")),
                 qPrintable(c.error()));
    }

    void authTypesAndIds()
    {
        write(m_dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), kClouds);
        auto lab = choose({QStringLiteral("--os-cloud"), QStringLiteral("lab")}, env());
        QVERIFY2(lab, qPrintable(lab.error()));
        QCOMPARE(lab->remote->auth(), ConnectionSettings::Auth::ApplicationCredential);
        QCOMPARE(lab->remote->applicationCredentialSecret, QStringLiteral("lab-secret"));
        QVERIFY(lab->remote->insecure); // verify: false
        QCOMPARE(lab->warnings.size(), 1);
        auto ids = choose({}, env({QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_USER_ID=u-1"),
                                   QStringLiteral("OS_PASSWORD=p"), QStringLiteral("OS_PROJECT_ID=p-1"),
                                   QStringLiteral("OS_USER_DOMAIN_ID=d-1")}));
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->remote->userId, QStringLiteral("u-1"));
        QCOMPARE(ids->remote->projectId, QStringLiteral("p-1"));
        QCOMPARE(ids->remote->userDomainId, QStringLiteral("d-1"));
        auto system = choose({QStringLiteral("--os-system-scope"), QStringLiteral("all")},
                             env({QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_USERNAME=u"), QStringLiteral("OS_PASSWORD=p")}));
        QVERIFY2(system, qPrintable(system.error()));
        QCOMPARE(system->remote->systemScope, QStringLiteral("all"));
    }

    void passwordIsAskedForOnlyWhenMissing()
    {
        const QStringList vars{QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_USERNAME=u"), QStringLiteral("OS_PROJECT_NAME=p")};
        QStringList asked;
        const PasswordPrompt prompt = [&asked](const QString &q) -> std::optional<QString> {
            asked.append(q);
            return QStringLiteral("typed");
        };
        auto c = choose({}, env(vars), prompt);
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(c->remote->password, QStringLiteral("typed"));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("Password for u at http://k/v3")), qPrintable(asked.first()));
        auto given = choose({}, env(vars + QStringList{QStringLiteral("OS_PASSWORD=p")}), prompt);
        QVERIFY(given);
        QCOMPARE(asked.size(), 1);
        const PasswordPrompt nobody = [](const QString &) { return std::optional<QString>(); };
        auto none = choose({}, env(vars), nobody);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QLatin1String("needs a password")), qPrintable(none.error()));
        QVERIFY(!given->passwordMissing);
    }

    // The console asks in its Connect dialog: only a missing password is left
    // to ask; anything else missing is still refused, naming it.
    void theConsoleLeavesOnlyThePasswordToAsk()
    {
        const QStringList vars{QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_USERNAME=u"), QStringLiteral("OS_PROJECT_NAME=p")};
        auto c = choose({}, env(vars), {}, MissingPassword::LeaveToAsk);
        QVERIFY2(c, qPrintable(c.error()));
        QVERIFY(c->remote);
        QVERIFY(c->passwordMissing);
        QVERIFY(c->remote->password.isEmpty());
        QCOMPARE(c->remote->username, QStringLiteral("u"));
        QCOMPARE(c->remote->projectName, QStringLiteral("p"));

        auto given = choose({}, env(vars + QStringList{QStringLiteral("OS_PASSWORD=pw")}), {}, MissingPassword::LeaveToAsk);
        QVERIFY2(given, qPrintable(given.error()));
        QVERIFY(!given->passwordMissing);
        QCOMPARE(given->remote->password, QStringLiteral("pw"));

        auto noUser = choose({}, env({QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_PROJECT_NAME=p")}), {},
                             MissingPassword::LeaveToAsk);
        QVERIFY(!noUser);
        QVERIFY2(noUser.error().contains(QLatin1String("needs a user name")), qPrintable(noUser.error()));
        auto noProject = choose({}, env({QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_USERNAME=u")}), {},
                                MissingPassword::LeaveToAsk);
        QVERIFY(!noProject);
        QVERIFY2(noProject.error().contains(QLatin1String("needs a project")), qPrintable(noProject.error()));
        auto badUrl = choose({}, env({QStringLiteral("OS_AUTH_URL=ftp://k/v3"), QStringLiteral("OS_USERNAME=u"),
                                      QStringLiteral("OS_PROJECT_NAME=p")}), {}, MissingPassword::LeaveToAsk);
        QVERIFY(!badUrl);
        QVERIFY2(badUrl.error().contains(QLatin1String("not a valid http or https URL")), qPrintable(badUrl.error()));
        // A token or --noauth needs no password: nothing is left to ask.
        auto token = choose({}, env({QStringLiteral("OS_AUTH_URL=http://k/v3"), QStringLiteral("OS_AUTH_TYPE=token"),
                                     QStringLiteral("OS_TOKEN=t"), QStringLiteral("OS_PROJECT_NAME=p")}), {},
                            MissingPassword::LeaveToAsk);
        QVERIFY2(token, qPrintable(token.error()));
        QVERIFY(!token->passwordMissing);
    }
};

QTEST_GUILESS_MAIN(TestCloudSelection)
#include "tst_cloudselection.moc"
