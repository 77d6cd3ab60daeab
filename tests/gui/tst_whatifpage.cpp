// SPDX-License-Identifier: Apache-2.0
// The What-if tab end to end (offscreen): run scenario files and show their
// results, compare policies, cancel a long run, drop a stale one, edit a
// scenario, save the report and the plan, apply a plan to a local database
// (all of it, and stopping at a conflict). Screenshots go to TRIO2O_TEST_OUTPUT.

#include "applyplandialog.h"
#include "changetablemodel.h"
#include "failuretablemodel.h"
#include "localbackend.h"
#include "planoperationmodel.h"
#include "policycomparisonmodel.h"
#include "reporttableproxymodel.h"
#include "scenarioeditor.h"
#include "scenarioeventform.h"
#include "scenarioeventlistmodel.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "tenantdifferencemodel.h"
#include "whatifpage.h"
#include "whatifresultsview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gui;

namespace {
QString scenarioFile(const char *name)
{
    return QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/%1/scenario.json").arg(QLatin1String(name));
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

QJsonObject jsonEvent(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}
} // namespace

class TestWhatIfPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    struct Page {
        WhatIfPage page;
        Page()
        {
            page.resize(1280, 800);
            page.show();
        }
        bool runAndWait(int timeout = 30000)
        {
            QSignalSpy finished(&page, &WhatIfPage::runFinished);
            page.run();
            const bool ok = finished.wait(timeout);
            settle();
            return ok;
        }
    };

    // A private copy of the demo database, so a plan applies to fresh ids.
    QString freshDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(m_demo, path);
        return path;
    }

    static sched::CloudState fetch(model::Backend &backend)
    {
        auto r = backend.fetchState().result();
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }

    // New tenants bound wherever the weighted policy says, then a drain of
    // the first bottom pod that has tenants (rebinds).
    static QJsonObject planScenario(const sched::CloudState &state, QString *drained)
    {
        std::string pod;
        for (const sched::Binding &b : state.bindings)
            if (b.active) {
                pod = b.podId;
                break;
            }
        for (const sched::Pod &p : state.pods)
            if (p.id == pod)
                *drained = QString::fromStdString(p.name);
        QJsonArray events;
        events.append(jsonEvent({{QStringLiteral("type"), QStringLiteral("new_tenants")},
                             {QStringLiteral("pattern"), QStringLiteral("whatif-{n}")}, {QStringLiteral("count"), 3}}));
        events.append(jsonEvent({{QStringLiteral("type"), QStringLiteral("create_vm")},
                             {QStringLiteral("tenants"), QStringLiteral("whatif-{1..3}")}, {QStringLiteral("count"), 3},
                             {QStringLiteral("size"), QJsonObject{{QStringLiteral("vcpus"), 1}}}}));
        events.append(jsonEvent({{QStringLiteral("type"), QStringLiteral("drain_pod")}, {QStringLiteral("pod"), *drained}}));
        return {{QStringLiteral("base"), QStringLiteral("current")},
                {QStringLiteral("policy"), QJsonObject{{QStringLiteral("policy"), QStringLiteral("weighted")}}},
                {QStringLiteral("events"), events}};
    }

    static void connectBackend(WhatIfPage &page, model::LocalBackend &backend)
    {
        page.setCurrentStateProvider([&backend] {
            return model::ScenarioLoader::CurrentState([b = &backend] { return b->fetchState().result(); });
        });
        page.setBackendProvider([&backend] { return &backend; });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(m_demo).ok());
    }

    void emptyPageInvitesToOpenOrBuild()
    {
        Page p;
        settle();
        QVERIFY(!p.page.cancelButton()->isEnabled());
        QVERIFY(p.page.runButton()->isEnabled());
        QVERIFY(!p.page.resultsView()->saveReportButton()->isEnabled());
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-empty"));
    }

    void runsAScenarioFileAndShowsItsCounts()
    {
        Page p;
        QVERIFY(p.page.openScenarioFile(scenarioFile("maintenance-rebinds-within-az-and-group")));
        QCOMPARE(p.page.editor()->events()->rowCount(), 6);
        QVERIFY(p.runAndWait());
        WhatIfResultsView *r = p.page.resultsView();
        QCOMPARE(p.page.tabs()->currentWidget(), r);
        QVERIFY2(r->headline().contains(QStringLiteral("creation-order")), qPrintable(r->headline()));
        QVERIFY(r->countsText().contains(QStringLiteral("rebound <b>2</b>")));
        QVERIFY(r->countsText().contains(QStringLiteral("kept <b>3</b>"), Qt::CaseInsensitive));
        QCOMPARE(r->changeModel()->rowCount(), 2);
        QCOMPARE(r->failureModel()->rowCount(), 0);
        QVERIFY(r->chartCount() >= 1);
        QCOMPARE(p.page.progressBar()->value(), p.page.progressBar()->maximum());
        r->changeFilter()->setText(QStringLiteral("t2"));
        QCOMPARE(r->changeProxy()->rowCount(), 1);
        r->changeFilter()->clear();
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-results-changes"));
        r->showTab(WhatIfResultsView::Tab::Usage);
        settle();
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-results-charts"));
    }

    void comparesPoliciesSideBySide()
    {
        Page p;
        QVERIFY(p.page.openScenarioFile(scenarioFile("compare-upstream-rotation")));
        QVERIFY(p.runAndWait());
        WhatIfResultsView *r = p.page.resultsView();
        QCOMPARE(r->comparisonModel()->columnCount(), 2);
        QCOMPARE(r->comparisonModel()->figure(model::PolicyComparisonModel::Row::Fail, 1), 1);
        QCOMPARE(r->differenceModel()->rowCount(), 1);
        QCOMPARE(r->failureModel()->rowCount(), 2);
        QVERIFY(r->headline().contains(QStringLiteral("trio2o")));
        r->showTab(WhatIfResultsView::Tab::Policies);
        settle();
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-compare"));
        r->showTab(WhatIfResultsView::Tab::Failures);
        settle();
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-failures"));
    }

    void aBadScenarioSaysWhyAndRunsNothing()
    {
        Page p;
        p.page.newScenario();
        p.page.editor()->setScenario(QJsonObject{{QStringLiteral("base"), QStringLiteral("nowhere.json")},
                                                 {QStringLiteral("events"), QJsonArray()}}, m_dir.path());
        QSignalSpy failed(&p.page, &WhatIfPage::runFailed);
        p.page.run();
        QVERIFY(failed.wait(10000));
        QVERIFY(!p.page.statusText().isEmpty());
        QVERIFY(!p.page.resultsView()->saveReportButton()->isEnabled());
        QVERIFY(p.page.runButton()->isEnabled());
    }

    void cancellingALongRunShowsNothingAsFinished()
    {
        Page p;
        p.page.editor()->setScenario(longScenario(), m_dir.path());
        QSignalSpy finished(&p.page, &WhatIfPage::runFinished);
        p.page.run();
        QVERIFY(p.page.isRunning());
        QVERIFY(p.page.cancelButton()->isEnabled());
        // The first step of progress takes ~1 s in a release build, 30-50 s under ASan (make test-asan).
        QTRY_VERIFY_WITH_TIMEOUT(p.page.progressBar()->value() > 0, 120000);
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-running"));
        QTest::mouseClick(p.page.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        settle();
        WhatIfResultsView *r = p.page.resultsView();
        QVERIFY(r->outcome().result->cancelled);
        QVERIFY(!r->outcome().plan);
        QVERIFY(r->headline().contains(WhatIfResultsView::tr("Cancelled: the figures are partial, nothing can be saved or applied.")));
        QVERIFY(!r->headline().contains(QStringLiteral("Finished")));
        QVERIFY(p.page.progressBar()->value() < p.page.progressBar()->maximum());
        QVERIFY(!r->saveReportButton()->isEnabled());
        QVERIFY(!r->savePlanButton()->isEnabled());
        QVERIFY(!r->applyPlanButton()->isEnabled());
        QVERIFY(!p.page.isRunning());
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-cancelled"));
    }

    void aNewerRunWinsOverAStaleOne()
    {
        Page p;
        p.page.editor()->setScenario(longScenario(), m_dir.path());
        QSignalSpy finished(&p.page, &WhatIfPage::runFinished);
        p.page.run(); // long, made stale by the next start
        QVERIFY(p.page.openScenarioFile(scenarioFile("drain-moves-all-tenants-at-once")));
        p.page.run();
        QVERIFY(finished.wait(30000));
        // The stale run is over too (no fixed wait): whatever it would have
        // said has been delivered by now - and nothing was.
        QTRY_VERIFY_WITH_TIMEOUT(p.page.runner()->allRunsFinished(), 30000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!p.page.resultsView()->outcome().result->cancelled);
        QCOMPARE(p.page.resultsView()->changeModel()->rowCount(), 3);
    }

    void savesTheReportAndThePlan()
    {
        Page p;
        QStringList asked;
        p.page.setFileChooser([&](WhatIfPage::FileRole role, const QString &) {
            asked << QString::number(int(role));
            return m_dir.filePath(role == WhatIfPage::FileRole::SavePlan ? QStringLiteral("plan.json")
                                                                         : QStringLiteral("report.%1").arg(asked.size() == 1 ? QStringLiteral("json") : QStringLiteral("csv")));
        });
        QVERIFY(p.page.openScenarioFile(scenarioFile("drain-moves-all-tenants-at-once")));
        QVERIFY(p.runAndWait());
        WhatIfResultsView *r = p.page.resultsView();
        QTest::mouseClick(r->saveReportButton(), Qt::LeftButton);
        QTest::mouseClick(r->saveReportButton(), Qt::LeftButton);
        QTest::mouseClick(r->savePlanButton(), Qt::LeftButton);
        QFile json(m_dir.filePath(QStringLiteral("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(QLatin1String("summary")).toObject().value(QLatin1String("rebind")).toInt(), 3);
        QFile csv(m_dir.filePath(QStringLiteral("report.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("record,event,tenant_id"));
        QFile plan(m_dir.filePath(QStringLiteral("plan.json")));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(plan.readAll()).object().value(QLatin1String("operations")).toArray().size(), 3);
    }

    void buildsAScenarioInTheEditor()
    {
        Page p;
        ScenarioEditor *e = p.page.editor();
        p.page.newScenario();
        e->setScenario(QJsonObject{{QStringLiteral("base"), QFileInfo(scenarioFile("drain-moves-all-tenants-at-once")).absolutePath()
                                                                + QStringLiteral("/state.json")},
                                   {QStringLiteral("events"), QJsonArray()}}, m_dir.path());
        QCOMPARE(e->addEvent(QStringLiteral("create_vm")), 0);
        auto *tenant = qobject_cast<QLineEdit *>(e->currentForm()->fieldWidget(QStringLiteral("tenant")));
        QVERIFY(tenant);
        tenant->setText(QStringLiteral("t1"));
        emit tenant->textEdited(tenant->text());
        qobject_cast<QSpinBox *>(e->currentForm()->fieldWidget(QStringLiteral("size.vcpus")))->setValue(2);
        QCOMPARE(e->addEvent(QStringLiteral("drain_pod")), 1);
        auto *pod = qobject_cast<QLineEdit *>(e->currentForm()->fieldWidget(QStringLiteral("pod")));
        pod->setText(QStringLiteral("p1"));
        emit pod->textEdited(pod->text());
        e->moveCurrentEvent(-1); // drain first, then the VM
        QCOMPARE(e->events()->event(0).value(QLatin1String("type")).toString(), QStringLiteral("drain_pod"));
        QCOMPARE(e->events()->event(1).value(QLatin1String("size")).toObject().value(QLatin1String("vcpus")).toInt(), 2);
        e->setCompared(QStringLiteral("trio2o"), true);
        QVERIFY(e->isModified());
        settle();
        testing::saveScreenshot(&p.page, QStringLiteral("whatif-editor"));
        QVERIFY(p.runAndWait());
        const auto &result = *p.page.resultsView()->outcome().result;
        QCOMPARE(result.reports.size(), std::size_t(2));
        QCOMPARE(result.reports[0].summary.events, 2u);
        QCOMPARE(result.reports[0].summary.rebind, 3u);
        e->removeCurrentEvent();
        QCOMPARE(e->events()->rowCount(), 1);
    }

    void appliesAPlanToTheLocalDatabase()
    {
        model::LocalBackend backend(freshDatabase(QStringLiteral("apply.sqlite")));
        Page p;
        connectBackend(p.page, backend);
        QString drained;
        p.page.editor()->setScenario(planScenario(fetch(backend), &drained), m_dir.path());
        QVERIFY(p.runAndWait());
        const auto plan = p.page.resultsView()->outcome().plan;
        QVERIFY(plan && plan->ops.size() > 3);
        QVERIFY(p.page.resultsView()->applyPlanButton()->isEnabled());
        QTest::mouseClick(p.page.resultsView()->applyPlanButton(), Qt::LeftButton);
        auto *dialog = p.page.findChild<ApplyPlanDialog *>();
        QVERIFY(dialog);
        settle();
        testing::saveScreenshot(dialog, QStringLiteral("whatif-apply-review"));
        QSignalSpy done(dialog, &ApplyPlanDialog::applyFinished);
        QSignalSpy applied(&p.page, &WhatIfPage::planApplied);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(dialog->operations()->countWith(model::PlanOperationModel::Status::Applied), int(plan->ops.size()));
        settle();
        testing::saveScreenshot(dialog, QStringLiteral("whatif-apply-done"));
        // The store now holds every operation's binding, the drained pod none.
        const sched::CloudState after = fetch(backend);
        for (const whatif::PlanOp &op : plan->ops) {
            const auto it = std::find_if(after.bindings.begin(), after.bindings.end(),
                                         [&](const sched::Binding &b) { return b.id == op.newBindingId; });
            QVERIFY(it != after.bindings.end());
            QVERIFY(it->active && it->tenantId == op.tenantId && it->podId == op.toPodId);
        }
        for (const sched::Binding &b : after.bindings)
            if (b.active)
                QVERIFY(std::none_of(after.pods.begin(), after.pods.end(), [&](const sched::Pod &pod) {
                    return pod.id == b.podId && QString::fromStdString(pod.name) == drained;
                }));
        dialog->close();
    }

    void aPlanWithABadOperationIsRefusedBeforeAnythingIsWritten()
    {
        model::LocalBackend backend(freshDatabase(QStringLiteral("conflict.sqlite")));
        Page p;
        connectBackend(p.page, backend);
        QString drained;
        p.page.editor()->setScenario(planScenario(fetch(backend), &drained), m_dir.path());
        QVERIFY(p.runAndWait());
        const auto plan = p.page.resultsView()->outcome().plan;
        // Somebody else ends the binding the plan's last rebind would end.
        const int last = int(plan->ops.size()) - 1;
        QCOMPARE(plan->ops[std::size_t(last)].kind, whatif::PlanOp::Kind::Rebind);
        QVERIFY(backend.deleteBinding(plan->ops[std::size_t(last)].endBindingId).result().ok());
        p.page.applyPlan();
        auto *dialog = p.page.findChild<ApplyPlanDialog *>();
        QVERIFY(dialog);
        // The check when the plan is shown refuses it already.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().contains(QStringLiteral("operations[%1].end_binding_id").arg(last)), 20000);
        QVERIFY(!dialog->applyButton()->isEnabled());
        QSignalSpy done(dialog, &ApplyPlanDialog::applyFinished);
        dialog->apply(); // and so does applying it anyway
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        using S = model::PlanOperationModel::Status;
        QCOMPARE(dialog->operations()->countWith(S::Applied), 0);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("operations[%1].end_binding_id").arg(last)),
                 qPrintable(dialog->resultText()));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("nothing was written")), qPrintable(dialog->resultText()));
        settle();
        testing::saveScreenshot(dialog, QStringLiteral("whatif-apply-conflict"));
        // Nothing of the plan is in the store.
        const sched::CloudState after = fetch(backend);
        const auto has = [&](const std::string &id) {
            return std::any_of(after.bindings.begin(), after.bindings.end(), [&](const sched::Binding &b) { return b.id == id; });
        };
        QVERIFY(!has(plan->ops.front().newBindingId));
        QVERIFY(!has(plan->ops[std::size_t(last)].newBindingId));
        dialog->close();
    }

private:
    // Enough work to cancel: 3,000 create_vm events of 5,000 VMs each.
    static QJsonObject longScenario()
    {
        QJsonArray events;
        events.append(jsonEvent({{QStringLiteral("type"), QStringLiteral("new_tenants")},
                             {QStringLiteral("pattern"), QStringLiteral("load-{n}")}, {QStringLiteral("count"), 5000}}));
        const QJsonObject vm = jsonEvent({{QStringLiteral("type"), QStringLiteral("create_vm")},
                                      {QStringLiteral("tenants"), QStringLiteral("load-{1..5000}")},
                                      {QStringLiteral("count"), 5000},
                                      {QStringLiteral("size"), QJsonObject{{QStringLiteral("vcpus"), 0}}}});
        for (int i = 0; i < 3000; ++i)
            events.append(vm);
        const QString base = QFileInfo(scenarioFile("drain-moves-all-tenants-at-once")).absolutePath() + QStringLiteral("/state.json");
        return {{QStringLiteral("base"), base},
                {QStringLiteral("compare"), QJsonArray{QJsonObject{{QStringLiteral("policy"), QStringLiteral("trio2o")}}}},
                {QStringLiteral("events"), events}};
    }
};

QTEST_MAIN(TestWhatIfPage)
#include "tst_whatifpage.moc"
