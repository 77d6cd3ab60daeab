// SPDX-License-Identifier: Apache-2.0
// The optional periodic refresh of a remote cloud, against the loopback Trio2o
// test server: off by default (no timer), chosen in View ▸ Refresh Remote
// Cloud; a change made on the server between two refreshes shows in the
// banner. And the History tab of a remote cloud: its rows of the shared store.

#include "audittablemodel.h"
#include "backend.h"
#include "backendwait.h"
#include "connectionsettings.h"
#include "consolesettings.h"
#include "historypage.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "periodicrefresh.h"
#include "testserver.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "translator.h"

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

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
        if (a->menu())
            if (QAction *found = findAction(a->menu(), text))
                return found;
    }
    return nullptr;
}

} // namespace

class TestPeriodicRefresh : public QObject
{
    Q_OBJECT

    testserver::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void open()
    {
        m_server.cloud().setState(smallCloud());
        model::remote::ConnectionSettings s;
        s.endpoint = m_server.apiUrl();
        s.noAuth = true;
        s.collectUsage = false;
        s.timeoutMs = 10000;
        s.stateDirectory = m_dir.path();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        m_window->openRemote(s);
        QVERIFY(applied.wait(20000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        i18n::installTranslators(QStringLiteral("en")); // English plural forms
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_periodicrefresh"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_server.cloud().setNoAuth(true);
    }

    void init() { QSettings().clear(); }
    void cleanup() { m_window.reset(); }

    void offByDefaultMeansNoTimer()
    {
        open();
        QCOMPARE(m_window->periodicRefresh()->intervalSeconds(), 0);
        QVERIFY(!m_window->periodicRefresh()->timer().isActive());
        // Chosen in the View menu: the timer runs, and the choice is kept.
        QMenu *view = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu() && a->text() == QLatin1String("&View"))
                view = a->menu();
        QVERIFY(view);
        QAction *every30 = findAction(view, QStringLiteral("Every &30 seconds"));
        QVERIFY(every30);
        every30->trigger();
        QVERIFY(m_window->periodicRefresh()->timer().isActive());
        QCOMPARE(m_window->periodicRefresh()->timer().interval(), 30000);
        QCOMPARE(ConsoleSettings().remoteRefreshSeconds(), 30);
        findAction(view, QStringLiteral("&Off"))->trigger();
        QVERIFY(!m_window->periodicRefresh()->timer().isActive());
        QCOMPARE(ConsoleSettings().remoteRefreshSeconds(), 0);
    }

    void aChangeOnTheServerShowsInTheBanner()
    {
        ConsoleSettings().setRemoteRefreshSeconds(1); // shorter than the menu offers: the test's own pace
        open();
        QVERIFY(m_window->periodicRefresh()->timer().isActive());
        QVERIFY(!m_window->banner()->isVisible());
        QSignalSpy notices(m_window->periodicRefresh(), &PeriodicRefresh::noticeShown);
        // Another client binds t2 to Pod2 on the server.
        sched::CloudState changed = m_server.cloud().state();
        changed.bindings.push_back({"b2", "t2", "pod2-id", true, 1'600'000'000'000'000, {}, {}});
        m_server.cloud().setState(changed);
        QVERIFY(notices.wait(20000));
        QCOMPARE(notices.last().at(0).toString(), QStringLiteral("t2 bound to Pod2 on the server"));
        QCOMPARE(m_window->banner()->text(), QStringLiteral("t2 bound to Pod2 on the server"));
        QCOMPARE(m_window->banner()->kind(), NoticeBanner::Kind::Info);
        // Then a binding ended there.
        changed.bindings[0].active = false;
        changed.bindings[0].endedAtUs = 1'700'000'000'000'000;
        m_server.cloud().setState(changed);
        QVERIFY(notices.wait(20000));
        QCOMPARE(notices.last().at(0).toString(), QStringLiteral("t1 unbound from Pod1 on the server"));
    }

    void aBusyWindowIsLeftAlone()
    {
        ConsoleSettings().setRemoteRefreshSeconds(1);
        open();
        int asked = 0;
        m_window->periodicRefresh()->setBusyCheck([&asked] {
            ++asked;
            return true; // as while a load is under way
        });
        QSignalSpy refreshes(m_window->periodicRefresh(), &PeriodicRefresh::refreshNeeded);
        QTRY_VERIFY_WITH_TIMEOUT(asked >= 2, 20000); // two ticks came and went
        QCOMPARE(refreshes.count(), 0);
        m_window->periodicRefresh()->setBusyCheck([] { return false; });
        QVERIFY(refreshes.wait(20000));
    }

    void theHistoryOfARemoteCloud()
    {
        open();
        QVERIFY(waitFor(m_window->backend()->createBinding("t5", "pod2-id")).ok());
        HistoryPage *page = m_window->historyPage();
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentWidget(), page);
        QTRY_VERIFY_WITH_TIMEOUT(page->proxy()->rowCount() > 0
                                     && page->proxy()->index(0, int(model::AuditTableModel::Column::Tenant)).data()
                                            == QLatin1String("t5"),
                                 20000);
        QCOMPARE(page->proxy()->index(0, int(model::AuditTableModel::Column::Pod)).data().toString(),
                 QStringLiteral("Pod2"));
        QVERIFY(!m_window->banner()->isVisible()); // the console's own write: no banner
    }
};

QTEST_MAIN(TestPeriodicRefresh)
#include "tst_periodicrefresh.moc"
