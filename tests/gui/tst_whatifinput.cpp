// SPDX-License-Identifier: Apache-2.0
// The What-if tab through real input (offscreen): Alt+R runs from the editor
// and from the results; New and Open ask before unsaved edits are replaced
// (and the answer is kept); a run shows how far the reading of a big
// scenario file got; the scenario editor creates and edits a grow event
// from its form, and names the field the format refuses; closing the
// console with unsaved scenario edits asks first.

#include "editcontroller.h"
#include "mainwindow.h"
#include "scenarioeditor.h"
#include "scenarioeventform.h"
#include "scenarioeventlistmodel.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "testprompter.h"
#include "whatifpage.h"
#include "whatifresultsview.h"
#include "whatifrunner.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gui;

namespace {

const QString kCases = QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/");

QString scenarioFile(const QString &name) { return kCases + name + QStringLiteral("/scenario.json"); }

QPushButton *button(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Replaces the spin box's text as a user does: select all, type.
void typeInto(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestWhatIfInput : public QObject
{
    Q_OBJECT

    struct Page {
        WhatIfPage page;
        TestPrompter prompter;
        Page()
        {
            page.setPrompterProvider([this]() -> Prompter & { return prompter; });
            page.resize(1280, 800);
            page.show();
            page.activateWindow();
        }
    };

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void altRRunsFromTheEditorAndFromTheResults();
    void newAndOpenAskBeforeReplacingEdits();
    void readingABigFileShowsHowFarItGot();
    void growEventFromTheForm();
    void growFormNamesTheRefusedField();
    void closingTheConsoleAsksAboutUnsavedScenarioEdits();
};

void TestWhatIfInput::altRRunsFromTheEditorAndFromTheResults()
{
    Page p;
    QVERIFY(QTest::qWaitForWindowActive(&p.page));
    QVERIFY(p.page.openScenarioFile(scenarioFile(QStringLiteral("drain-moves-all-tenants-at-once"))));
    QSignalSpy finished(&p.page, &WhatIfPage::runFinished);
    QTest::keyClick(&p.page, Qt::Key_R, Qt::AltModifier);
    QVERIFY(finished.wait(30000));
    QCOMPARE(p.page.tabs()->currentWidget(), p.page.resultsView());
    // The results' own buttons do not take Alt+R away from Run.
    QTest::keyClick(&p.page, Qt::Key_R, Qt::AltModifier);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 2);
    // F5 still runs too.
    QTest::keyClick(&p.page, Qt::Key_F5);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 3);
}

void TestWhatIfInput::newAndOpenAskBeforeReplacingEdits()
{
    Page p;
    QString opened;
    p.page.setFileChooser([&](WhatIfPage::FileRole, const QString &) {
        opened = scenarioFile(QStringLiteral("drain-moves-all-tenants-at-once"));
        return opened;
    });
    ScenarioEditor *e = p.page.editor();
    e->addEvent(QStringLiteral("drain_pod"));
    QVERIFY(e->isModified());
    QPushButton *fresh = button(&p.page, WhatIfPage::tr("&New scenario"));
    QPushButton *open = button(&p.page, WhatIfPage::tr("&Open scenario…"));
    QVERIFY(fresh && open);
    p.prompter.answers.enqueue(false); // keep the edits
    QTest::mouseClick(fresh, Qt::LeftButton);
    QCOMPARE(p.prompter.questions.size(), 1);
    QVERIFY2(p.prompter.questions[0].contains(WhatIfPage::tr("The new scenario")), qPrintable(p.prompter.questions[0]));
    QCOMPARE(e->events()->rowCount(), 1);
    p.prompter.answers.enqueue(false);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(p.prompter.questions.size(), 2);
    QVERIFY(opened.isEmpty()); // not even asked for a file
    QCOMPARE(e->events()->rowCount(), 1);
    p.prompter.answers.enqueue(true); // discard: the opened file replaces them
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(p.prompter.questions.size(), 3);
    QVERIFY(!opened.isEmpty());
    QVERIFY(!e->isModified());
    const int fileEvents = e->events()->rowCount();
    QVERIFY(fileEvents > 1);
    // Unedited: New replaces it without asking.
    QTest::mouseClick(fresh, Qt::LeftButton);
    QCOMPARE(p.prompter.questions.size(), 3);
    QCOMPARE(e->events()->rowCount(), 0);
}

// 20,000 events: the reader reports its byte offset every 4096 of them, and
// the progress bar says so before the replay begins.
void TestWhatIfInput::readingABigFileShowsHowFarItGot()
{
    QJsonArray events;
    for (int i = 0; i < 20000; ++i)
        events.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("set_usage")}, {QStringLiteral("pod"), QStringLiteral("p1")},
                                  {QStringLiteral("resource"), QStringLiteral("vcpus")}, {QStringLiteral("used"), i % 8}});
    const QString path = m_dir.filePath(QStringLiteral("big-scenario.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("base"), kCases + QStringLiteral("drain-moves-all-tenants-at-once/state.json")},
                                      {QStringLiteral("policy"), QJsonObject{{QStringLiteral("policy"), QStringLiteral("weighted")}}},
                                      {QStringLiteral("events"), events}})
                .toJson());
    f.close();
    Page p;
    QVERIFY(p.page.openScenarioFile(path));
    QStringList texts;
    connect(p.page.runner(), &WhatIfRunner::progress, this, [&](int, const QString &text) { texts << text; });
    QSignalSpy finished(&p.page, &WhatIfPage::runFinished);
    QTest::mouseClick(p.page.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const auto reading = std::find_if(texts.begin(), texts.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral("Reading big-scenario.json: ")) && t.endsWith(QStringLiteral(" MB"));
    });
    QVERIFY2(reading != texts.end(), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY(std::find(texts.begin(), texts.end(), WhatIfRunner::tr("Loading the base and checking the events…")) != texts.end());
    QCOMPARE(p.page.resultsView()->outcome().result->reports[0].summary.events, 20000u);
}

// Add a grow event and fill its form by keyboard: days, AZ, a group, a VM
// size; then edit it back to every group and the typical VM.
void TestWhatIfInput::growEventFromTheForm()
{
    Page p;
    ScenarioEditor *e = p.page.editor();
    e->setScenario(QJsonObject{{QStringLiteral("base"), kCases + QStringLiteral("grow-projects-history-through-the-scheduler/state.json")},
                               {QStringLiteral("events"), QJsonArray()}},
                   m_dir.path());
    QCOMPARE(e->addEvent(QStringLiteral("grow")), 0);
    ScenarioEventForm *form = e->currentForm();
    QCOMPARE(form->type(), QStringLiteral("grow"));
    QCOMPARE(e->events()->event(0), (QJsonObject{{QStringLiteral("type"), QStringLiteral("grow")}, {QStringLiteral("days"), 30}}));
    typeInto(qobject_cast<QSpinBox *>(form->fieldWidget(QStringLiteral("days"))), QStringLiteral("5"));
    typeInto(qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("az"))), QStringLiteral("az1"));
    auto *group = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("group")));
    QVERIFY(group && group->isEditable());
    typeInto(group->lineEdit(), QStringLiteral("resource:gpu"));
    typeInto(qobject_cast<QSpinBox *>(form->fieldWidget(QStringLiteral("vm.vcpus"))), QStringLiteral("2"));
    QCoreApplication::processEvents();
    testing::saveScreenshot(&p.page, QStringLiteral("whatif-grow-form"));
    QCOMPARE(e->events()->event(0),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("grow")}, {QStringLiteral("days"), 5},
                          {QStringLiteral("az"), QStringLiteral("az1")}, {QStringLiteral("group"), QStringLiteral("resource:gpu")},
                          {QStringLiteral("vm"), QJsonObject{{QStringLiteral("vcpus"), 2}}}}));
    QVERIFY(e->eventProblem().isEmpty());
    // Edit: the general group by its item, then every group, and no VM size.
    group->setCurrentIndex(group->findText(ScenarioEventForm::tr("(general group)")));
    QCOMPARE(e->events()->event(0).value(QStringLiteral("group")), QJsonValue(QString()));
    group->setCurrentIndex(group->findText(ScenarioEventForm::tr("(every group)")));
    typeInto(qobject_cast<QSpinBox *>(form->fieldWidget(QStringLiteral("vm.vcpus"))), QStringLiteral("0"));
    typeInto(qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("az"))), QString());
    QCOMPARE(e->events()->event(0), (QJsonObject{{QStringLiteral("type"), QStringLiteral("grow")}, {QStringLiteral("days"), 5}}));
    // Loaded again from the list, the form shows what it wrote.
    e->addEvent(QStringLiteral("drain_pod"));
    e->setCurrentEvent(0);
    QCOMPARE(qobject_cast<QSpinBox *>(e->currentForm()->fieldWidget(QStringLiteral("days")))->value(), 5);
    QCOMPARE(group->currentText(), ScenarioEventForm::tr("(every group)"));
    e->setCurrentEvent(1);
    e->removeCurrentEvent(); // the drain: the grow alone runs
    QCOMPARE(e->events()->rowCount(), 1);
    QSignalSpy finished(&p.page, &WhatIfPage::runFinished);
    QTest::mouseClick(p.page.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const whatif::Report &report = p.page.resultsView()->outcome().result->reports[0];
    QCOMPARE(report.growth.size(), std::size_t(1));
    QCOMPARE(report.growth[0].days, 5u);
}

void TestWhatIfInput::growFormNamesTheRefusedField()
{
    Page p;
    ScenarioEditor *e = p.page.editor();
    e->addEvent(QStringLiteral("grow"));
    auto *group = qobject_cast<QComboBox *>(e->currentForm()->fieldWidget(QStringLiteral("group")));
    typeInto(group->lineEdit(), QStringLiteral("gpu"));
    const QString problem = e->eventProblem();
    QVERIFY2(problem.startsWith(ScenarioEventForm::tr("Pod group:")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("\"gpu\"")), qPrintable(problem));
    testing::saveScreenshot(&p.page, QStringLiteral("whatif-grow-form-problem"));
    typeInto(group->lineEdit(), QStringLiteral("resource:gpu"));
    QVERIFY(e->eventProblem().isEmpty());
    // The VM size: a negative number cannot even be typed; a huge day count stops at the format's limit.
    auto *days = qobject_cast<QSpinBox *>(e->currentForm()->fieldWidget(QStringLiteral("days")));
    QCOMPARE(days->maximum(), 3650);
    QCOMPARE(days->minimum(), 1);
}

// The console's window: a close with unsaved scenario edits asks; "No" keeps it open.
void TestWhatIfInput::closingTheConsoleAsksAboutUnsavedScenarioEdits()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_whatifinput"));
    QSettings().clear();
    const QString db = m_dir.filePath(QStringLiteral("close.sqlite"));
    QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
    MainWindow w;
    auto owned = std::make_unique<TestPrompter>();
    TestPrompter *prompter = owned.get();
    w.editor()->setPrompter(std::move(owned));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.close()); // nothing edited: closes without asking
    QVERIFY(prompter->questions.isEmpty());
    w.show();
    w.whatIfPage()->editor()->addEvent(QStringLiteral("grow"));
    prompter->answers.enqueue(false);
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QCOMPARE(prompter->questions.size(), 1);
    prompter->answers.enqueue(true);
    QVERIFY(w.close());
    QCOMPARE(prompter->questions.size(), 2);
}

QTEST_MAIN(TestWhatIfInput)
#include "tst_whatifinput.moc"
