// SPDX-License-Identifier: Apache-2.0
// The rebind dialog: the scheduler's explanation as a candidate table, the
// recommendation preselected, an override, old → new confirmed, then undo.

#include "backend.h"
#include "backendwait.h"
#include "bindingspage.h"
#include "bindingtablemodel.h"
#include "candidatetablemodel.h"
#include "cloudsnapshot.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "rebinddialog.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "snapshotloader.h"
#include "testprompter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <map>

using namespace gui;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }

sched::Pod podOf(const char *id, const char *name, const char *az, const char *group = "")
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.tags = *sched::parseGroup(group);
    p.capacity = {512, 4 * 1024 * 1024, 20 * 1024}; // 4 TiB of RAM, 20 TiB of disk
    return p;
}

sched::Binding bindingOf(const char *id, const char *tenant, const char *pod)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = pod;
    b.createdAtUs = 1'600'000'000'000'000;
    return b;
}

// az1: A1, A2 (general), A3 (gpu); az2: B1, B2 (general). t1 is bound in both AZs.
sched::CloudState twoAzs()
{
    sched::CloudState s;
    s.pods = {podOf("p0", "RegionOne", ""), podOf("a1", "A1", "az1"), podOf("a2", "A2", "az1"),
              podOf("a3", "A3", "az1", "resource:gpu"), podOf("b1", "B1", "az2"), podOf("b2", "B2", "az2")};
    s.bindings = {bindingOf("x1", "t1", "a1"), bindingOf("x2", "t1", "b1")};
    return s;
}
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
        // The pods of the binding's AZ and group only, until "Show all pods".
        const sched::Pod *from = s.findPod(b->podId);
        const auto inScope = std::count_if(s.pods.begin(), s.pods.end(), [&](const sched::Pod &p) {
            return p.azName == from->azName && sched::groupKey(p.tags) == sched::groupKey(from->tags);
        });
        QCOMPARE(int(rows.size()), int(inScope));
        QTest::mouseClick(dialog.showAllCheck(), Qt::LeftButton, {}, QPoint(4, dialog.showAllCheck()->height() / 2));
        QVERIFY(dialog.showAllCheck()->isChecked());
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

    // Opened on t1's binding in az2: az2's pods only, and "current" on B1 -
    // never on A1, t1's binding of another AZ, even with every pod shown.
    void opensOnTheChosenBindingAndMarksOnlyItsPodCurrent()
    {
        const sched::CloudState s = twoAzs();
        RebindDialog dialog(s, sched::SchedulerConfig{}, QStringLiteral("t1"), QStringLiteral("b1"));
        QAbstractItemModelTester tester(dialog.candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(dialog.azCombo()->currentData().toString(), QStringLiteral("az2"));
        QCOMPARE(dialog.currentBinding().id, std::string("x2"));
        const auto &rows = dialog.candidates()->rows();
        QStringList names;
        for (const model::CandidateRow &r : rows)
            names << r.podName;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
        QTest::mouseClick(dialog.showAllCheck(), Qt::LeftButton, {}, QPoint(4, dialog.showAllCheck()->height() / 2));
        QCOMPARE(int(rows.size()), int(s.pods.size()));
        QVERIFY(rows[0].podName.startsWith(QLatin1Char('B')) && rows[1].podName.startsWith(QLatin1Char('B')));
        for (const model::CandidateRow &r : rows) {
            QCOMPARE(r.current, r.podName == QStringLiteral("B1"));
            const QString verdict = dialog.candidates()->index(dialog.candidates()->rowOfPod(r.podId),
                                                               model::CandidateTableModel::VerdictColumn).data().toString();
            QCOMPARE(verdict.contains(QStringLiteral("current")), r.podName == QStringLiteral("B1"));
        }
        QCOMPARE(dialog.summary(), QStringLiteral("t1: B1 → B2"));
        // The same tenant from its az1 binding: A1 is current there, B1 is not.
        RebindDialog fromA1(s, sched::SchedulerConfig{}, QStringLiteral("t1"), QStringLiteral("a1"));
        QCOMPARE(fromA1.azCombo()->currentData().toString(), QStringLiteral("az1"));
        QCOMPARE(fromA1.currentBinding().id, std::string("x1"));
        QVERIFY(fromA1.candidates()->rows()[std::size_t(fromA1.candidates()->rowOfPod(QStringLiteral("a1")))].current);
        QCOMPARE(fromA1.candidates()->rowOfPod(QStringLiteral("b1")), -1); // other AZs behind the switch
        // A lone acceptable pod (A2; A3 is of another group) says why its weights are 0.000.
        QVERIFY2(fromA1.decisionText().contains(QStringLiteral("0.000")), qPrintable(fromA1.decisionText()));
    }

    void sizesShowInHumanUnitsInTheUsersLocale()
    {
        sched::CloudState s = twoAzs();
        s.pods[5].used = {100, 2'000'000, 1024}; // B2: 1.9 TiB of RAM used, over 90 % of 2 TiB
        s.pods[5].capacity[1] = 2 * 1024 * 1024;
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        RebindDialog dialog(s, sched::SchedulerConfig{}, QStringLiteral("t1"), QStringLiteral("b1"));
        QLocale::setDefault(before);
        const model::CandidateRow &b2 = dialog.candidates()->rows()[std::size_t(dialog.candidates()->rowOfPod(QStringLiteral("b2")))];
        QVERIFY(!b2.passed);
        QVERIFY2(b2.reason.contains(QStringLiteral("1,9 TiB")) && b2.reason.contains(QStringLiteral("1,8 TiB")),
                 qPrintable(b2.reason));
        const QString tip = dialog.candidates()
                                ->index(dialog.candidates()->rowOfPod(QStringLiteral("b2")), model::CandidateTableModel::PodColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("2 TiB")) && tip.contains(QStringLiteral("20 TiB")), qPrintable(tip));
    }

    // Bound twice in az1: the dialog names both bindings, points at check
    // --repair and offers nothing; it never says "rebind it instead".
    void refusesToGuessWhileTheTenantIsBoundTwice()
    {
        sched::CloudState s = twoAzs();
        s.bindings.push_back(bindingOf("x3", "t1", "a2"));
        RebindDialog dialog(s, sched::SchedulerConfig{}, QStringLiteral("t1"), QStringLiteral("a1"));
        dialog.show();
        const QString text = dialog.decisionText();
        for (const char *part : {"binding x1 to pod A1", "binding x3 to pod A2", "check --repair"})
            QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("instead")));
        QCOMPARE(dialog.candidates()->rowCount(), 0);
        QVERIFY(dialog.currentBinding().id.empty());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.changes().ok());
        // Its az2 binding is single: that one can move.
        dialog.azCombo()->setCurrentIndex(dialog.azCombo()->findData(QStringLiteral("az2")));
        QCOMPARE(dialog.currentBinding().id, std::string("x2"));
        QVERIFY(dialog.changes().ok());
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

    // Edit ▸ Rebind Tenant… starts from the binding picked in the Bindings tab:
    // its tenant, its AZ and group, and that binding as the current one.
    void rebindFromTheEditMenuStartsFromThePickedBinding()
    {
        const QString db = m_dir.filePath(QStringLiteral("picked.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        MainWindow w;
        auto prompter = std::make_unique<TestPrompter>();
        TestPrompter *p = prompter.get();
        w.editor()->setPrompter(std::move(prompter));
        w.resize(1280, 800);
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openDatabase(db);
        QVERIFY(applied.wait(20000));
        w.showPage(MainWindow::Page::Bindings);
        QTableView *table = w.bindingsPage()->table();
        // A binding outside the AZ of its tenant's first binding: started from the
        // tenant alone, the dialog would open on the other AZ.
        const auto s = state(*w.backend());
        std::map<std::string, std::string> firstAz;
        for (const sched::Binding &b : s.bindings)
            if (b.active && !s.findPod(b.podId)->isTop())
                firstAz.emplace(b.tenantId, s.findPod(b.podId)->azName);
        const auto snapshot = w.snapshot();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            const QString t = snapshot->tenantNames().value(i.data(model::BindingTableModel::TenantIndexRole).toInt());
            const sched::Pod &pod = snapshot->pods()[std::size_t(i.data(model::BindingTableModel::PodIndexRole).toInt())];
            if (i.data(model::BindingTableModel::ActiveRole).toBool() && firstAz[t.toStdString()] != pod.azName)
                row = r;
        }
        QVERIFY2(row >= 0, "the demo cloud has tenants bound in several AZs");
        const QModelIndex picked = table->model()->index(row, 0);
        table->scrollTo(picked);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(picked).center());
        const auto &snap = snapshot;
        const QString tenant = snap->tenantNames().value(picked.data(model::BindingTableModel::TenantIndexRole).toInt());
        const sched::Pod &pod = snap->pods()[std::size_t(picked.data(model::BindingTableModel::PodIndexRole).toInt())];
        QString shownTenant, shownAz, currentPod;
        p->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindDialog &>(d);
            shownTenant = dialog.tenantEdit()->text();
            shownAz = dialog.azCombo()->currentData().toString();
            currentPod = str(dialog.currentBinding().podId);
            return int(QDialog::Rejected);
        });
        QAction *rebind = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Reb&ind Tenant…"))
                rebind = a;
        QVERIFY(rebind);
        rebind->trigger();
        QCOMPARE(shownTenant, tenant);
        QCOMPARE(shownAz, str(pod.azName));
        QCOMPARE(currentPod, str(pod.id));
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
