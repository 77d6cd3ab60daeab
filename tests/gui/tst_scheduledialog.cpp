// SPDX-License-Identifier: Apache-2.0
// Schedule… and Scheduler settings: a decision with its explanation, apply as
// the explicit second step (then undo); settings saved and used.

#include "backend.h"
#include "backendwait.h"
#include "candidatetablemodel.h"
#include "consolesettings.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "scheduledialog.h"
#include "schedulersettingsdialog.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "snapshotloader.h"
#include "testprompter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gui;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
}

class TestScheduleDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;

    sched::CloudState state() { return waitFor(m_window->backend()->fetchState()).value(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-schedule-test"));
    }

    void init()
    {
        QSettings().clear();
        static int n = 0;
        const QString db = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n));
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

    void settingsAreSaved()
    {
        m_prompter->drivers.enqueue([](QDialog &d) {
            auto &dialog = static_cast<SchedulerSettingsDialog &>(d);
            dialog.filterCheck(sched::FilterKind::Capacity)->setChecked(false);
            dialog.multiplierSpin(sched::WeigherKind::Cost)->setValue(5.0);
            dialog.subsetSpin()->setValue(3);
            dialog.thresholdSpin()->setValue(0.75);
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-scheduler-settings"));
            return int(QDialog::Accepted);
        });
        m_window->editor()->schedulerSettings();
        const sched::SchedulerConfig c = ConsoleSettings().schedulerConfig();
        QVERIFY(!c.filters.contains(sched::FilterKind::Capacity));
        QVERIFY(c.filters.contains(sched::FilterKind::PodState));
        QCOMPARE(c.multiplier(sched::WeigherKind::Cost), 5.0);
        QCOMPARE(c.subsetSize, 3u);
        QCOMPARE(c.defaultThreshold, 0.75);
        QCOMPARE(c.policy, sched::Policy::Weighted);

        // The trio2o policy has nothing to tune.
        SchedulerSettingsDialog dialog(c);
        dialog.policyCombo()->setCurrentIndex(dialog.policyCombo()->findData(int(sched::Policy::Trio2o)));
        QVERIFY(!dialog.filterCheck(sched::FilterKind::Capacity)->isEnabled());
        QCOMPARE(dialog.config().policy, sched::Policy::Trio2o);
    }

    void scheduleExplainsThenAppliesAsASecondStep()
    {
        bool appliedBeforeAccept = true;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<ScheduleDialog &>(d);
            QAbstractItemModelTester tester(dialog.candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTest::keyClicks(dialog.tenantEdit(), QStringLiteral("tenant-scheduled"));
            dialog.azCombo()->setCurrentIndex(dialog.azCombo()->findData(QStringLiteral("az-south")));
            dialog.sizeCheck()->setChecked(true);
            dialog.sizeSpin(sched::Resource::Vcpus)->setValue(4);
            if (dialog.outcome() != sched::Outcome::Bind || !dialog.applyButton()->isEnabled())
                return int(QDialog::Rejected);
            if (dialog.candidates()->rowCount() != int(state().pods.size()))
                return int(QDialog::Rejected);
            // Nothing is written by looking.
            const auto now = state();
            appliedBeforeAccept = std::any_of(now.bindings.begin(), now.bindings.end(),
                                              [](const sched::Binding &b) { return b.tenantId == "tenant-scheduled"; });
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-schedule"));
            dialog.applyButton()->click();
            return dialog.result();
        });
        m_window->editor()->schedule();
        QVERIFY(!appliedBeforeAccept);
        const auto s = state();
        const auto b = std::find_if(s.bindings.begin(), s.bindings.end(), [](const sched::Binding &x) {
            return x.active && x.tenantId == "tenant-scheduled";
        });
        QVERIFY(b != s.bindings.end());
        QCOMPARE(str(s.findPod(b->podId)->azName), QStringLiteral("az-south"));
        m_window->editor()->undoAction()->trigger();
        const auto u = state();
        QVERIFY(std::none_of(u.bindings.begin(), u.bindings.end(), [](const sched::Binding &x) {
            return x.active && x.tenantId == "tenant-scheduled";
        }));
    }

    void aKeptBindingHasNothingToApply()
    {
        const auto s = state();
        const sched::Pod *north2 = s.findPodByName("Pod-North-2");
        const auto b = std::find_if(s.bindings.begin(), s.bindings.end(),
                                    [&](const sched::Binding &x) { return x.active && x.podId == north2->id; });
        QVERIFY(b != s.bindings.end());
        ScheduleDialog dialog(s, sched::SchedulerConfig{});
        dialog.show();
        QTest::keyClicks(dialog.tenantEdit(), str(b->tenantId));
        dialog.azCombo()->setCurrentIndex(dialog.azCombo()->findData(QStringLiteral("az-north")));
        QCOMPARE(dialog.outcome(), sched::Outcome::Keep);
        QCOMPARE(dialog.podId(), str(north2->id));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.decisionText().isEmpty());
    }

    // A second active binding of the same tenant in az-north (as a real
    // Trio2o can hold it): the dialog refuses to guess, as schedule does, and
    // has nothing to apply; in an AZ where it is bound once it decides again.
    void refusesToGuessWhileTheTenantIsBoundTwice()
    {
        sched::CloudState s = state();
        const sched::Pod *north1 = s.findPodByName("Pod-North-1");
        const sched::Pod *north2 = s.findPodByName("Pod-North-2");
        const auto b = std::find_if(s.bindings.begin(), s.bindings.end(),
                                    [&](const sched::Binding &x) { return x.active && x.podId == north2->id; });
        QVERIFY(b != s.bindings.end());
        sched::Binding twice = *b;
        twice.id = "second-binding";
        twice.podId = north1->id;
        const QString tenant = str(b->tenantId);
        s.bindings.push_back(twice);
        ScheduleDialog dialog(s, sched::SchedulerConfig{});
        dialog.show();
        QTest::keyClicks(dialog.tenantEdit(), QStringLiteral(" ") + tenant); // trimmed, as the server trims it
        dialog.azCombo()->setCurrentIndex(dialog.azCombo()->findData(QStringLiteral("az-north")));
        const QString text = dialog.decisionText();
        QVERIFY2(text.contains(QStringLiteral("binding second-binding to pod Pod-North-1")) &&
                     text.contains(QStringLiteral("check --repair")),
                 qPrintable(text));
        QVERIFY(!dialog.applyButton()->isEnabled());
        const auto changes = dialog.changes(s);
        QVERIFY(!changes.ok());
        QCOMPARE(changes.error(), text);
        dialog.azCombo()->setCurrentIndex(dialog.azCombo()->findData(QStringLiteral("az-south")));
        QVERIFY2(!dialog.decisionText().contains(QStringLiteral("check --repair")), qPrintable(dialog.decisionText()));
    }
};

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
