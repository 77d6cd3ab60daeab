// SPDX-License-Identifier: Apache-2.0
// Remote mode in the console: the Connect dialog's remote page (checked as
// you type, passwords never stored), --remote on the command line, and a
// read-only snapshot said clearly, with editing off.

#include "backend.h"
#include "connectdialog.h"
#include "consoleoptions.h"
#include "consolesettings.h"
#include "democloud.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "remoteconnectionpage.h"
#include "requestlog.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "statuspanel.h"
#include "testprompter.h"
#include "testserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace gui;

namespace {

template <typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// A remote cloud that cannot be reached: only its saved snapshot is shown.
class SnapshotBackend final : public model::Backend
{
public:
    Kind kind() const override { return Kind::Remote; }
    QString description() const override { return QStringLiteral("http://cloud.example:19996/v1.0 (project admin)"); }
    bool isReadOnly() const override { return true; }
    QDateTime snapshotTime() const override { return QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC); }
    QFuture<model::Result<sched::CloudState>> fetchState() override
    {
        return ready(model::Result<sched::CloudState>(model::buildDemoCloud(1'772'000'000'000'000)));
    }
    QFuture<model::Result<std::vector<sched::Pod>>> listPods() override { return ready(refused<std::vector<sched::Pod>>()); }
    QFuture<model::Result<sched::Pod>> getPod(const std::string &) override { return ready(refused<sched::Pod>()); }
    QFuture<model::Result<sched::Pod>> createPod(const sched::Pod &) override { return ready(refused<sched::Pod>()); }
    QFuture<model::Result<sched::Pod>> updatePod(const sched::Pod &) override { return ready(refused<sched::Pod>()); }
    QFuture<model::Status> deletePod(const std::string &) override { return ready(model::Status(model::Error{QStringLiteral("read-only")})); }
    QFuture<model::Result<std::vector<sched::Binding>>> listBindings() override { return ready(refused<std::vector<sched::Binding>>()); }
    QFuture<model::Result<sched::Binding>> getBinding(const std::string &) override { return ready(refused<sched::Binding>()); }
    QFuture<model::Result<sched::Binding>> createBinding(const std::string &, const std::string &) override { return ready(refused<sched::Binding>()); }
    QFuture<model::Status> deleteBinding(const std::string &) override { return ready(model::Status(model::Error{QStringLiteral("read-only")})); }
    QFuture<model::Result<model::RebindOutcome>> rebind(const std::string &, const std::string &, const std::string &) override
    {
        return ready(refused<model::RebindOutcome>());
    }
    QFuture<model::Result<std::vector<sched::Binding>>> applyChanges(const std::vector<model::BindingChange> &) override
    {
        return ready(refused<std::vector<sched::Binding>>());
    }

private:
    template <typename T>
    static model::Result<T> refused() { return model::Error{QStringLiteral("read-only")}; }
};

} // namespace

class TestConnectRemote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-remote-test"));
    }

    void init() { QSettings().clear(); }

    void remotePageChecksAsYouType()
    {
        ConnectDialog dialog({}, {}, nullptr, {});
        dialog.show();
        dialog.backendCombo()->setCurrentIndex(1);
        RemoteConnectionPage *page = dialog.remotePage();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing filled in
        page->authCombo()->setCurrentIndex(page->authCombo()->findData(RemoteConnectionPage::NoAuth));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(page->endpointEdit(), QStringLiteral("http://127.0.0.1:19996/v1.0"));
        QVERIFY2(ok->isEnabled(), qPrintable(page->problem()));
        ConnectionSpec spec = dialog.connection();
        QCOMPARE(spec.kind, ConnectionSpec::Kind::Remote);
        QVERIFY(spec.remote.noAuth);
        QCOMPARE(spec.remote.endpoint, QUrl(QStringLiteral("http://127.0.0.1:19996/v1.0")));

        page->authCombo()->setCurrentIndex(page->authCombo()->findData(RemoteConnectionPage::Password));
        QTest::keyClicks(page->authUrlEdit(), QStringLiteral("https://keystone.example:5000/v3"));
        QTest::keyClicks(page->userEdit(), QStringLiteral("admin"));
        QTest::keyClicks(page->projectEdit(), QStringLiteral("admin"));
        QTest::keyClicks(page->passwordEdit(), QStringLiteral("s3cret-Pa55"));
        QVERIFY2(ok->isEnabled(), qPrintable(page->problem()));
        spec = dialog.connection();
        QCOMPARE(spec.remote.password, QStringLiteral("s3cret-Pa55"));
        testing::saveScreenshot(&dialog, QStringLiteral("dialog-connect-remote"));

        // Remembered without the password; choosing it again asks for it.
        ConsoleSettings settings;
        settings.addRecentRemote(spec.remote);
        settings.sync();
        QSettings raw;
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("s3cret")), qPrintable(key));
        QVERIFY(!QVariant(raw.value(QStringLiteral("recent/remotes"))).toString().contains(QStringLiteral("s3cret")));
        const auto recent = settings.recentRemotes();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.constFirst().username, QStringLiteral("admin"));
        QVERIFY(recent.constFirst().password.isEmpty());
        ConnectDialog again({}, {}, nullptr, recent);
        again.backendCombo()->setCurrentIndex(1);
        again.remotePage()->recentList()->setCurrentRow(0);
        QCOMPARE(again.remotePage()->authUrlEdit()->text(), QStringLiteral("https://keystone.example:5000/v3"));
        QVERIFY(again.remotePage()->passwordEdit()->text().isEmpty());
    }

    void remoteOnTheCommandLine()
    {
        QString message;
        int code = 0;
        const QProcessEnvironment empty;
        auto o = ConsoleOptionsParser::parse({QStringLiteral("trio2o-console"), QStringLiteral("--remote"),
                                              QStringLiteral("http://h:19996/v1.0"), QStringLiteral("--noauth")},
                                             &message, &code, empty);
        QVERIFY2(o, qPrintable(message));
        QVERIFY(o->backend.remote);
        QCOMPARE(o->backend.remote->endpoint, QUrl(QStringLiteral("http://h:19996/v1.0")));
        QVERIFY(o->backend.remote->storeLocation.isEmpty()); // the default store, the CLI's too
        // --db with a live cloud names the store of its pod settings and audit log (as in trio2o-sched).
        o = ConsoleOptionsParser::parse({QStringLiteral("trio2o-console"), QStringLiteral("--db"),
                                         QStringLiteral("postgresql://ops@db.example/trio2o"), QStringLiteral("--remote"),
                                         QStringLiteral("http://h:19996/v1.0"), QStringLiteral("--noauth")},
                                        &message, &code, empty);
        QVERIFY2(o, qPrintable(message));
        QVERIFY(o->backend.remote);
        QCOMPARE(o->backend.remote->storeLocation, QStringLiteral("postgresql://ops@db.example/trio2o"));
    }

    // OS_* in the environment but no OS_PASSWORD (an openrc that asks, or a
    // desktop session): the console opens the Connect dialog on that cloud to
    // type the password, instead of quitting with an error on a terminal.
    void aMissingPasswordIsAskedInTheConnectDialog()
    {
        testserver::TestServer server;
        QVERIFY(server.start());
        testserver::User ops;
        ops.name = QStringLiteral("ops");
        ops.password = QStringLiteral("Pa55-w0rd");
        ops.project = QStringLiteral("admin");
        ops.roles = {QStringLiteral("admin")};
        server.cloud().addUser(ops);
        server.cloud().setState(model::buildDemoCloud(1'772'000'000'000'000));
        QProcessEnvironment env;
        env.insert(QStringLiteral("OS_AUTH_URL"), server.authUrl().toString());
        env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("ops"));
        env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("admin"));
        env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
        env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
        QString message;
        int code = 0;
        const auto o = ConsoleOptionsParser::parse({QStringLiteral("trio2o-console")}, &message, &code, env);
        QVERIFY2(o, qPrintable(message));
        QVERIFY(o->backend.remote);
        QVERIFY(o->backend.passwordMissing);
        QTemporaryDir state;
        model::remote::ConnectionSettings settings = *o->backend.remote;
        settings.stateDirectory = state.path();
        settings.collectUsage = false;

        MainWindow w;
        auto prompter = std::make_unique<TestPrompter>();
        TestPrompter *prompts = prompter.get();
        w.editor()->setPrompter(std::move(prompter));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Cancelled: nothing is opened, nobody logged in, and the banner offers the dialog again.
        QString firstProblem;
        prompts->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<ConnectDialog &>(d);
            firstProblem = dialog.remotePage()->problem();
            QTest::mouseClick(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return d.result();
        });
        w.openRemoteAskingPassword(settings);
        QVERIFY2(firstProblem.contains(QStringLiteral("needs a password")), qPrintable(firstProblem));
        QVERIFY(!w.backend());
        QCOMPARE(server.cloud().loginCount(), 0);
        QVERIFY(w.banner()->isVisible());
        QVERIFY2(w.banner()->text().contains(QStringLiteral("needs the Keystone password")), qPrintable(w.banner()->text()));
        QVERIFY2(w.banner()->text().contains(QStringLiteral("user ops")), qPrintable(w.banner()->text()));
        QVERIFY(!w.banner()->text().contains(QStringLiteral("Pa55")));

        // Again from the banner: the remote page, filled from OS_*, the focus on the password; typed, Connect.
        bool onRemotePage = false, focusOnPassword = false, refusedEmpty = false;
        QString user, authUrl;
        prompts->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<ConnectDialog &>(d);
            RemoteConnectionPage *page = dialog.remotePage();
            QPushButton *connectButton = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            onRemotePage = page->isVisible();
            // Once the dialog is the active window, the password has the focus.
            focusOnPassword = QTest::qWaitFor([&] { return QApplication::focusWidget() == page->passwordEdit(); }, 10000);
            user = page->userEdit()->text();
            authUrl = page->authUrlEdit()->text();
            refusedEmpty = !connectButton->isEnabled();
            QWidget *typedInto = QApplication::focusWidget() ? QApplication::focusWidget() : page->passwordEdit();
            QTest::keyClicks(typedInto, QStringLiteral("Pa55-w0rd"));
            if (!connectButton->isEnabled())
                return int(QDialog::Rejected);
            QTest::mouseClick(connectButton, Qt::LeftButton);
            return d.result();
        });
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        QTest::mouseClick(w.banner()->actionButton(), Qt::LeftButton);
        QVERIFY(prompts->drivers.isEmpty());
        QVERIFY(onRemotePage);
        QVERIFY(focusOnPassword);
        QVERIFY(refusedEmpty);
        QCOMPARE(user, QStringLiteral("ops"));
        QCOMPARE(authUrl, server.authUrl().toString());
        QVERIFY(applied.wait(20000));
        QVERIFY(w.backend());
        QCOMPARE(server.cloud().loginCount(), 1);
        QVERIFY2(w.backend()->description().contains(QStringLiteral("user ops")), qPrintable(w.backend()->description()));
        QVERIFY(w.snapshot()->bindingCount() > 50);
        // The password is never kept in the settings.
        QSettings raw;
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("Pa55")), qPrintable(key));
    }

    void aReadOnlySnapshotIsSaidClearly()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openBackend(std::make_unique<SnapshotBackend>());
        QVERIFY(applied.wait(20000));
        QCoreApplication::processEvents();
        testing::saveScreenshot(&w, QStringLiteral("console-remote-snapshot-1280x800"));
        QVERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->kind(), NoticeBanner::Kind::Warning);
        QVERIFY2(w.banner()->text().contains(QStringLiteral("snapshot")), qPrintable(w.banner()->text()));
        QVERIFY(w.banner()->text().contains(QStringLiteral("2026")));
        QVERIFY(!w.editor()->canEdit());
        // The status bar says what is shown: a snapshot and when, not "Connected".
        QVERIFY2(!w.statusPanel()->stateText().contains(QStringLiteral("Connected")), qPrintable(w.statusPanel()->stateText()));
        QVERIFY2(w.statusPanel()->stateText().contains(QStringLiteral("snapshot")), qPrintable(w.statusPanel()->stateText()));
        QVERIFY(w.statusPanel()->stateText().contains(QStringLiteral("2026")));
        QVERIFY(w.snapshot()->bindingCount() > 50);
    }

    void theTeamsStoreIsAConnectionSetting()
    {
        ConnectDialog dialog({}, {}, nullptr, {});
        dialog.show();
        dialog.backendCombo()->setCurrentIndex(1);
        RemoteConnectionPage *page = dialog.remotePage();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        page->authCombo()->setCurrentIndex(page->authCombo()->findData(RemoteConnectionPage::NoAuth));
        QTest::keyClicks(page->endpointEdit(), QStringLiteral("http://127.0.0.1:19996/v1.0"));
        QVERIFY2(ok->isEnabled(), qPrintable(page->problem()));
        QVERIFY(dialog.connection().remote.storeLocation.isEmpty()); // empty: the default store, shared with the CLI
        // A password in the URL is refused before connecting, naming the field.
        QTest::keyClicks(page->storeEdit(), QStringLiteral("postgresql://ops:secret@db.example/trio2o"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(page->problem().startsWith(QLatin1String("Store: ")), qPrintable(page->problem()));
        QVERIFY2(page->problem().contains(QLatin1String("password")), qPrintable(page->problem()));
        page->storeEdit()->clear();
        QTest::keyClicks(page->storeEdit(), QStringLiteral("postgresql://ops@db.example/trio2o"));
        QVERIFY2(ok->isEnabled(), qPrintable(page->problem()));
        const ConnectionSpec spec = dialog.connection();
        QCOMPARE(spec.remote.storeLocation, QStringLiteral("postgresql://ops@db.example/trio2o"));

        // Remembered with the connection, and filled in again when it is chosen.
        ConsoleSettings settings;
        settings.addRecentRemote(spec.remote);
        const auto recent = settings.recentRemotes();
        QCOMPARE(recent.constFirst().storeLocation, QStringLiteral("postgresql://ops@db.example/trio2o"));
        ConnectDialog again({}, {}, nullptr, recent);
        again.backendCombo()->setCurrentIndex(1);
        again.remotePage()->recentList()->setCurrentRow(0);
        QCOMPARE(again.remotePage()->storeEdit()->text(), QStringLiteral("postgresql://ops@db.example/trio2o"));
        QCOMPARE(again.connection().remote.storeLocation, QStringLiteral("postgresql://ops@db.example/trio2o"));
    }

    void cloudsYamlConnectsInOneClick()
    {
        QTemporaryDir home;
        const auto write = [&home](const QString &name, const QByteArray &text) {
            QDir().mkpath(home.filePath(QStringLiteral(".config/openstack")));
            QFile f(home.filePath(QStringLiteral(".config/openstack/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("clouds.yaml"), "clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.prod:5000/v3\n"
                                             "      username: alice\n      project_id: p-42\n    region_name: R1\n"
                                             "  nopass:\n    auth:\n      auth_url: https://keystone.lab/v3\n"
                                             "      username: bob\n      project_name: lab\n");
        write(QStringLiteral("secure.yaml"), "clouds:\n  prod:\n    auth:\n      password: from-secure-yaml\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(home.path()); // no clouds.yaml in the current directory
        ConnectDialog dialog({}, {}, nullptr, {}, env);
        QDir::setCurrent(cwd);
        dialog.show();
        dialog.backendCombo()->setCurrentIndex(1);
        QListWidget *clouds = dialog.remotePage()->cloudList();
        QCOMPARE(clouds->count(), 2);
        // A cloud without a password: the form is filled and waits for it.
        const QList<QListWidgetItem *> nopass = clouds->findItems(QStringLiteral("nopass"), Qt::MatchExactly);
        QTest::mouseClick(clouds->viewport(), Qt::LeftButton, {}, clouds->visualItemRect(nopass.first()).center());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.remotePage()->userEdit()->text(), QStringLiteral("bob"));
        QVERIFY(dialog.remotePage()->passwordEdit()->hasFocus() || !dialog.isActiveWindow());
        // One click on a complete cloud connects.
        const QList<QListWidgetItem *> prod = clouds->findItems(QStringLiteral("prod"), Qt::MatchExactly);
        QTest::mouseClick(clouds->viewport(), Qt::LeftButton, {}, clouds->visualItemRect(prod.first()).center());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectionSpec spec = dialog.connection();
        QCOMPARE(spec.kind, ConnectionSpec::Kind::Remote);
        QCOMPARE(spec.remote.authUrl, QUrl(QStringLiteral("https://keystone.prod:5000/v3")));
        QCOMPARE(spec.remote.projectId, QStringLiteral("p-42"));
        QCOMPARE(spec.remote.password, QStringLiteral("from-secure-yaml"));
        QCOMPARE(spec.remote.regionName, QStringLiteral("R1"));
    }

    void failedConnectShowsNothingOfThePreviousCloud()
    {
        QTemporaryDir state;
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openBackend(std::make_unique<SnapshotBackend>());
        QVERIFY(applied.wait(20000));
        QVERIFY(w.snapshot()->podCount() > 0);
        model::remote::ConnectionSettings unreachable;
        unreachable.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/v1.0"));
        unreachable.noAuth = true;
        unreachable.getRetries = 0;
        unreachable.stateDirectory = state.path(); // no snapshot of its own
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openRemote(unreachable);
        QVERIFY(failed.wait(20000));
        QCoreApplication::processEvents();
        testing::saveScreenshot(&w, QStringLiteral("console-remote-connect-failed-1280x800"));
        QCOMPARE(w.snapshot()->podCount(), 0);
        QCOMPARE(w.snapshot()->bindingCount(), 0);
        QAbstractItemModel *tree = w.tree()->model();
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 0); // the region node, with no AZ under it
        QCOMPARE(w.banner()->kind(), NoticeBanner::Kind::Error);
        QVERIFY2(w.banner()->text().contains(QStringLiteral("127.0.0.1:1")), qPrintable(w.banner()->text()));
        QVERIFY(w.banner()->actionButton()->isVisible()); // Retry
    }

    void rememberPasswordIsOptInAndNeverInSettings()
    {
        ConnectDialog dialog({}, {}, nullptr, {});
        dialog.backendCombo()->setCurrentIndex(1);
        RemoteConnectionPage *page = dialog.remotePage();
        QVERIFY(!page->rememberCheck()->isChecked()); // off unless asked for
        QTest::keyClicks(page->authUrlEdit(), QStringLiteral("https://keystone.example:5000/v3"));
        QTest::keyClicks(page->userEdit(), QStringLiteral("admin"));
        QTest::keyClicks(page->projectEdit(), QStringLiteral("admin"));
        QTest::keyClicks(page->passwordEdit(), QStringLiteral("kept-in-keyring-9"));
        QVERIFY(!dialog.connection().remote.rememberPassword);
        page->rememberCheck()->click();
        const auto remote = dialog.connection().remote;
        QVERIFY(remote.rememberPassword);
        ConsoleSettings settings;
        settings.addRecentRemote(remote);
        settings.sync();
        QSettings raw;
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("kept-in-keyring")), qPrintable(key));
        QFile file(raw.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("kept-in-keyring"));
        QVERIFY(settings.recentRemotes().constFirst().rememberPassword);
        QVERIFY(settings.recentRemotes().constFirst().password.isEmpty());
    }

    void logRequestsIsAConsoleSetting()
    {
        MainWindow w;
        QVERIFY(!w.logRequestsAction()->isChecked());
        QVERIFY(!model::remote::lcHttp().isDebugEnabled());
        w.logRequestsAction()->trigger();
        QVERIFY(ConsoleSettings().logRequests());
        QVERIFY(model::remote::lcHttp().isDebugEnabled());
        QVERIFY(model::remote::lcKeystone().isDebugEnabled());
        w.logRequestsAction()->trigger();
        QVERIFY(!ConsoleSettings().logRequests());
        QVERIFY(!model::remote::lcHttp().isDebugEnabled());
    }
};

QTEST_MAIN(TestConnectRemote)
#include "tst_connectremote.moc"
