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

#include <QElapsedTimer>
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

    // newBinding() through the dialog; the faults start once the dialog is accepted.
    void bindThroughTheDialog(const QString &tenant, const testserver::Faults &faults)
    {
        m_prompter->drivers.enqueue([this, tenant, faults](QDialog &d) {
            QTest::keyClicks(static_cast<BindingDialog &>(d).tenantEdit(), tenant);
            m_server.cloud().setFaults(faults);
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
        m_server.cloud().setFaults({});
        m_window.reset();
    }

    void aSlowWriteShowsProgressAndTheGuiKeepsRunning()
    {
        int ticks = 0, ticksWithDialog = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            if (WaitProgress::current() && WaitProgress::current()->isVisible())
                ++ticksWithDialog;
        });
        ticker.start(50);
        testserver::Faults slow;
        slow.delayMs = 1500;
        bindThroughTheDialog(QStringLiteral("tenant-slow"), slow);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));  // timers ran all along (50 ms each, 1.5 s or more)
        QVERIFY2(ticksWithDialog >= 5, qPrintable(QString::number(ticksWithDialog)));
        QCOMPARE(WaitProgress::current(), nullptr);
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        QVERIFY(serverHasActive(m_server.cloud(), "tenant-slow"));
        QVERIFY(!m_window->banner()->isVisible());
        QCOMPARE(m_prompter->failures, QStringList());
    }

    void cancellingSaysTheServerMayStillApplyItAndOffersRefresh()
    {
        QString label;
        QElapsedTimer clock;
        qint64 cancelledAt = -1;
        QTimer poll; // cancels as soon as the progress dialog shows
        connect(&poll, &QTimer::timeout, this, [&] {
            QProgressDialog *dialog = WaitProgress::current();
            if (!dialog || !dialog->isVisible() || cancelledAt >= 0)
                return;
            label = dialog->labelText();
            testing::saveScreenshot(dialog, QStringLiteral("dialog-remote-write-progress"));
            cancelledAt = clock.elapsed();
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
        });
        poll.start(50);
        testserver::Faults slow;
        slow.delayMs = 3000;
        clock.start();
        bindThroughTheDialog(QStringLiteral("tenant-cancelled"), slow);
        const qint64 returnedAt = clock.elapsed();
        QCoreApplication::processEvents();
        testing::saveScreenshot(m_window.get(), QStringLiteral("console-remote-write-cancelled-1280x800"));
        QVERIFY(cancelledAt >= 0);
        QVERIFY2(returnedAt - cancelledAt < 500, qPrintable(QStringLiteral("cancelled at %1 ms, returned at %2 ms")
                                                                  .arg(cancelledAt).arg(returnedAt))); // no waiting for the answer
        QVERIFY2(label.contains(QStringLiteral("tenant-cancelled")), qPrintable(label));
        QCOMPARE(m_window->editor()->undoStack()->count(), 0); // the stack claims nothing
        QCOMPARE(m_prompter->failures, QStringList());
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->kind(), NoticeBanner::Kind::Warning);
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("may still have applied")),
                 qPrintable(m_window->banner()->text()));
        // The server did apply it; Refresh shows it.
        m_server.cloud().setFaults({});
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
