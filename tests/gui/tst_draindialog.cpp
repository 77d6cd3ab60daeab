// SPDX-License-Identifier: Apache-2.0
// The drain dialog: preview on a copy off the GUI thread, apply as one undo
// step, Cancel while applying leaves nothing half-applied (local store).

#include "backend.h"
#include "backendwait.h"
#include "draindialog.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "snapshotloader.h"
#include "testprompter.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gui;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
}

class TestDrainDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;

    sched::CloudState state() { return waitFor(m_window->backend()->fetchState()).value(); }
    QStringList tenantsOn(const std::string &podId)
    {
        QStringList t;
        for (const sched::Binding &b : state().bindings)
            if (b.active && b.podId == podId)
                t << str(b.tenantId);
        t.sort();
        return t;
    }
    std::string podId(const char *name) { return state().findPodByName(name)->id; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-drain-test"));
        QSettings().clear();
    }

    void init()
    {
        const QString db = m_dir.filePath(QStringLiteral("drain%1.sqlite").arg(++m_count));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        m_window = std::make_unique<MainWindow>();
        auto prompter = std::make_unique<TestPrompter>();
        m_prompter = prompter.get();
        m_window->editor()->setPrompter(std::move(prompter));
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        m_window->openDatabase(db);
        QVERIFY(applied.wait(20000));
    }

    void cleanup() { m_window.reset(); }

    void previewListsMovesAndTenantsThatCannotMove()
    {
        const std::string north1 = podId("Pod-North-1");
        const QStringList before = tenantsOn(north1);
        QVERIFY(!before.isEmpty());
        DrainDialog dialog(*m_window->backend(), state(), sched::SchedulerConfig{}, north1);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), DrainDialog::Phase::Ready, 10000);
        const model::ChangeList &list = dialog.preview().list;
        QCOMPARE(int(list.changes.size()), before.size()); // every tenant accounted for
        const auto s = state();
        const int moves = list.count(model::TenantChange::Status::Planned);
        int received = 0;
        for (const auto &c : list.changes) {
            QVERIFY(!c.reason.isEmpty()); // the scheduler's reason, or why it cannot move
            if (c.status != model::TenantChange::Status::Planned)
                continue;
            const sched::Pod *to = s.findPod(c.toPodId);
            QVERIFY(to && to->id != north1);
            QCOMPARE(str(to->azName), QStringLiteral("az-north")); // same AZ and group
            QVERIFY(to->tags.empty());
        }
        for (const model::TargetLoad &t : list.targets)
            received += t.received;
        QCOMPARE(received, moves); // the per-target summary adds up
        QCOMPARE(dialog.previewTree()->topLevelItem(0)->childCount(), moves);
        QCOMPARE(dialog.previewTree()->topLevelItem(2)->childCount(), int(list.targets.size()));
        QVERIFY(dialog.drainButton()->isEnabled());
        QCOMPARE(tenantsOn(north1), before); // a preview writes nothing
        testing::saveScreenshot(&dialog, QStringLiteral("dialog-drain-preview"));
    }

    void drainIsOneUndoStep()
    {
        const std::string north1 = podId("Pod-North-1");
        const QStringList before = tenantsOn(north1);
        int moved = 0;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Ready; }, 10000))
                return int(QDialog::Rejected);
            moved = dialog.preview().list.count(model::TenantChange::Status::Planned);
            dialog.drainButton()->click();
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Done; }, 10000))
                return int(QDialog::Rejected);
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-drain-done"));
            dialog.cancelButton()->click(); // "Close"
            return dialog.result();
        });
        m_window->editor()->drainPod(str(north1));
        QVERIFY(moved > 0);
        QCOMPARE(tenantsOn(north1).size(), before.size() - moved);
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        m_window->editor()->undoAction()->trigger();
        QCOMPARE(m_prompter->failures, QStringList());
        QCOMPARE(tenantsOn(north1), before); // every moved tenant back, in one step
        m_window->editor()->redoAction()->trigger();
        QCOMPARE(tenantsOn(north1).size(), before.size() - moved);
    }

    void maintenanceAndDrainIsOneStepAndOneUndo()
    {
        const std::string north1 = podId("Pod-North-1");
        const QStringList before = tenantsOn(north1);
        bool boxChecked = false;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Ready; }, 10000))
                return int(QDialog::Rejected);
            boxChecked = dialog.maintenanceBox()->isChecked();
            QTest::mouseClick(dialog.drainButton(), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Done; }, 10000))
                return int(QDialog::Rejected);
            dialog.cancelButton()->click(); // "Close"
            return dialog.result();
        });
        QVERIFY(m_window->editor()->podActions().contains(m_window->editor()->maintenanceDrainAction()));
        m_window->editor()->maintenanceAndDrain(str(north1));
        QVERIFY(boxChecked);
        QCOMPARE(state().findPod(north1)->state, sched::PodState::Maintenance);
        QVERIFY(tenantsOn(north1).size() < before.size());
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        m_window->editor()->undoAction()->trigger();
        QCOMPARE(m_prompter->failures, QStringList());
        QCOMPARE(tenantsOn(north1), before);
        QCOMPARE(state().findPod(north1)->state, sched::PodState::Enabled);
    }

    void undoAfterTheStateMovedOnSaysSo()
    {
        const std::string north1 = podId("Pod-North-1");
        const QStringList before = tenantsOn(north1);
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Ready; }, 10000))
                return int(QDialog::Rejected);
            dialog.drainButton()->click();
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Done; }, 10000))
                return int(QDialog::Rejected);
            dialog.cancelButton()->click();
            return dialog.result();
        });
        m_window->editor()->drainPod(str(north1));
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        // Somebody else ends a binding the drain made.
        const auto s = state();
        const QStringList left = tenantsOn(north1);
        const auto moved = std::find_if(s.bindings.begin(), s.bindings.end(), [&](const sched::Binding &b) {
            const sched::Pod *p = s.findPod(b.podId);
            return b.active && before.contains(str(b.tenantId)) && !left.contains(str(b.tenantId)) && p
                && p->id != north1 && p->azName == "az-north" && p->tags.empty();
        });
        QVERIFY(moved != s.bindings.end());
        QVERIFY(waitFor(m_window->backend()->deleteBinding(moved->id)).ok());
        const QStringList afterTheirs = tenantsOn(north1);
        m_window->editor()->undoAction()->trigger();
        QCOMPARE(m_prompter->failures.size(), 1);
        QVERIFY2(m_prompter->failures.first().contains(QStringLiteral("no longer possible")), qPrintable(m_prompter->failures.first()));
        QCOMPARE(tenantsOn(north1), afterTheirs); // nothing else was undone
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
    }

    void cancelWhileApplyingLeavesNothingHalfApplied()
    {
        const std::string north1 = podId("Pod-North-1");
        const QStringList before = tenantsOn(north1);
        QString summary;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Ready; }, 10000))
                return int(QDialog::Rejected);
            dialog.drainButton()->click();
            dialog.cancelButton()->click(); // while the transaction runs
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Done; }, 10000))
                return int(QDialog::Rejected);
            summary = dialog.summary();
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-drain-cancelled"));
            return int(QDialog::Rejected);
        });
        m_window->editor()->drainPod(str(north1));
        QVERIFY2(summary.contains(QStringLiteral("nothing changed")), qPrintable(summary));
        QCOMPARE(tenantsOn(north1), before);
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestDrainDialog)
#include "tst_draindialog.moc"
