// SPDX-License-Identifier: Apache-2.0
// "Rebind N Selected Tenants…" through real input on the demo cloud: rows
// picked with the mouse (click, Shift+click, Ctrl+click) in the Bindings or
// Tenants table, the action from the right-click menu or the Edit menu, the
// preview dialog (each tenant from → to, refusals named, a target pod of the
// same AZ and group or the scheduler's choice), and the whole move as one
// undo step.

#include "bindingproxymodel.h"
#include "bindingspage.h"
#include "cloudtreemodel.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "rebindtenantsdialog.h"
#include "snapshotloader.h"
#include "tenantspage.h"
#include "tenanttablemodel.h"
#include "testprompter.h"
#include "backendwait.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <set>

using namespace gui;

namespace {

// Opens the right-click menu of `viewport` at `pos` as the mouse would and
// hands the open menu to `use`.
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

QString plain(QString text) { return text.remove(QLatin1Char('&')); }

int rowOfPodName(const QComboBox &combo, const QString &name)
{
    for (int i = 0; i < combo.count(); ++i)
        if (combo.itemText(i).startsWith(name + QStringLiteral(" ")))
            return i;
    return -1;
}

// Picks row `row` of the combo box as the keyboard does: Home, then Down.
bool chooseWithKeys(QComboBox *combo, int row)
{
    if (row < 0)
        return false;
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == row;
}

} // namespace

class TestRebindTenants : public QObject
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

    static std::set<std::string> tenantsOn(const sched::CloudState &s, const char *podName)
    {
        const sched::Pod *pod = s.findPodByName(podName);
        std::set<std::string> tenants;
        for (const sched::Binding &b : s.bindings)
            if (pod && b.active && b.podId == pod->id)
                tenants.insert(b.tenantId);
        return tenants;
    }

    // Click on the first row, then Shift+click on row `last` of the table.
    static void selectRows(QTableView *table, int last)
    {
        const auto at = [&](int row) { return table->visualRect(table->model()->index(row, 0)).center(); };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at(0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(last));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rebindtenants"));
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

    // Three bindings of one pod, from the right-click menu, to a pod picked by hand; undone in one step.
    void threeBindingsToAChosenPodAsOneUndoStep()
    {
        m_window->showPage(MainWindow::Page::Bindings);
        BindingsPage *page = m_window->bindingsPage();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("Pod-North-1"));
        QVERIFY(page->table()->model()->rowCount() >= 3);
        selectRows(page->table(), 2);
        QStringList chosen;
        for (int r = 0; r < 3; ++r)
            chosen << page->table()->model()->index(r, 0).data().toString();
        const std::set<std::string> before = tenantsOn(state(), "Pod-North-1");

        QStringList moving, targets;
        bool buttonSaysThree = false;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindTenantsDialog &>(d);
            if (!chooseWithKeys(dialog.targetCombo(), rowOfPodName(*dialog.targetCombo(), QStringLiteral("Pod-North-3"))))
                return int(QDialog::Rejected);
            for (const model::TenantChange &c : dialog.preview().changes)
                if (c.status == model::TenantChange::Status::Planned)
                    moving << QString::fromStdString(c.tenantId) + QStringLiteral(": ") + c.fromPodName
                                  + QStringLiteral(" → ") + c.toPodName;
            for (int i = 0; i < dialog.targetCombo()->count(); ++i)
                targets << dialog.targetCombo()->itemText(i);
            buttonSaysThree = plain(dialog.rebindButton()->text()) == QStringLiteral("Rebind 3");
            QTest::mouseClick(dialog.rebindButton(), Qt::LeftButton);
            return dialog.result();
        });
        const QModelIndex row = page->table()->model()->index(1, 0);
        withContextMenu(page->table()->viewport(), page->table()->visualRect(row).center(), [&](QMenu &menu) {
            QAction *first = menu.actions().constFirst();
            QVERIFY2(plain(first->text()).startsWith(QStringLiteral("Rebind 3 Selected Tenant")), qPrintable(first->text()));
            QVERIFY(first->isEnabled());
            menu.setActiveAction(first);
            QTest::keyClick(&menu, Qt::Key_Return);
        });
        QCOMPARE(moving.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(moving.contains(chosen[i] + QStringLiteral(": Pod-North-1 → Pod-North-3")), qPrintable(moving.join(u'\n')));
        QVERIFY(buttonSaysThree);
        // Only pods of the bindings' own AZ and group are offered.
        for (const QString &t : targets.mid(1))
            QVERIFY2(t.contains(QStringLiteral("az-north")) && !t.contains(QStringLiteral("CAD")), qPrintable(t));

        const std::set<std::string> after = tenantsOn(state(), "Pod-North-1");
        QCOMPARE(after.size(), before.size() - 3);
        const std::set<std::string> onTarget = tenantsOn(state(), "Pod-North-3");
        for (const QString &t : chosen) {
            QVERIFY(!after.count(t.toStdString()));
            QVERIFY(onTarget.count(t.toStdString()));
        }
        QCOMPARE(m_window->editor()->undoStack()->count(), 1); // one step for all three
        m_window->editor()->undoStack()->undo();
        QCOMPARE(tenantsOn(state(), "Pod-North-1"), before);
    }

    // Two tenants picked with Ctrl+click in the Tenants table, with the tree on one pod: the
    // Edit menu's action moves their binding on that pod, where the scheduler chooses.
    void tenantsFromTheEditMenuByTheScheduler()
    {
        auto *tree = static_cast<model::CloudTreeModel *>(m_window->tree()->model());
        const int pod = m_window->snapshot()->podIndex(
            QString::fromStdString(state().findPodByName("Pod-North-2")->id));
        m_window->tree()->setCurrentIndex(tree->podIndex(pod));
        m_window->showPage(MainWindow::Page::Tenants);
        QTableView *table = m_window->tenantsPage()->table();
        QVERIFY(table->model()->rowCount() >= 2);
        const auto at = [&](int row) { return table->visualRect(table->model()->index(row, 0)).center(); };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at(0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, at(1));
        const QString first = table->model()->index(0, 0).data().toString();
        const QString second = table->model()->index(1, 0).data().toString();
        QAction *action = m_window->editor()->rebindSelectedAction();
        QVERIFY2(plain(action->text()).startsWith(QStringLiteral("Rebind 2 Selected Tenant")), qPrintable(action->text()));
        QVERIFY(action->isEnabled());

        int planned = -1;
        QString scheduler;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindTenantsDialog &>(d);
            scheduler = dialog.targetCombo()->currentText();
            planned = dialog.preview().count(model::TenantChange::Status::Planned);
            QTest::mouseClick(dialog.rebindButton(), Qt::LeftButton);
            return dialog.result();
        });
        // Alt+E opens the Edit menu; its mnemonic L picks the action.
        QMenu *edit = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (plain(a->text()) == QStringLiteral("Edit"))
                edit = a->menu();
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(action));
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(QApplication::activePopupWidget() == edit);
            QTest::keyClick(edit, Qt::Key_L);
        });
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::AltModifier);
        QTRY_COMPARE(planned, 2);
        QVERIFY(scheduler.contains(QStringLiteral("scheduler")));
        const sched::CloudState after = state();
        for (const QString &t : {first, second}) {
            QVERIFY(!tenantsOn(after, "Pod-North-2").count(t.toStdString()));
            bool inNorth = false; // moved inside its AZ and group
            for (const sched::Binding &b : after.bindings)
                if (b.active && b.tenantId == t.toStdString())
                    if (const sched::Pod *p = after.findPod(b.podId); p && p->azName == "az-north" && p->tags.empty())
                        inNorth = true;
            QVERIFY(inNorth);
        }
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
    }

    // Two tenants bound in several AZs each, picked in the Tenants table with the tree on the whole
    // cloud: every active binding of theirs is offered, and the summary counts tenants, not bindings.
    void tenantsBoundInSeveralAzsAreCountedOnce()
    {
        m_window->tree()->setCurrentIndex(m_window->tree()->model()->index(0, 0));
        m_window->showPage(MainWindow::Page::Tenants);
        QTableView *table = m_window->tenantsPage()->table();
        QList<int> rows; // rows of tenants with two or more active bindings
        for (int r = 0; r < table->model()->rowCount() && rows.size() < 2; ++r)
            if (table->model()->index(r, int(model::TenantTableModel::Column::Active)).data(model::TenantTableModel::SortRole).toInt() >= 2)
                rows << r;
        QCOMPARE(rows.size(), 2);
        const auto at = [&](int row) {
            table->scrollTo(table->model()->index(row, 0));
            return table->visualRect(table->model()->index(row, 0)).center();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at(rows[0]));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, at(rows[1]));
        int offered = 0, tenants = 0;
        std::set<std::string> moving;
        QString summary;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindTenantsDialog &>(d);
            offered = int(dialog.preview().changes.size());
            for (const model::TenantChange &c : dialog.preview().changes)
                if (c.status == model::TenantChange::Status::Planned)
                    moving.insert(c.tenantId);
            tenants = dialog.tenantCount();
            summary = dialog.summaryLabel()->text();
            QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return dialog.result();
        });
        withContextMenu(table->viewport(), at(rows[1]), [&](QMenu &menu) {
            QVERIFY(plain(menu.actions().constFirst()->text()).startsWith(QStringLiteral("Rebind 2 Selected Tenant")));
            menu.setActiveAction(menu.actions().constFirst());
            QTest::keyClick(&menu, Qt::Key_Return);
        });
        QVERIFY2(offered >= 4, qPrintable(QString::number(offered))); // every active binding of both
        QVERIFY(tenants > 0);
        QCOMPARE(tenants, int(moving.size()));
        QVERIFY2(summary.startsWith(QString::number(tenants) + QStringLiteral(" tenant")), qPrintable(summary));
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
    }

    // A target that takes no tenants: every binding is named as refused and nothing can be applied.
    void refusalsAreNamedAndNothingIsWritten()
    {
        m_window->showPage(MainWindow::Page::Bindings);
        BindingsPage *page = m_window->bindingsPage();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("Pod-South-1"));
        selectRows(page->table(), 1);
        const std::set<std::string> before = tenantsOn(state(), "Pod-South-1");
        QStringList reasons;
        bool canApply = true;
        bool canApplyToEnabled = false;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindTenantsDialog &>(d);
            if (!chooseWithKeys(dialog.targetCombo(), rowOfPodName(*dialog.targetCombo(), QStringLiteral("Pod-South-3"))))
                return int(QDialog::Rejected);
            for (const model::TenantChange &c : dialog.preview().changes)
                if (c.status == model::TenantChange::Status::Stuck)
                    reasons << c.reason;
            canApply = dialog.rebindButton()->isEnabled();
            if (!chooseWithKeys(dialog.targetCombo(), rowOfPodName(*dialog.targetCombo(), QStringLiteral("Pod-South-2"))))
                return int(QDialog::Rejected);
            canApplyToEnabled = dialog.rebindButton()->isEnabled();
            QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return dialog.result();
        });
        const QModelIndex row = page->table()->model()->index(0, 0);
        withContextMenu(page->table()->viewport(), page->table()->visualRect(row).center(), [&](QMenu &menu) {
            QVERIFY(plain(menu.actions().constFirst()->text()).startsWith(QStringLiteral("Rebind 2 Selected Tenant")));
            menu.setActiveAction(menu.actions().constFirst());
            QTest::keyClick(&menu, Qt::Key_Return);
        });
        QTRY_COMPARE(reasons.size(), 2);
        for (const QString &r : reasons)
            QVERIFY2(r.contains(QStringLiteral("Pod-South-3")), qPrintable(r));
        QVERIFY(!canApply);
        QVERIFY(canApplyToEnabled);
        QCOMPARE(tenantsOn(state(), "Pod-South-1"), before);
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestRebindTenants)
#include "tst_rebindtenants.moc"
