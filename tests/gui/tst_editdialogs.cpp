// SPDX-License-Identifier: Apache-2.0
// The editing half of the console driven end to end: each dialog filled in
// and accepted, the store checked, undo and redo, refusals and failures.

#include "backend.h"
#include "backendwait.h"
#include "bindingdialog.h"
#include "consolesettings.h"
#include "editcontroller.h"
#include "engine.h"
#include "mainwindow.h"
#include "poddialog.h"
#include "podsettingsoperation.h"
#include "podspage.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "testprompter.h"
#include "testlanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gui;

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

} // namespace

class TestEditDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
    TestPrompter *m_prompter = nullptr;

    sched::CloudState state()
    {
        auto s = waitFor(m_window->backend()->fetchState());
        if (!s)
            qFatal("cannot read the store: %s", qPrintable(s.error()));
        return std::move(s).value();
    }
    static const sched::Binding *activeBinding(const sched::CloudState &s, const std::string &tenant)
    {
        for (const sched::Binding &b : s.bindings)
            if (b.active && b.tenantId == tenant)
                return &b;
        return nullptr;
    }
    bool waitLoaded()
    {
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        return applied.wait(20000);
    }
    EditController &editor() { return *m_window->editor(); }
    QUndoStack &stack() { return *editor().undoStack(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-edit-test"));
        QVERIFY(m_dir.isValid());
        installTestLanguage();
    }

    void init()
    {
        QSettings().clear();
        const QString db = m_dir.filePath(QStringLiteral("cloud%1.sqlite").arg(++m_count));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        m_window = std::make_unique<MainWindow>();
        auto prompter = std::make_unique<TestPrompter>();
        m_prompter = prompter.get();
        m_window->editor()->setPrompter(std::move(prompter));
        m_window->show();
        m_window->openDatabase(db);
        QVERIFY(waitLoaded());
    }

    void cleanup() { m_window.reset(); }

    void newPodThroughTheDialogThenUndoRedo()
    {
        m_prompter->drivers.enqueue([](QDialog &d) {
            auto &dialog = static_cast<PodDialog &>(d);
            QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Pod-West-1"));
            // A new AZ is an explicit choice: the last entry of the list, then its name.
            dialog.azCombo()->setFocus();
            QTest::keyClick(dialog.azCombo(), Qt::Key_End);
            QTest::keyClicks(dialog.azEdit(), QStringLiteral("az-west"));
            QTest::keyClicks(dialog.dcEdit(), QStringLiteral("dc-lisbon"));
            QTest::keyClicks(dialog.tagsEdit(), QStringLiteral("resource:GPU"));
            dialog.capacitySpin(sched::Resource::Vcpus)->setValue(512);
            dialog.capacitySpin(sched::Resource::RamMb)->setValue(1048576);
            dialog.thresholdSpin()->setValue(0.8);
            dialog.costSpin()->setValue(2.5);
            dialog.stateCombo()->setCurrentIndex(int(sched::PodState::Maintenance));
            settle();
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-new-pod"));
            return dialog.problem().isEmpty() ? QDialog::Accepted : QDialog::Rejected;
        });
        editor().newPod();
        QCOMPARE(m_prompter->failures, QStringList());
        const sched::Pod *pod = state().findPodByName("Pod-West-1");
        QVERIFY(pod);
        {
            const auto s = state();
            const sched::Pod *p = s.findPodByName("Pod-West-1");
            QCOMPARE(str(p->azName), QStringLiteral("az-west"));
            QCOMPARE(str(p->dcName), QStringLiteral("dc-lisbon"));
            QCOMPARE(str(sched::groupKey(p->tags)), QStringLiteral("resource:GPU"));
            QCOMPARE(p->capacity[0], 512);
            QCOMPARE(p->state, sched::PodState::Maintenance);
            QCOMPARE(p->threshold, 0.8);
            QCOMPARE(p->cost, 2.5);
        }
        QCOMPARE(stack().count(), 1);
        QVERIFY(editor().undoAction()->isEnabled());
        editor().undoAction()->trigger();
        QVERIFY(!state().findPodByName("Pod-West-1"));
        editor().redoAction()->trigger();
        const std::string id = state().findPodByName("Pod-West-1")->id;
        // The window reloads after writes.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshot()->podIndex(str(id)) >= 0, 20000);
    }

    void podDialogSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("az"); // an existing AZ is picked, another one typed as a new AZ
        QTest::addColumn<QString>("tags");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty-name") << QString() << "az-x" << QString() << 8 << 0.9 << "needs a name";
        QTest::newRow("duplicate-name") << "Pod-North-1" << "az-x" << QString() << 8 << 0.9 << "exists already";
        QTest::newRow("second-top-region") << "Region2" << QString() << QString() << 8 << 0.9 << "top region already";
        QTest::newRow("bad-tags") << "Pod-X" << "az-x" << "resource" << 8 << 0.9 << "key:value";
        QTest::newRow("new-az-without-a-name") << "Pod-X" << "\x1f" << QString() << 8 << 0.9 << "name of the new AZ";
        QTest::newRow("negative-vcpus-refused") << "Pod-X" << "az-x" << QString() << -100 << 0.9 << "cannot be negative (-100 given)";
        QTest::newRow("threshold-above-one-refused") << "Pod-X" << "az-x" << QString() << 8 << 1.5 << "from 0.01 to 1.00 (1.50 given)";
        QTest::newRow("valid-new-az") << "Pod-X" << "az-x" << "resource:CAD" << 8 << 0.9 << QString();
        QTest::newRow("valid-existing-az") << "Pod-X" << "az-north" << QString() << 8 << 1.0 << QString();
    }

    void podDialogSaysWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QString, az);
        QFETCH(QString, tags);
        QFETCH(int, vcpus);
        QFETCH(double, threshold);
        QFETCH(QString, problem);
        PodDialog dialog(std::nullopt, state().pods);
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), name);
        QVERIFY(dialog.azCombo()->findText(QStringLiteral("az-north")) >= 0);
        QCOMPARE(dialog.azCombo()->findText(QStringLiteral("az-x")), -1);
        if (az == QStringLiteral("\x1f")) { // "New AZ…" with nothing typed
            dialog.azCombo()->setCurrentIndex(dialog.azCombo()->count() - 1);
        } else {
            dialog.chooseAz(az);
            QCOMPARE(dialog.azEdit()->isEnabled(), dialog.azCombo()->findData(az) < 0);
        }
        QTest::keyClicks(dialog.tagsEdit(), tags);
        // Typed as a user would: the whole text replaced, then Tab to leave the field.
        QSpinBox *cpus = dialog.capacitySpin(sched::Resource::Vcpus);
        cpus->selectAll();
        QTest::keyClicks(cpus, QString::number(vcpus));
        QTest::keyClick(cpus, Qt::Key_Tab);
        QCOMPARE(cpus->value(), vcpus); // not clamped
        dialog.thresholdSpin()->selectAll();
        QTest::keyClicks(dialog.thresholdSpin(), QLocale().toString(threshold, 'f', 2));
        QCOMPARE(dialog.thresholdSpin()->value(), threshold);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (problem.isEmpty()) {
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
            QVERIFY(dialog.problemLabel()->isHidden());
            QVERIFY(ok->isEnabled());
        } else {
            QVERIFY2(dialog.problemLabel()->text().contains(problem), qPrintable(dialog.problemLabel()->text()));
            QVERIFY(dialog.problemLabel()->isVisible());
            QVERIFY(!ok->isEnabled());
        }
        if (QTest::currentDataTag() == QByteArray("duplicate-name"))
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-new-pod-invalid"));
    }

    void editPodThenUndo()
    {
        const auto before = state();
        const int index = m_window->snapshot()->podIndex(str(before.findPodByName("Pod-South-2")->id));
        editor().setCurrentPod(index);
        m_prompter->drivers.enqueue([](QDialog &d) {
            auto &dialog = static_cast<PodDialog &>(d);
            if (dialog.nameEdit()->text() != QStringLiteral("Pod-South-2"))
                return int(QDialog::Rejected);
            dialog.stateCombo()->setCurrentIndex(int(sched::PodState::Disabled));
            dialog.capacitySpin(sched::Resource::Vcpus)->setValue(4096);
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-edit-pod"));
            return int(QDialog::Accepted);
        });
        editor().editPod();
        const auto after = state();
        QCOMPARE(after.findPodByName("Pod-South-2")->state, sched::PodState::Disabled);
        QCOMPARE(after.findPodByName("Pod-South-2")->capacity[0], 4096);
        editor().undoAction()->trigger();
        const auto undone = state();
        QCOMPARE(undone.findPodByName("Pod-South-2")->state, sched::PodState::Enabled);
        QCOMPARE(undone.findPodByName("Pod-South-2")->capacity[0],
                 before.findPodByName("Pod-South-2")->capacity[0]);
    }

    // Edit Pod… decides as trio2o-sched pods set does (PodSettingsOperation):
    // moving a pod with bound tenants to another AZ is refused, nothing written.
    void editPodRefusesAnAzChangeUnderBoundTenants()
    {
        const auto before = state();
        const sched::Pod *north1 = before.findPodByName("Pod-North-1");
        QVERIFY(std::any_of(before.bindings.begin(), before.bindings.end(),
                            [&](const sched::Binding &b) { return b.active && b.podId == north1->id; }));
        editor().setCurrentPod(m_window->snapshot()->podIndex(str(north1->id)));
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<PodDialog &>(d);
            dialog.chooseAz(QStringLiteral("az-central"));
            return int(QDialog::Accepted);
        });
        editor().editPod();
        QCOMPARE(m_prompter->failures.size(), 1);
        QVERIFY2(m_prompter->failures.constFirst().contains(QStringLiteral("drain it first")),
                 qPrintable(m_prompter->failures.constFirst()));
        QCOMPARE(state().findPodByName("Pod-North-1")->azName, north1->azName);
        QCOMPARE(stack().count(), 0);
    }

    // ... and a group change under bound tenants with the very words of
    // trio2o-sched pods set --tag (PodSettingsOperation::preview on the same pod).
    void editPodRefusesAGroupChangeUnderBoundTenantsAsPodsSetDoes()
    {
        const auto before = state();
        const sched::Pod *north1 = before.findPodByName("Pod-North-1");
        editor().setCurrentPod(m_window->snapshot()->podIndex(str(north1->id)));
        m_prompter->drivers.enqueue([&](QDialog &d) {
            static_cast<PodDialog &>(d).tagsEdit()->setText(QStringLiteral("resource:gpu"));
            return int(QDialog::Accepted);
        });
        editor().editPod();
        model::PodSettings tag;
        tag.setTags = *sched::parseGroup("resource:gpu");
        const auto cli = model::PodSettingsOperation::preview(before, north1->id, tag);
        QVERIFY(!cli.ok());
        QCOMPARE(m_prompter->failures, QStringList{cli.error()});
        QCOMPARE(state().findPodByName("Pod-North-1")->tags, north1->tags);
        QCOMPARE(stack().count(), 0);
    }

    // The overcommit ratios multiply a live cloud's hypervisor statistics: on a
    // database the dialog shows them switched off; where editable, a ratio out
    // of range is refused with the value, and a valid one comes out in the pod.
    void podDialogOvercommitRatios()
    {
        const int index = m_window->snapshot()->podIndex(str(state().findPodByName("Pod-South-2")->id));
        editor().setCurrentPod(index);
        bool disabled = false;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<PodDialog &>(d);
            disabled = !dialog.vcpuRatioSpin()->isEnabled() && !dialog.ramRatioSpin()->isEnabled();
            return int(QDialog::Rejected);
        });
        editor().editPod();
        QCOMPARE(m_prompter->failures, QStringList());
        QVERIFY(disabled);

        sched::Pod remotePod = *state().findPodByName("Pod-South-2");
        PodDialog dialog(remotePod, state().pods);
        dialog.setRatiosEditable(true);
        dialog.show();
        QVERIFY(dialog.vcpuRatioSpin()->isEnabled());
        QCOMPARE(dialog.vcpuRatioSpin()->value(), 1.0);
        dialog.vcpuRatioSpin()->selectAll();
        QTest::keyClicks(dialog.vcpuRatioSpin(), QLocale().toString(0.0, 'f', 2));
        QTest::keyClick(dialog.vcpuRatioSpin(), Qt::Key_Tab);
        QVERIFY2(dialog.problemLabel()->text().contains(QLatin1String("overcommit ratio")), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.vcpuRatioSpin()->selectAll();
        QTest::keyClicks(dialog.vcpuRatioSpin(), QLocale().toString(16.0, 'f', 2));
        dialog.ramRatioSpin()->selectAll();
        QTest::keyClicks(dialog.ramRatioSpin(), QLocale().toString(1.5, 'f', 2));
        QTest::keyClick(dialog.ramRatioSpin(), Qt::Key_Tab);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.pod().vcpuRatio, 16.0);
        QCOMPARE(dialog.pod().ramRatio, 1.5);
    }

    void aPodPickedInThePodsTableIsTheOneEdited()
    {
        QTableView *table = m_window->podsPage()->table();
        const QModelIndex row = table->model()->index(3, 0);
        table->setCurrentIndex(row);
        const QString name = row.data().toString();
        QString edited;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            edited = static_cast<PodDialog &>(d).nameEdit()->text();
            return int(QDialog::Rejected);
        });
        emit table->doubleClicked(row);
        QCOMPARE(edited, name);
        QCOMPARE(table->contextMenuPolicy(), Qt::CustomContextMenu); // its menu: see tst_consoleactions
        QCOMPARE(stack().count(), 0);
    }

    void deletePodIsRefusedWhileTenantsAreBound()
    {
        const auto s = state();
        const sched::Pod *pod = s.findPodByName("Pod-North-1");
        QVERIFY(std::any_of(s.bindings.begin(), s.bindings.end(),
                            [pod](const sched::Binding &b) { return b.active && b.podId == pod->id; }));
        editor().setCurrentPod(m_window->snapshot()->podIndex(str(pod->id)));
        QSignalSpy drain(&editor(), &EditController::drainRequested);
        m_prompter->answers.enqueue(true); // "Drain it now?" yes
        editor().deletePod();
        QCOMPARE(m_prompter->questions.size(), 1);
        QVERIFY(m_prompter->questions.constFirst().contains(QStringLiteral("Drain")));
        QCOMPARE(drain.size(), 1);
        QCOMPARE(drain.constFirst().constFirst().toString(), str(pod->id));
        QVERIFY(state().findPodByName("Pod-North-1")); // still there
        QCOMPARE(stack().count(), 0);
    }

    void deleteAnEmptyPodThenUndo()
    {
        const auto s = state();
        const sched::Pod *pod = s.findPodByName("Pod-South-3");
        const bool bound = std::any_of(s.bindings.begin(), s.bindings.end(),
                                       [pod](const sched::Binding &b) { return b.active && b.podId == pod->id; });
        QVERIFY(!bound);
        editor().setCurrentPod(m_window->snapshot()->podIndex(str(pod->id)));
        m_prompter->answers.enqueue(true);
        editor().deletePod();
        QVERIFY(!state().findPodByName("Pod-South-3"));
        editor().undoAction()->trigger();
        const auto back = state();
        QVERIFY(back.findPodByName("Pod-South-3"));
        QCOMPARE(str(back.findPodByName("Pod-South-3")->id), str(pod->id));
    }

    void newBindingThenUndoRedo()
    {
        m_prompter->drivers.enqueue([](QDialog &d) {
            auto &dialog = static_cast<BindingDialog &>(d);
            QTest::keyClicks(dialog.tenantEdit(), QStringLiteral("tenant-fresh"));
            dialog.podCombo()->setCurrentIndex(dialog.podCombo()->findText(QStringLiteral("Pod-South-2"), Qt::MatchStartsWith));
            settle();
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-new-binding"));
            return dialog.problem().isEmpty() ? QDialog::Accepted : QDialog::Rejected;
        });
        editor().newBinding();
        auto s = state();
        const sched::Binding *b = activeBinding(s, "tenant-fresh");
        QVERIFY(b);
        QCOMPARE(str(b->podId), str(s.findPodByName("Pod-South-2")->id));
        editor().undoAction()->trigger();
        QVERIFY(!activeBinding(state(), "tenant-fresh"));
        editor().redoAction()->trigger();
        QVERIFY(activeBinding(state(), "tenant-fresh"));
    }

    void newBindingPreselectsTheSchedulersChoiceNeverAPodInMaintenance()
    {
        const auto s = state();
        const sched::Pod *maintenance = s.findPodByName("Pod-Central-1");
        QCOMPARE(maintenance->state, sched::PodState::Maintenance);
        editor().setCurrentPod(m_window->snapshot()->podIndex(str(maintenance->id)));
        QString preselected;
        m_prompter->drivers.enqueue([&preselected](QDialog &d) {
            preselected = static_cast<BindingDialog &>(d).podCombo()->currentData().toString();
            return int(QDialog::Rejected);
        });
        editor().newBinding();
        const sched::Pod *pod = s.findPod(preselected.toStdString());
        QVERIFY2(pod, qPrintable(preselected));
        QCOMPARE(pod->state, sched::PodState::Enabled);
        // What the scheduler decides for a new tenant in that AZ and group.
        sched::CloudState podsOnly;
        podsOnly.pods = s.pods;
        sched::Engine engine(podsOnly, ConsoleSettings().schedulerConfig());
        const auto request = engine.resolve("someone-new", "az-central", "");
        QVERIFY(request.ok());
        const sched::Decision decision = engine.preview(request.request);
        QCOMPARE(preselected, QString::fromUtf8(decision.podId.data(), qsizetype(decision.podId.size())));
        QCOMPARE(str(pod->azName), QStringLiteral("az-central"));
    }

    void newBindingRefusesASecondInTheSameAzAndGroup()
    {
        const auto s = state();
        const sched::Binding *b = nullptr;
        for (const sched::Binding &x : s.bindings)
            if (x.active && s.findPod(x.podId)->name == "Pod-North-2")
                b = &x;
        QVERIFY(b);
        BindingDialog dialog(model::CloudSnapshot::build(sched::CloudState(s), 0, {}), str(b->tenantId),
                             str(s.findPodByName("Pod-North-3")->id));
        dialog.show();
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("rebind")), qPrintable(dialog.problem()));
        testing::saveScreenshot(&dialog, QStringLiteral("dialog-new-binding-refused"));
        // another AZ is fine
        dialog.podCombo()->setCurrentIndex(dialog.podCombo()->findText(QStringLiteral("Pod-South-2"), Qt::MatchStartsWith));
        bool boundInSouth = false;
        for (const sched::Binding &x : s.bindings)
            boundInSouth |= x.active && x.tenantId == b->tenantId && s.findPod(x.podId)->azName == "az-south"
                            && s.findPod(x.podId)->tags.empty();
        QCOMPARE(dialog.problem().isEmpty(), !boundInSouth);
    }

    void endBindingThenUndo()
    {
        const auto s = state();
        const sched::Binding b = *std::find_if(s.bindings.begin(), s.bindings.end(),
                                               [](const sched::Binding &x) { return x.active; });
        m_prompter->drivers.enqueue([&b](QDialog &d) {
            auto &dialog = static_cast<EndBindingDialog &>(d);
            QTest::keyClicks(dialog.tenantEdit(), str(b.tenantId));
            const int i = dialog.bindingCombo()->findData(str(b.podId));
            if (i < 0)
                return int(QDialog::Rejected);
            dialog.bindingCombo()->setCurrentIndex(i);
            settle();
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-end-binding"));
            return int(QDialog::Accepted);
        });
        editor().endBinding();
        auto after = state();
        const auto ended = std::find_if(after.bindings.begin(), after.bindings.end(),
                                        [&b](const sched::Binding &x) { return x.id == b.id; });
        QVERIFY(ended != after.bindings.end());
        QVERIFY(!ended->active); // kept as history
        editor().undoAction()->trigger();
        const auto undone = state();
        QVERIFY(std::any_of(undone.bindings.begin(), undone.bindings.end(), [&b](const sched::Binding &x) {
            return x.active && x.tenantId == b.tenantId && x.podId == b.podId;
        }));
    }

    void aFailedUndoLeavesTheStackConsistent()
    {
        m_prompter->drivers.enqueue([](QDialog &d) {
            auto &dialog = static_cast<BindingDialog &>(d);
            QTest::keyClicks(dialog.tenantEdit(), QStringLiteral("tenant-raced"));
            return int(QDialog::Accepted);
        });
        editor().newBinding();
        QCOMPARE(stack().count(), 1);
        // Someone else ends the binding meanwhile: the undo cannot end it again.
        const sched::Binding *b = nullptr;
        auto s = state();
        b = activeBinding(s, "tenant-raced");
        QVERIFY(b);
        QVERIFY(waitFor(m_window->backend()->deleteBinding(b->id)).ok());
        editor().undoAction()->trigger();
        QCOMPARE(m_prompter->failures.size(), 1);
        QVERIFY(m_prompter->failures.constFirst().contains(QStringLiteral("tenant-raced")));
        QCOMPARE(stack().count(), 0); // dropped, not left claiming an undo that did not happen
        QVERIFY(!editor().undoAction()->isEnabled());
        QVERIFY(!editor().redoAction()->isEnabled());
    }
};

QTEST_MAIN(TestEditDialogs)
#include "tst_editdialogs.moc"
