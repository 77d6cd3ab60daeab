// SPDX-License-Identifier: Apache-2.0
// The rebind dialog: the scheduler's explanation as a candidate table, the
// recommendation preselected, an override, old → new confirmed, then undo.

#include "backend.h"
#include "backendwait.h"
#include "candidatetablemodel.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "rebinddialog.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "snapshotloader.h"
#include "testprompter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gui;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
}

class TestRebindDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static sched::CloudState state(model::Backend &b) { return waitFor(b.fetchState()).value(); }
    static const sched::Binding *boundTo(const sched::CloudState &s, const char *podName)
    {
        const sched::Pod *pod = s.findPodByName(podName);
        for (const sched::Binding &b : s.bindings)
            if (b.active && b.podId == pod->id)
                return &b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-rebind-test"));
        QSettings().clear();
    }

    void theDialogExplainsEveryPod()
    {
        const QString db = m_dir.filePath(QStringLiteral("explain.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        MainWindow w;
        w.openDatabase(db);
        const auto s = state(*w.backend());
        const sched::Binding *b = boundTo(s, "Pod-North-1");
        QVERIFY(b);
        RebindDialog dialog(s, sched::SchedulerConfig{}, str(b->tenantId));
        QAbstractItemModelTester tester(dialog.candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(dialog.azCombo()->currentData().toString(), QStringLiteral("az-north"));
        const auto &rows = dialog.candidates()->rows();
        QCOMPARE(int(rows.size()), int(s.pods.size())); // every pod, accepted or rejected
        // Acceptable pods first, ranked by total weight; the rest with filter and reason.
        bool seenRejected = false;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (!rows[i].passed) {
                seenRejected = true;
                QVERIFY2(!rows[i].filter.isEmpty() && !rows[i].reason.isEmpty(), qPrintable(rows[i].podName));
            } else {
                QVERIFY(!seenRejected);
                if (i > 0 && rows[i - 1].passed)
                    QVERIFY(rows[i - 1].total >= rows[i].total);
            }
        }
        const int chosen = dialog.candidates()->chosenRow();
        QCOMPARE(chosen, 0);
        QCOMPARE(dialog.chosenPodId(), rows[0].podId);
        QVERIFY(rows[0].podName.startsWith(QStringLiteral("Pod-North"))); // same AZ and group
        QVERIFY(dialog.summary().contains(QStringLiteral("Pod-North-1 → ")));
        // The current pod is rejected (it is the one the tenant leaves), the other AZs too.
        const int current = dialog.candidates()->rowOfPod(str(b->podId));
        QVERIFY(!rows[std::size_t(current)].passed);
        QVERIFY(!dialog.selectPod(str(s.findPodByName("Pod-South-1")->id)));
        QCOMPARE(dialog.chosenPodId(), rows[0].podId); // a rejected pod cannot be picked
        testing::saveScreenshot(&dialog, QStringLiteral("dialog-rebind"));
    }

    void rebindThroughTheDialogThenUndo()
    {
        const QString db = m_dir.filePath(QStringLiteral("rebind.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        MainWindow w;
        auto prompter = std::make_unique<TestPrompter>();
        TestPrompter *p = prompter.get();
        w.editor()->setPrompter(std::move(prompter));
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openDatabase(db);
        QVERIFY(applied.wait(20000));
        const auto before = state(*w.backend());
        const sched::Binding old = *boundTo(before, "Pod-North-1");
        QString picked;
        p->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindDialog &>(d);
            QTest::keyClicks(dialog.tenantEdit(), str(old.tenantId));
            // Override the recommendation with the last acceptable pod.
            const auto &rows = dialog.candidates()->rows();
            int last = -1;
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (rows[i].passed)
                    last = int(i);
            if (last < 0 || !dialog.selectPod(rows[std::size_t(last)].podId))
                return int(QDialog::Rejected);
            picked = dialog.chosenPodId();
            return int(QDialog::Accepted);
        });
        p->answers.enqueue(true);
        w.editor()->rebindTenant();
        QCOMPARE(p->failures, QStringList());
        QCOMPARE(p->questions.size(), 1);
        QVERIFY2(p->questions.constFirst().contains(QStringLiteral("Pod-North-1 → ")), qPrintable(p->questions.constFirst()));
        QVERIFY(!picked.isEmpty());
        const auto after = state(*w.backend());
        const auto activeOf = [&](const sched::CloudState &s) {
            QStringList pods;
            for (const sched::Binding &b : s.bindings)
                if (b.active && b.tenantId == old.tenantId)
                    pods << str(b.podId);
            return pods;
        };
        QVERIFY(activeOf(after).contains(picked));
        QVERIFY(!activeOf(after).contains(str(old.podId)));
        QCOMPARE(activeOf(after).size(), activeOf(before).size());
        QCOMPARE(w.editor()->undoStack()->count(), 1);
        w.editor()->undoAction()->trigger();
        const auto undone = state(*w.backend());
        QVERIFY(activeOf(undone).contains(str(old.podId)));
        QVERIFY(!activeOf(undone).contains(picked));
        w.editor()->redoAction()->trigger();
        QVERIFY(activeOf(state(*w.backend())).contains(picked));
    }

    void cancellingTheConfirmationWritesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        MainWindow w;
        auto prompter = std::make_unique<TestPrompter>();
        TestPrompter *p = prompter.get();
        w.editor()->setPrompter(std::move(prompter));
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openDatabase(db);
        QVERIFY(applied.wait(20000));
        const auto before = state(*w.backend());
        const sched::Binding old = *boundTo(before, "Pod-North-1");
        p->drivers.enqueue([&](QDialog &d) {
            QTest::keyClicks(static_cast<RebindDialog &>(d).tenantEdit(), str(old.tenantId));
            return int(QDialog::Accepted);
        });
        p->answers.enqueue(false); // "Move …?" no
        w.editor()->rebindTenant();
        QCOMPARE(state(*w.backend()).bindings.size(), before.bindings.size());
        QCOMPARE(w.editor()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestRebindDialog)
#include "tst_rebinddialog.moc"
