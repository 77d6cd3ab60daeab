// SPDX-License-Identifier: Apache-2.0
// The console driven as an operator drives it: shortcuts, menus opened by
// their mnemonics, right-click menus, the dashboard's list and heat map, CSV
// export; every dialog answered through the TestPrompter with its own
// validation in the path.

#include "attentiontablemodel.h"
#include "backend.h"
#include "backendwait.h"
#include "bindingdialog.h"
#include "capacityoutlookjob.h"
#include "bindingproxymodel.h"
#include "bindingspage.h"
#include "connectdialog.h"
#include "draindialog.h"
#include "remoteconnectionpage.h"
#include "cloudtreemodel.h"
#include "dashboardpage.h"
#include "displayformat.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "podproxymodel.h"
#include "podspage.h"
#include "podtablemodel.h"
#include "rebinddialog.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "testprompter.h"
#include "usageheatmap.h"
#include "tenantspage.h"
#include "whatifpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <set>

using namespace gui;

namespace {

QStringList g_warnings;

void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}

// Opens the right-click menu of `viewport` at `pos` as the mouse would, and
// hands the menu to `use` while it is open (it closes it by triggering an
// action or Escape).
void withContextMenu(QWidget *viewport, const QPoint &pos, const std::function<void(QMenu &)> &use)
{
    bool used = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        use(*menu);
        used = true;
        if (QApplication::activePopupWidget() == menu)
            menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
    QVERIFY(used);
}

QStringList actionTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *a : menu.actions())
        if (!a->isSeparator())
            texts << a->text();
    return texts;
}

QAction *actionNamed(const QMenu &menu, const QString &text)
{
    for (QAction *a : menu.actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class TestConsoleActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;

    bool waitLoaded()
    {
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        return applied.wait(20000);
    }

    sched::CloudState state()
    {
        auto s = waitFor(m_window->backend()->fetchState());
        if (!s)
            qFatal("cannot read the store: %s", qPrintable(s.error()));
        return std::move(s).value();
    }

    static const sched::Binding *activeBinding(const sched::CloudState &s, const char *tenant)
    {
        for (const sched::Binding &b : s.bindings)
            if (b.active && b.tenantId == tenant)
                return &b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consoleactions"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        const QString db = m_dir.filePath(QStringLiteral("cloud-%1.sqlite").arg(++m_count));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        m_window = std::make_unique<MainWindow>();
        auto prompter = std::make_unique<TestPrompter>();
        m_prompter = prompter.get();
        m_window->editor()->setPrompter(std::move(prompter));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openDatabase(db);
        QVERIFY(waitLoaded());
    }

    void cleanup() { m_window.reset(); }

    void undoAndRedoFromTheKeyboard()
    {
        g_warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordWarnings);
        m_prompter->drivers.enqueue([](QDialog &d) {
            auto &dialog = static_cast<BindingDialog &>(d);
            QTest::keyClicks(dialog.tenantEdit(), QStringLiteral("tenant-keys"));
            // The scheduler's choice is preselected: accepted as it is.
            return dialog.problem().isEmpty() ? QDialog::Accepted : QDialog::Rejected;
        });
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier); // New Binding…
        QVERIFY(activeBinding(state(), "tenant-keys"));
        // The dialog closed: the window is active again, as a window manager makes it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!activeBinding(state(), "tenant-keys"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(activeBinding(state(), "tenant-keys"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!activeBinding(state(), "tenant-keys"));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(activeBinding(state(), "tenant-keys"));
        qInstallMessageHandler(previous);
        for (const QString &w : g_warnings)
            QVERIFY2(!w.contains(QStringLiteral("Ambiguous")), qPrintable(w));
    }

    void theConnectDialogSwitchesBackendsAndNeverCreatesSilently_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("asked");
        QTest::newRow("mistyped-file-asks") << QStringLiteral("%DIR%/clodu.sqlite") << true;
        QTest::newRow("postgresql-never-created") << QStringLiteral("postgresql://nobody@127.0.0.1:1/none") << false;
    }

    void theConnectDialogSwitchesBackendsAndNeverCreatesSilently()
    {
        QFETCH(QString, typed);
        QFETCH(bool, asked);
        typed.replace(QStringLiteral("%DIR%"), m_dir.path());
        bool remoteShown = false, remoteRefusedEmpty = false;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<ConnectDialog &>(d);
            QPushButton *connectButton = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            // Remote: its own page, and Connect refused while the URL is missing.
            dialog.backendCombo()->setFocus();
            QTest::keyClick(dialog.backendCombo(), Qt::Key_Down);
            remoteShown = dialog.remotePage()->isVisible();
            remoteRefusedEmpty = !connectButton->isEnabled();
            QTest::keyClick(dialog.backendCombo(), Qt::Key_Up);
            dialog.pathEdit()->selectAll();
            QTest::keyClicks(dialog.pathEdit(), typed);
            if (!connectButton->isEnabled())
                return int(QDialog::Rejected);
            QTest::mouseClick(connectButton, Qt::LeftButton);
            return d.result();
        });
        m_prompter->answers.enqueue(false); // "create it?" no
        const QString before = m_window->backend()->description();
        QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(remoteShown);
        QVERIFY(remoteRefusedEmpty);
        QCOMPARE(m_prompter->questions.size(), asked ? 1 : 0);
        if (asked) {
            QVERIFY(!QFile::exists(typed));
            QCOMPARE(m_window->backend()->description(), before); // the open cloud stays open
        } else {
            QVERIFY(failed.wait(20000)); // the server is not there: a banner, nothing created
        }
    }

    void ctrlNumbersOpenEveryTabWhatIfIncluded()
    {
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(m_window->tabs()->currentIndex(), i);
        }
        // Ctrl+5 is What-if, Ctrl+6 the Capacity tab after it.
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget *>(m_window->whatIfPage()));
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), 5);
    }

    void noMenuHasTwoEntriesWithTheSameMnemonic()
    {
        const auto mnemonic = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i)
                if (text[i] == u'&') {
                    if (text[i + 1] == u'&') {
                        ++i;
                        continue;
                    }
                    return text[i + 1].toLower();
                }
            return {};
        };
        std::function<void(QMenu *)> check = [&](QMenu *menu) {
            QHash<QChar, QString> seen;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                const QChar key = mnemonic(a->text());
                QVERIFY2(key.isNull() || !seen.contains(key),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                        .arg(menu->title(), seen.value(key), a->text(), key)));
                if (!key.isNull())
                    seen.insert(key, a->text());
                if (a->menu())
                    check(a->menu());
            }
        };
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        for (QAction *a : menus)
            check(a->menu());
    }

    void theEditMenuOpensByItsMnemonicAndRunsItsEntries()
    {
        // Alt+E opens Edit; "A" is Drain Pod… for the pod chosen in the tree.
        auto *tree = static_cast<model::CloudTreeModel *>(m_window->tree()->model());
        const int pod = m_window->snapshot()->podIndex(
            QString::fromStdString(state().findPodByName("Pod-South-2")->id));
        m_window->tree()->setCurrentIndex(tree->podIndex(pod));
        bool drainShown = false;
        m_prompter->drivers.enqueue([&drainShown](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            QTest::qWaitFor([&] { return dialog.phase() != DrainDialog::Phase::Previewing; }, 20000);
            drainShown = dialog.preview().pod.name == "Pod-South-2";
            return int(QDialog::Rejected);
        });
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_A);
        QTRY_VERIFY(drainShown);
    }

    void aBindingRowsMenuRebindsThatBindingPrefilled()
    {
        m_window->showPage(MainWindow::Page::Bindings);
        BindingsPage *page = m_window->bindingsPage();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("Pod-South-1"));
        QVERIFY(page->proxy()->rowCount() > 0);
        const QModelIndex row = page->proxy()->index(0, 0);
        const QString tenant = row.data().toString();
        const auto s = state();
        const sched::Pod *pod = s.findPodByName("Pod-South-1");
        QString dialogTenant, dialogAz, dialogGroup;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindDialog &>(d);
            dialogTenant = dialog.tenant();
            dialogAz = dialog.azCombo()->currentData().toString();
            dialogGroup = dialog.groupCombo()->currentData().toString();
            return int(QDialog::Rejected);
        });
        const QPoint at = page->table()->visualRect(row).center();
        withContextMenu(page->table()->viewport(), at, [&](QMenu &menu) {
            const QStringList texts = actionTexts(menu);
            for (const char *expected : {"&Rebind…", "E&nd Binding…", "&Drain…", "&Maintenance and Drain…", "&Copy id",
                                         "E&xport Table as CSV…"})
                QVERIFY2(texts.contains(QString::fromUtf8(expected)), qPrintable(texts.join(QLatin1Char('|'))));
            QTest::keyClick(&menu, Qt::Key_R); // &Rebind…
        });
        QCOMPARE(dialogTenant, tenant);
        QCOMPARE(dialogAz, QStringLiteral("az-south"));
        QCOMPARE(dialogGroup, QString::fromStdString(sched::groupKey(pod->tags)));
        QCOMPARE(m_window->editor()->undoStack()->count(), 0); // rejected: nothing changed
    }

    void aTenantRowsMenuEndsABindingAndCopiesTheId()
    {
        m_window->showPage(MainWindow::Page::Tenants);
        QTableView *table = m_window->tenantsPage()->table();
        const QModelIndex row = table->model()->index(0, 0);
        const QString tenant = row.data().toString();
        withContextMenu(table->viewport(), table->visualRect(row).center(), [&](QMenu &menu) {
            QAction *copy = actionNamed(menu, QStringLiteral("&Copy id"));
            QVERIFY(copy);
            copy->trigger();
        });
        QCOMPARE(QApplication::clipboard()->text(), tenant);
        QString endTenant;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            endTenant = static_cast<EndBindingDialog &>(d).tenant();
            return int(QDialog::Rejected);
        });
        withContextMenu(table->viewport(), table->visualRect(row).center(),
                        [&](QMenu &menu) { QTest::keyClick(&menu, Qt::Key_N); }); // E&nd Binding…
        QCOMPARE(endTenant, tenant);
    }

    void maintenanceAndDrainFromThePodsMenu()
    {
        m_window->showPage(MainWindow::Page::Pods);
        QTableView *table = m_window->podsPage()->table();
        QTest::keyClicks(m_window->podsPage()->filterEdit(), QStringLiteral("Pod-South-2"));
        QCOMPARE(table->model()->rowCount(), 1);
        QString drained;
        bool previewsMaintenance = false;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            QTest::qWaitFor([&] { return dialog.phase() != DrainDialog::Phase::Previewing; }, 20000);
            drained = QString::fromStdString(dialog.preview().pod.name);
            previewsMaintenance = dialog.preview().changesPod
                                  && dialog.preview().podAfter.state == sched::PodState::Maintenance;
            return int(QDialog::Rejected);
        });
        withContextMenu(table->viewport(), table->visualRect(table->model()->index(0, 0)).center(),
                        [](QMenu &menu) { QTest::keyClick(&menu, Qt::Key_M); });
        QVERIFY2(drained.contains(QStringLiteral("Pod-South-2")), qPrintable(drained));
        QVERIFY(previewsMaintenance);
        // Maintenance and drain is one transaction: cancelled, nothing changed and nothing to undo.
        QCOMPARE(state().findPodByName("Pod-South-2")->state, sched::PodState::Enabled);
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(state().findPodByName("Pod-South-2")->state, sched::PodState::Enabled);
    }

    void exportTheTableAsShownWithCtrlShiftE()
    {
        m_window->showPage(MainWindow::Page::Pods);
        PodsPage *page = m_window->podsPage();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("north"));
        page->table()->sortByColumn(int(model::PodTableModel::Column::Name), Qt::DescendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("pods.csv"));
        m_prompter->savePath = path;
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const int rows = page->proxy()->rowCount();
        QCOMPARE(rows, 4); // the four north pods, no more
        QCOMPARE(lines.size(), rows + 2); // header, rows, empty after the last CRLF
        QVERIFY(lines[0].startsWith(page->proxy()->headerData(0, Qt::Horizontal).toString().toUtf8()));
        QCOMPARE(lines[1].split(',').first(), QByteArray("Pod-North-CAD"));
        QCOMPARE(lines[4].split(',').first(), QByteArray("Pod-North-1"));
        // Cancelled: nothing written.
        QVERIFY(QFile::remove(path));
        m_prompter->savePath.clear();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_prompter->saveTitles.size(), 2);
    }

    void theTreesTenantCountIsDistinctAndMatchesTheDashboard()
    {
        const model::SnapshotPtr snap = m_window->snapshot();
        const auto s = state();
        std::set<std::string> bound;
        for (const sched::Binding &b : s.bindings)
            if (b.active)
                bound.insert(b.tenantId);
        const QModelIndex region = m_window->tree()->model()->index(0, 1);
        QCOMPARE(region.data().toInt(), int(bound.size()));
        QVERIFY(int(bound.size()) < snap->activeBindingCount()); // the demo has tenants in several AZs
        const QString totals = m_window->dashboardPage()->totalsLabel()->text();
        QVERIFY2(totals.contains(QStringLiteral("<b>%1</b>").arg(QLocale().toString(int(bound.size())))), qPrintable(totals));
    }

    void theDashboardListsWhatNeedsAttentionMostUrgentFirst()
    {
        m_window->showPage(MainWindow::Page::Dashboard);
        DashboardPage *dashboard = m_window->dashboardPage();
        QAbstractItemModelTester tester(dashboard->attentionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const model::SnapshotPtr snap = m_window->snapshot();
        using Problem = model::AttentionTableModel::Problem;
        model::CapacityOutlookJob *job = m_window->outlookJob();
        if (job->isRunning()) {
            QSignalSpy finished(job, &model::CapacityOutlookJob::finished);
            QVERIFY(finished.wait(20000));
        }
        QVERIFY(job->outlook());
        // Expected from the pods themselves, and those the outlook's trend puts over their threshold soon.
        QSet<QString> expected;
        for (const auto &p : job->outlook()->outlook.pods)
            if (p.atRisk(job->outlook()->options.horizonDays))
                expected.insert(snap->podName(int(p.pod)));
        for (int p = 0; p < snap->podCount(); ++p) {
            const sched::Pod &pod = snap->pods()[std::size_t(p)];
            if (p == snap->topPod())
                continue;
            const auto peak = model::DisplayFormat::peakUsage(pod);
            if ((peak && *peak >= pod.threshold - 0.05) || (!peak && pod.state == sched::PodState::Enabled)
                || (pod.state != sched::PodState::Enabled && snap->boundTenantsOfPod(p) > 0))
                expected.insert(snap->podName(p));
        }
        QAbstractItemModel *list = dashboard->attentionView()->model();
        QSet<QString> shown;
        double previous = -1e9;
        for (int r = 0; r < list->rowCount(); ++r) {
            shown.insert(list->index(r, 0).data().toString());
            const double headroom = list->index(r, int(model::AttentionTableModel::Column::Headroom))
                                        .data(model::AttentionTableModel::SortRole)
                                        .toDouble();
            QVERIFY(headroom >= previous); // sorted by headroom, least first
            previous = headroom;
        }
        QCOMPARE(shown, expected);
        QVERIFY(dashboard->attentionModel()->count(Problem::OverThreshold) > 0);
        // A click on a row selects that pod in the tree and the Pods tab.
        const QModelIndex first = list->index(0, 0);
        const int pod = first.data(model::AttentionTableModel::PodIndexRole).toInt();
        QTest::mouseClick(dashboard->attentionView()->viewport(), Qt::LeftButton, {},
                          dashboard->attentionView()->visualRect(first).center());
        QCOMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget *>(m_window->podsPage()));
        QCOMPARE(m_window->scope().pod, pod);
        QCOMPARE(m_window->podsPage()->table()->currentIndex().data(model::PodTableModel::PodIndexRole).toInt(), pod);
        testing::saveScreenshot(m_window.get(), QStringLiteral("console-dashboard-attention-click"));
    }

    void theHeatMapShowsEveryPodWithItsFullNameAndNumbers()
    {
        m_window->showPage(MainWindow::Page::Dashboard);
        UsageHeatMap *map = m_window->dashboardPage()->heatMap();
        const model::SnapshotPtr snap = m_window->snapshot();
        for (int p = 0; p < snap->podCount(); ++p) {
            if (p == snap->topPod())
                continue;
            for (sched::Resource r : sched::kAllResources) {
                const QRect cell = map->cellRect(p, r);
                QVERIFY(!cell.isEmpty());
                QCOMPARE(map->podAt(cell.center()), p);
            }
            const QString tip = map->toolTipFor(p);
            QVERIFY2(tip.contains(snap->podName(p)), qPrintable(tip));
            QVERIFY2(tip.contains(snap->podAz(p)), qPrintable(tip));
        }
        const sched::CloudState now = state();
        const sched::Pod *north1 = now.findPodByName("Pod-North-1");
        const int p = snap->podIndex(QString::fromStdString(north1->id));
        const QString tip = map->toolTipFor(p);
        QVERIFY2(tip.contains(model::DisplayFormat::amount(sched::Resource::RamMb, *north1->used[1])), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("allowed")), qPrintable(tip));
        // A click on a cell goes to the pod; the tree's AZ narrows the map.
        QSignalSpy activated(map, &UsageHeatMap::podActivated);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(p, sched::Resource::Vcpus).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(m_window->scope().pod, p);
        const int az = snap->azIndexOfPod(p);
        m_window->tree()->setCurrentIndex(static_cast<model::CloudTreeModel *>(m_window->tree()->model())->azIndex(az));
        for (int other = 0; other < snap->podCount(); ++other)
            if (other != snap->topPod())
                QCOMPARE(map->cellRect(other, sched::Resource::Vcpus).isEmpty(), snap->azIndexOfPod(other) != az);
    }
};

QTEST_MAIN(TestConsoleActions)
#include "tst_consoleactions.moc"
