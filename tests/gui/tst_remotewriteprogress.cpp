// SPDX-License-Identifier: Apache-2.0
// Single remote edits against the loopback Trio2o test server: a slow write
// shows a progress dialog with Cancel while the GUI keeps running; Cancel
// says honestly that the server may still apply it and offers Refresh; a
// failed write offers Retry. All of it without a modal error box.

#include "bindingdialog.h"
#include "connectionsettings.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "testprompter.h"
#include "testserver.h"
#include "waitprogress.h"

#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace gui;

namespace {

sched::Pod pod(const char *id, const char *name, const char *az)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.podAzName = az;
    p.dcName = "dc1";
    p.capacity = {100, 409600, 1000};
    return p;
}

sched::CloudState smallCloud()
{
    sched::CloudState s;
    s.pods = {pod("top-id", "RegionOne", ""), pod("pod1-id", "Pod1", "az1"), pod("pod2-id", "Pod2", "az2")};
    s.bindings = {{"b1", "t1", "pod1-id", true, 1'600'000'000'000'000, {}, {}}};
    return s;
}

bool serverHasActive(testserver::FakeCloud &cloud, const std::string &tenant)
{
    const sched::CloudState s = cloud.state();
    return std::any_of(s.bindings.begin(), s.bindings.end(),
                       [&](const sched::Binding &b) { return b.active && b.tenantId == tenant; });
}

} // namespace

class TestRemoteWriteProgress : public QObject
{
    Q_OBJECT

    testserver::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;

    // newBinding() through the dialog; the faults start once the dialog is
    // accepted, and with holdAnswer the server holds its answer until the
    // test opens its gate (answergate.h): the tests wait on what they see,
    // never on a clock.
    void bindThroughTheDialog(const QString &tenant, const testserver::Faults &faults, bool holdAnswer = false)
    {
        m_prompter->drivers.enqueue([this, tenant, faults, holdAnswer](QDialog &d) {
            QTest::keyClicks(static_cast<BindingDialog &>(d).tenantEdit(), tenant);
            m_server.cloud().setFaults(faults);
            if (holdAnswer)
                m_server.cloud().answers().close();
            return int(QDialog::Accepted);
        });
        m_window->editor()->newBinding();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-remote-progress-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_server.cloud().setNoAuth(true);
    }

    void init()
    {
        m_server.cloud().setFaults({});
        m_server.cloud().setState(smallCloud());
        model::remote::ConnectionSettings s;
        s.endpoint = m_server.apiUrl();
        s.noAuth = true;
        s.collectUsage = false;
        s.timeoutMs = 10000;
        s.stateDirectory = m_dir.path();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        auto prompter = std::make_unique<TestPrompter>();
        m_prompter = prompter.get();
        m_window->editor()->setPrompter(std::move(prompter));
        m_window->show();
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        m_window->openRemote(s);
        QVERIFY(applied.wait(20000));
    }

    void cleanup()
    {
        m_server.cloud().answers().open();
        m_server.cloud().setFaults({});
        m_window.reset();
    }

    // The answer is held until the progress dialog has shown for 5 ticks of
    // a 50 ms timer: timers run while the write is pending. A GUI thread
    // blocked on the write would never tick, the answer would stay held and
    // the write would time out (timeoutMs) instead of being applied.
    void aSlowWriteShowsProgressAndTheGuiKeepsRunning()
    {
        int ticksWithDialog = 0;
        int heldWhileShowing = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!WaitProgress::current() || !WaitProgress::current()->isVisible())
                return;
            heldWhileShowing = std::max(heldWhileShowing, m_server.cloud().answers().held());
            if (++ticksWithDialog == 5)
                m_server.cloud().answers().open();
        });
        ticker.start(50);
        bindThroughTheDialog(QStringLiteral("tenant-slow"), {}, true);
        QVERIFY2(ticksWithDialog >= 5, qPrintable(QString::number(ticksWithDialog)));
        QCOMPARE(heldWhileShowing, 1); // the dialog showed while the answer was outstanding
        QCOMPARE(WaitProgress::current(), nullptr);
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        QVERIFY(serverHasActive(m_server.cloud(), "tenant-slow"));
        QVERIFY(!m_window->banner()->isVisible());
        QCOMPARE(m_prompter->failures, QStringList());
    }

    // Cancel returns at once: the server still holds its answer when the
    // console is back (no waiting for it, however loaded the machine).
    void cancellingSaysTheServerMayStillApplyItAndOffersRefresh()
    {
        QString label;
        bool cancelled = false;
        QTimer poll; // cancels as soon as the progress dialog shows
        connect(&poll, &QTimer::timeout, this, [&] {
            QProgressDialog *dialog = WaitProgress::current();
            if (!dialog || !dialog->isVisible() || cancelled)
                return;
            label = dialog->labelText();
            testing::saveScreenshot(dialog, QStringLiteral("dialog-remote-write-progress"));
            cancelled = true;
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
        });
        poll.start(50);
        bindThroughTheDialog(QStringLiteral("tenant-cancelled"), {}, true);
        QVERIFY(cancelled);
        QCOMPARE(m_server.cloud().answers().held(), 1); // returned without the answer
        QCoreApplication::processEvents();
        testing::saveScreenshot(m_window.get(), QStringLiteral("console-remote-write-cancelled-1280x800"));
        QVERIFY2(label.contains(QStringLiteral("tenant-cancelled")), qPrintable(label));
        QCOMPARE(m_window->editor()->undoStack()->count(), 0); // the stack claims nothing
        QCOMPARE(m_prompter->failures, QStringList());
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->kind(), NoticeBanner::Kind::Warning);
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("may still have applied")),
                 qPrintable(m_window->banner()->text()));
        // The server goes on and applies it (the held answer may be the
        // guard's GET before the POST); Refresh shows it.
        m_server.cloud().answers().open();
        QTRY_VERIFY_WITH_TIMEOUT(serverHasActive(m_server.cloud(), "tenant-cancelled"), 10000);
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        m_window->banner()->actionButton()->click(); // Refresh
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);
        const int tenant = m_window->snapshot()->tenantNames().indexOf(QStringLiteral("tenant-cancelled"));
        QVERIFY(tenant >= 0);
        QCOMPARE(m_window->snapshot()->activeBindingsOfTenant(tenant), 1);
    }

    void aFailedWriteOffersRetry()
    {
        testserver::Faults failing;
        failing.fail500Next = 1;
        bindThroughTheDialog(QStringLiteral("tenant-retry"), failing);
        QCOMPARE(m_prompter->failures, QStringList());
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->kind(), NoticeBanner::Kind::Error);
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
        QVERIFY(!serverHasActive(m_server.cloud(), "tenant-retry"));
        m_window->banner()->actionButton()->click(); // Retry
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        QVERIFY(serverHasActive(m_server.cloud(), "tenant-retry"));
    }
};

QTEST_MAIN(TestRemoteWriteProgress)
#include "tst_remotewriteprogress.moc"
