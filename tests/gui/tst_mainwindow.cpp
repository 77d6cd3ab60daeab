// SPDX-License-Identifier: Apache-2.0
#include "bindingproxymodel.h"
#include "bindingspage.h"
#include "busyindicator.h"
#include "tenantproxymodel.h"
#include "cloudtreemodel.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "podproxymodel.h"
#include "podspage.h"
#include "podtablemodel.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "statuspanel.h"
#include "tenantspage.h"
#include "testprompter.h"
#include "editcontroller.h"
#include "tenanttablemodel.h"
#include "tenanttimelinewidget.h"
#include "consolesettings.h"
#include "scenarioeditor.h"
#include "schedulerconfigjson.h"
#include "whatifpage.h"
#include "whatifresultsview.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QMenu>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QHeaderView>

using namespace gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static bool waitLoaded(MainWindow &w)
    {
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        return applied.wait(20000);
    }

    static void settle(QWidget &w)
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
        w.repaint();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-test"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cloud.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(m_db).ok());
    }

    void init() { QSettings().clear(); } // every test starts with no remembered layout

    void firstStartSeedsTheDemoCloudWithABadge()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("new/first.sqlite"));
        MainWindow w;
        w.show();
        w.openAtStart(fresh, false); // no --db, nothing opened before
        QVERIFY(waitLoaded(w));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(w.snapshot()->bindingCount() > 50);
        QCOMPARE(w.statusPanel()->stateText(), MainWindow::tr("Connected"));
        QVERIFY(w.statusPanel()->isDemo());
        QVERIFY(w.windowTitle().contains(QStringLiteral("DEMO")));
        // Opened again later: still known as the demo.
        MainWindow again;
        again.show();
        again.openAtStart(fresh, true);
        QVERIFY(waitLoaded(again));
        QVERIFY(again.statusPanel()->isDemo());
    }

    void aMissingPathAsksBeforeCreatingAndIsNeverSeeded_data()
    {
        QTest::addColumn<bool>("atStartWithDb"); // --db given on the command line, or the Connect dialog
        QTest::addColumn<bool>("create");
        QTest::newRow("command-line-no") << true << false;
        QTest::newRow("command-line-yes") << true << true;
        QTest::newRow("connect-dialog-no") << false << false;
        QTest::newRow("connect-dialog-yes") << false << true;
    }

    void aMissingPathAsksBeforeCreatingAndIsNeverSeeded()
    {
        QFETCH(bool, atStartWithDb);
        QFETCH(bool, create);
        const QString typo = m_dir.filePath(QStringLiteral("clodu-%1.sqlite").arg(QTest::currentDataTag()));
        MainWindow w;
        auto prompter = std::make_unique<TestPrompter>();
        TestPrompter *p = prompter.get();
        p->answers.enqueue(create);
        w.editor()->setPrompter(std::move(prompter));
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        if (atStartWithDb)
            w.openAtStart(typo, true);
        else
            w.openDatabase(typo);
        QCOMPARE(p->questions.size(), 1);
        QVERIFY2(p->questions.constFirst().contains(QDir::toNativeSeparators(typo)), qPrintable(p->questions.constFirst()));
        QCOMPARE(QFile::exists(typo), create);
        if (!create) {
            QVERIFY(!w.backend());
            QVERIFY(!w.isLoading());
            QCOMPARE(applied.size(), 0);
            return;
        }
        QVERIFY(applied.wait(20000));
        QCOMPARE(w.snapshot()->podCount(), 0); // empty, not the demo cloud
        QVERIFY(!w.statusPanel()->isDemo());
        QVERIFY(!w.windowTitle().contains(QStringLiteral("DEMO")));
    }

    void newDemoCloudFromTheFileMenu()
    {
        MainWindow w;
        auto prompter = std::make_unique<TestPrompter>();
        TestPrompter *p = prompter.get();
        w.editor()->setPrompter(std::move(prompter));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QFile::remove(MainWindow::demoDatabasePath());
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        // Alt+F opens the File menu, D its "New Demo Cloud" entry.
        QTest::keyClick(&w, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_D);
        QVERIFY(applied.wait(20000));
        QVERIFY(w.statusPanel()->isDemo());
        QVERIFY(w.snapshot()->bindingCount() > 50);
        QCOMPARE(p->questions.size(), 0);
        // Asked again: replacing the earlier demo needs a yes.
        p->answers.enqueue(false);
        w.openNewDemoCloud();
        QCOMPARE(p->questions.size(), 1);
    }

    void anUnreadableFileShowsABannerNotABox()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'z'));
        f.close();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openDatabase(bad);
        QVERIFY(failed.wait(10000));
        settle(w);
        testing::saveScreenshot(&w, QStringLiteral("console-load-failed-1280x800"));
    }

    // A big snapshot's tables are sorted and filtered on a worker first (here
    // every snapshot is "big"): the old one stays on screen until the new one
    // is whole; a refresh that supersedes one still preparing wins.
    void aSnapshotPreparedInTheBackgroundIsShownWhole()
    {
        MainWindow w;
        w.setPrepareFromBindings(0);
        w.show();
        w.showPage(MainWindow::Page::Bindings);
        w.openDatabase(m_db);
        QVERIFY(waitLoaded(w));
        QVERIFY(!w.isLoading());
        QVERIFY(!w.busyIndicator()->isBusy());
        const model::SnapshotPtr first = w.snapshot();
        const auto *bindings = w.bindingsPage()->proxy();
        QCOMPARE(bindings->rowCount(), first->activeBindingCount());
        QCOMPARE(w.tenantsPage()->proxy()->rowCount(), first->tenantCount());
        w.bindingsPage()->filterEdit()->setText(QStringLiteral("north"));
        const int filtered = bindings->rowCount();
        QVERIFY(filtered > 0 && filtered < first->activeBindingCount());

        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.refresh();
        w.refresh(); // the first load is dropped; the second one's tables are shown
        QCOMPARE(w.snapshot(), first); // still the old one, whole
        QVERIFY(applied.wait(20000));
        QVERIFY(w.snapshot() != first);
        QCOMPARE(bindings->rowCount(), filtered); // the filter typed before applies to the new rows
        QCOMPARE(w.tenantsPage()->proxy()->rowCount(), w.snapshot()->tenantCount());
        QCoreApplication::processEvents();
        QCOMPARE(applied.size(), 1);
        QVERIFY(!w.busyIndicator()->isBusy());
    }

    void treeSelectionFiltersEveryTable()
    {
        MainWindow w;
        w.show();
        w.openDatabase(m_db);
        QVERIFY(waitLoaded(w));
        auto *tree = static_cast<model::CloudTreeModel *>(w.tree()->model());
        const int north = int(w.snapshot()->azNames().indexOf(QStringLiteral("az-north")));
        w.tree()->setCurrentIndex(tree->azIndex(north));
        QCOMPARE(w.scope().azIndex, north);
        QCOMPARE(w.podsPage()->proxy()->rowCount(), 4);
        const auto *bindings = w.bindingsPage()->proxy();
        for (int r = 0; r < bindings->rowCount(); ++r)
            QCOMPARE(bindings->index(r, int(model::BindingTableModel::Column::Az)).data().toString(), QStringLiteral("az-north"));
        const int pod = w.snapshot()->podIndex(QString::fromStdString(w.snapshot()->pods()[1].id));
        w.tree()->setCurrentIndex(tree->podIndex(pod));
        QCOMPARE(w.podsPage()->proxy()->rowCount(), 1);
        QCOMPARE(bindings->rowCount(), w.snapshot()->activeBindings(pod));
        w.tree()->setCurrentIndex(tree->index(0, 0)); // the region: everything
        QCOMPARE(w.podsPage()->proxy()->rowCount(), w.snapshot()->podCount());
    }

    void layoutAndHistoryAreRemembered()
    {
        {
            MainWindow w;
            w.show();
            w.showPage(MainWindow::Page::Bindings);
            w.bindingsPage()->setShowHistory(true);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::Page::Bindings));
        QVERIFY(again.bindingsPage()->showHistory());
    }

    void filterAndSortTheTables()
    {
        MainWindow w;
        w.show();
        w.openDatabase(m_db);
        QVERIFY(waitLoaded(w));
        BindingsPage *page = w.bindingsPage();
        const int all = page->proxy()->rowCount();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("pod-south"));
        QVERIFY(page->proxy()->rowCount() > 0);
        QVERIFY(page->proxy()->rowCount() < all);
        page->setShowHistory(true);
        const int withHistory = page->proxy()->rowCount();
        page->setShowHistory(false);
        QVERIFY(withHistory >= page->proxy()->rowCount());
        page->filterEdit()->clear();
        QCOMPARE(page->proxy()->rowCount(), all);

        using PodColumn = model::PodTableModel::Column;
        w.podsPage()->table()->sortByColumn(int(PodColumn::Ram), Qt::DescendingOrder);
        const auto *pods = w.podsPage()->proxy();
        QCOMPARE(pods->index(0, 0).data().toString(), QStringLiteral("Pod-North-1")); // the fullest
        // Sorted by Since: every row starts no earlier than the one above (and the reverse descending).
        using BindingColumn = model::BindingTableModel::Column;
        const auto *b = page->proxy();
        const auto since = [b](int row) {
            return b->index(row, int(BindingColumn::Since)).data(model::BindingTableModel::SortRole).toLongLong();
        };
        QVERIFY(b->rowCount() > 10);
        w.showPage(MainWindow::Page::Bindings);
        settle(w);
        QHeaderView *header = page->table()->horizontalHeader();
        QList<Qt::SortOrder> seen;
        for (int click = 0; click < 2; ++click) { // a click on the header, then another: both orders
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(int(BindingColumn::Since)) + 8, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(BindingColumn::Since));
            const Qt::SortOrder order = header->sortIndicatorOrder();
            seen << order;
            for (int r = 1; r < b->rowCount(); ++r)
                QVERIFY2(order == Qt::AscendingOrder ? since(r - 1) <= since(r) : since(r - 1) >= since(r),
                         qPrintable(QStringLiteral("row %1 out of order").arg(r)));
            QVERIFY(since(0) != since(b->rowCount() - 1)); // not all equal: the order says something
        }
        QVERIFY(seen[0] != seen[1]);
    }

    void tenantsPageDrawsTheChosenTenantsTimeline()
    {
        MainWindow w;
        w.show();
        w.openDatabase(m_db);
        QVERIFY(waitLoaded(w));
        w.showPage(MainWindow::Page::Tenants);
        QTableView *table = w.tenantsPage()->table();
        table->sortByColumn(int(model::TenantTableModel::Column::History), Qt::DescendingOrder);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(w.tenantsPage()->timeline()->laneCount() >= 2);
    }

    void screenshotsOfEveryTab_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void screenshotsOfEveryTab()
    {
        QFETCH(QSize, size);
        MainWindow w;
        w.resize(size);
        w.show();
        w.openDatabase(m_db);
        QVERIFY(waitLoaded(w));
        const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        const char *names[] = {"dashboard", "pods", "bindings", "tenants"};
        for (int i = 0; i < 4; ++i) {
            w.showPage(MainWindow::Page(i));
            if (i == int(MainWindow::Page::Bindings))
                w.bindingsPage()->setShowHistory(true);
            if (i == int(MainWindow::Page::Tenants)) {
                QTableView *table = w.tenantsPage()->table();
                table->sortByColumn(int(model::TenantTableModel::Column::History), Qt::DescendingOrder);
                table->setCurrentIndex(table->model()->index(0, 0));
            }
            settle(w);
            QVERIFY(w.tabs()->currentIndex() == i);
            // Nothing holds the window wider or taller than the screen it was sized for.
            QString widths; // who holds it wide: each page's and the tree's minimum width
            for (int t = 0; t < w.tabs()->count(); ++t)
                widths += QStringLiteral(" %1=%2").arg(w.tabs()->tabText(t)).arg(w.tabs()->widget(t)->minimumSizeHint().width());
            widths += QStringLiteral(" tree=%1").arg(w.tree()->minimumSizeHint().width());
            QVERIFY2(w.size() == size, qPrintable(QStringLiteral("%1x%2:%3").arg(w.width()).arg(w.height()).arg(widths)));
            testing::saveScreenshot(&w, QStringLiteral("console-") + QLatin1String(names[i]) + suffix);
        }
        // One AZ chosen in the tree.
        auto *tree = static_cast<model::CloudTreeModel *>(w.tree()->model());
        w.tree()->setCurrentIndex(tree->azIndex(0));
        w.showPage(MainWindow::Page::Dashboard);
        settle(w);
        testing::saveScreenshot(&w, QStringLiteral("console-dashboard-one-az") + suffix);
        w.showPage(MainWindow::Page::Pods);
        settle(w);
        testing::saveScreenshot(&w, QStringLiteral("console-pods-one-az") + suffix);
    }

    void whatIfTakesTheSchedulerSettingsAsItsDefaultPolicy()
    {
        const auto config = model::SchedulerConfigJson::parse(R"({"policy": "trio2o", "subset_size": 2})");
        QVERIFY(config.ok());
        ConsoleSettings().setSchedulerConfig(config.value());
        MainWindow w;
        const QJsonObject primary = w.whatIfPage()->editor()->primaryPolicy();
        QCOMPARE(primary, model::SchedulerConfigJson::toJson(config.value()));
        // A scenario file that names no policy runs with the settings' one.
        QFile in(QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/drain-moves-all-tenants-at-once/scenario.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
        scenario.remove(QStringLiteral("policy"));
        scenario.remove(QStringLiteral("compare"));
        scenario.insert(QStringLiteral("base"), QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/drain-moves-all-tenants-at-once/state.json"));
        QFile out(m_dir.filePath(QStringLiteral("no-policy.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(scenario).toJson());
        out.close();
        QVERIFY(w.whatIfPage()->openScenarioFile(out.fileName()));
        QSignalSpy finished(w.whatIfPage(), &WhatIfPage::runFinished);
        w.whatIfPage()->run();
        QVERIFY(finished.wait(30000));
        QCOMPARE(w.whatIfPage()->resultsView()->outcome().result->reports.front().policyName, std::string("trio2o"));
        QSettings().remove(QStringLiteral("scheduler/config"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
