// SPDX-License-Identifier: Apache-2.0
// Applying a saved what-if plan (offscreen): a plan saved from the What-if
// tab is opened again, reviewed and applied to a local database; a file that
// is not a plan is refused with what is wrong with it and nothing is written.

#include "applyplandialog.h"
#include "localbackend.h"
#include "planoperationmodel.h"
#include "scenarioeditor.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "testlanguage.h"
#include "whatifpage.h"
#include "whatifresultsview.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gui;

namespace {

sched::CloudState fetch(model::Backend &backend)
{
    auto r = backend.fetchState().result();
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value();
}

// Drains the first pod that has tenants: a plan of rebinds.
QJsonObject drainScenario(const sched::CloudState &state)
{
    const auto bound = std::find_if(state.bindings.begin(), state.bindings.end(), [](const sched::Binding &b) { return b.active; });
    const sched::Pod *pod = state.findPod(bound->podId);
    const QJsonObject drain{{QStringLiteral("type"), QStringLiteral("drain_pod")},
                            {QStringLiteral("pod"), QString::fromStdString(pod->name)}};
    return {{QStringLiteral("base"), QStringLiteral("current")}, {QStringLiteral("events"), QJsonArray{drain}}};
}

bool hasActive(const sched::CloudState &state, const whatif::PlanOp &op)
{
    return std::any_of(state.bindings.begin(), state.bindings.end(), [&](const sched::Binding &b) {
        return b.id == op.newBindingId && b.active && b.tenantId == op.tenantId && b.podId == op.toPodId;
    });
}

} // namespace

class TestApplyPlanFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString freshDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(m_demo, path);
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void connect(WhatIfPage &page, model::LocalBackend &backend)
    {
        page.setCurrentStateProvider([&backend] {
            return model::ScenarioLoader::CurrentState([b = &backend] { return b->fetchState().result(); });
        });
        page.setBackendProvider([&backend] { return &backend; });
    }

    // Runs the drain scenario on `backend` and saves its plan; the plan it saved.
    std::shared_ptr<const whatif::Plan> savePlan(model::LocalBackend &backend, const QString &path)
    {
        WhatIfPage page;
        connect(page, backend);
        QSignalSpy finished(&page, &WhatIfPage::runFinished);
        page.editor()->setScenario(drainScenario(fetch(backend)), m_dir.path());
        page.run();
        if (!finished.wait(30000))
            return nullptr;
        if (!page.savePlan(path))
            return nullptr;
        return page.resultsView()->outcome().plan;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(m_demo).ok());
    }

    void aSavedPlanIsOpenedReviewedAndApplied()
    {
        model::LocalBackend backend(freshDatabase(QStringLiteral("saved.sqlite")));
        const QString planPath = m_dir.filePath(QStringLiteral("drain-plan.json"));
        const auto saved = savePlan(backend, planPath);
        QVERIFY(saved && !saved->ops.empty());
        const sched::CloudState before = fetch(backend);
        QVERIFY(std::none_of(saved->ops.begin(), saved->ops.end(), [&](const whatif::PlanOp &op) { return hasActive(before, op); }));

        // A fresh page, as after a restart: nothing run, the plan comes from the file.
        WhatIfPage page;
        page.resize(1280, 800);
        page.show();
        connect(page, backend);
        page.setFileChooser([&](WhatIfPage::FileRole role, const QString &) {
            return role == WhatIfPage::FileRole::OpenPlan ? planPath : QString();
        });
        page.applySavedPlan();
        auto *dialog = page.findChild<ApplyPlanDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->planFile(), planPath);
        QCOMPARE(dialog->operations()->rowCount(), int(saved->ops.size()));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("drain-plan.json")));
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::qWait(50);
        testing::saveScreenshot(dialog, QStringLiteral("whatif-apply-saved-plan"));

        QSignalSpy done(dialog, &ApplyPlanDialog::applyFinished);
        QSignalSpy applied(&page, &WhatIfPage::planApplied);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(dialog->operations()->countWith(model::PlanOperationModel::Status::Applied), int(saved->ops.size()));
        const sched::CloudState after = fetch(backend);
        for (const whatif::PlanOp &op : saved->ops)
            QVERIFY2(hasActive(after, op), op.tenantId.c_str());
        dialog->close();
    }

    void aFileThatIsNoPlanIsRefusedSayingWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named");
        QTest::newRow("not-json") << QByteArray("{\"operations\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("a-list-not-an-object") << QByteArray("[]") << QStringLiteral("no JSON object");
        QTest::newRow("no-operations") << QByteArray("{\"policy\": \"weighted\"}") << QStringLiteral("\"operations\"");
        QTest::newRow("unknown-op") << QByteArray("{\"operations\": [{\"op\": \"move\", \"tenant_id\": \"t\"}]}")
                                    << QStringLiteral("operations[0]: field \"op\"");
        QTest::newRow("rebind-without-binding")
            << QByteArray("{\"operations\": [{\"op\": \"bind\", \"tenant_id\": \"t\", \"to_pod_id\": \"p\"},"
                          " {\"op\": \"rebind\", \"tenant_id\": \"t\", \"to_pod_id\": \"p\"}]}")
            << QStringLiteral("operations[1]: a rebind needs tenant_id, end_binding_id and to_pod_id");
        QTest::newRow("tenant-not-a-string") << QByteArray("{\"operations\": [{\"op\": \"bind\", \"tenant_id\": 7}]}")
                                             << QStringLiteral("\"tenant_id\" must be a string");
    }

    void aFileThatIsNoPlanIsRefusedSayingWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        model::LocalBackend backend(freshDatabase(QStringLiteral("bad.sqlite")));
        const std::size_t bindings = fetch(backend).bindings.size();
        const QString path = writeFile(QStringLiteral("bad-plan.json"), content);
        WhatIfPage page;
        page.show();
        connect(page, backend);
        QCOMPARE(page.applyPlanFile(path), nullptr);
        QVERIFY(!page.findChild<ApplyPlanDialog *>());
        QVERIFY2(page.statusText().contains(QDir::toNativeSeparators(path)), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(named), qPrintable(page.statusText()));
        QCOMPARE(fetch(backend).bindings.size(), bindings);
    }

    void theDialogKeepsItsPlanWhenAnotherFileIsNoPlan()
    {
        model::LocalBackend backend(freshDatabase(QStringLiteral("keep.sqlite")));
        const QString good = m_dir.filePath(QStringLiteral("keep-plan.json"));
        const auto saved = savePlan(backend, good);
        QVERIFY(saved);
        const QString bad = writeFile(QStringLiteral("truncated-plan.json"), QByteArray("{\"operations\": [{\"op\": \"re"));
        WhatIfPage page;
        page.resize(1280, 800);
        page.show();
        connect(page, backend);
        ApplyPlanDialog *dialog = page.applyPlanFile(good);
        QVERIFY(dialog);
        page.setFileChooser([&](WhatIfPage::FileRole, const QString &) { return bad; });
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        QCOMPARE(dialog->planFile(), good);
        QCOMPARE(dialog->operations()->rowCount(), int(saved->ops.size()));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("truncated-plan.json")), qPrintable(dialog->resultText()));
        QVERIFY(dialog->applyButton()->isEnabled());
        QTest::qWait(50);
        testing::saveScreenshot(dialog, QStringLiteral("whatif-apply-bad-plan-file"));
        dialog->close();
    }
};

QTEST_MAIN(TestApplyPlanFile)
#include "tst_applyplanfile.moc"
