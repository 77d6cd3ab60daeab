// SPDX-License-Identifier: Apache-2.0
#include "whatifpage.h"

#include "applyplandialog.h"
#include "files/atomicfilewriter.h"
#include "backend.h"
#include "planjson.h"
#include "prompter.h"
#include "reportcsv.h"
#include "reportjson.h"
#include "scenarioeditor.h"
#include "whatifresultsview.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gui {

WhatIfPage::WhatIfPage(QWidget *parent)
    : QWidget(parent), m_runner(new WhatIfRunner(this)), m_editor(new ScenarioEditor), m_results(new WhatIfResultsView),
      m_tabs(new QTabWidget), m_file(new QLabel), m_status(new QLabel), m_progress(new QProgressBar),
      m_run(new QPushButton(tr("&Run"))), m_cancel(new QPushButton(tr("Cancel")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildToolBar());
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);
    m_tabs->addTab(m_editor, tr("Scenario"));
    m_tabs->addTab(m_results, tr("Results"));
    layout->addWidget(m_tabs, 1);

    connect(m_runner, &WhatIfRunner::progress, this, &WhatIfPage::onProgress);
    connect(m_runner, &WhatIfRunner::finished, this, &WhatIfPage::onFinished);
    connect(m_runner, &WhatIfRunner::failed, this, &WhatIfPage::onFailed);
    connect(m_results, &WhatIfResultsView::saveReportRequested, this, [this] {
        if (const QString path = choose(FileRole::SaveReport, QStringLiteral("whatif-report.json")); !path.isEmpty())
            saveReport(path);
    });
    connect(m_results, &WhatIfResultsView::savePlanRequested, this, [this] {
        if (const QString path = choose(FileRole::SavePlan, QStringLiteral("whatif-plan.json")); !path.isEmpty())
            savePlan(path);
    });
    connect(m_results, &WhatIfResultsView::applyPlanRequested, this, &WhatIfPage::applyPlan);
    connect(m_editor, &ScenarioEditor::modifiedChanged, this, &WhatIfPage::updateFileLabel);
    m_progress->setValue(0);
    setRunning(false);
    newScenario();
    updateApplyState();
}

WhatIfPage::~WhatIfPage() { m_runner->cancel(); }

QWidget *WhatIfPage::buildToolBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *open = new QPushButton(tr("&Open scenario…"));
    auto *fresh = new QPushButton(tr("&New scenario"));
    auto *save = new QPushButton(tr("Save s&cenario as…"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (!mayDiscardEdits())
            return;
        if (const QString path = choose(FileRole::OpenScenario, m_path); !path.isEmpty())
            openScenarioFile(path);
    });
    connect(fresh, &QPushButton::clicked, this, [this] {
        if (mayDiscardEdits())
            newScenario();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (const QString path = choose(FileRole::SaveScenario, m_path); !path.isEmpty())
            saveScenario(path);
    });
    connect(m_run, &QPushButton::clicked, this, &WhatIfPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &WhatIfPage::cancel);
    m_run->setToolTip(tr("Replay the scenario on a private copy of its base (Alt+R or F5)"));
    // F5 as a shortcut of its own: QAbstractButton::setShortcut would replace the &Run mnemonic (Alt+R).
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, m_run, &QPushButton::click);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(140); // wider holds the window past 1024 px in German (tst_localizedconsole)
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setMinimumWidth(80);
    m_file->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QWidget *w : std::initializer_list<QWidget *>{open, fresh, save})
        row->addWidget(w);
    row->addWidget(m_file, 1);
    row->addWidget(m_progress);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    return bar;
}

void WhatIfPage::updateFileLabel()
{
    const QString name = m_path.isEmpty() ? tr("New scenario") : QDir::toNativeSeparators(m_path);
    m_file->setText(m_editor->isModified() ? tr("%1 (edited)", "scenario file name").arg(name) : name);
    m_file->setToolTip(m_file->text());
}

bool WhatIfPage::mayDiscardEdits()
{
    if (!m_editor->isModified())
        return true;
    Prompter fallback;
    Prompter &prompter = m_prompter ? m_prompter() : fallback;
    const QString name = m_path.isEmpty() ? tr("The new scenario") : QFileInfo(m_path).fileName();
    return prompter.confirm(this, tr("Unsaved Scenario"),
                            tr("%1 has edits that are not saved. Discard them?").arg(name));
}

void WhatIfPage::setDefaultPolicy(const QJsonObject &config) { m_editor->setDefaultPolicy(config); }

void WhatIfPage::setBackendProvider(BackendProvider provider)
{
    m_backend = std::move(provider);
    updateApplyState();
}

QString WhatIfPage::choose(FileRole role, const QString &suggestion)
{
    if (m_chooser)
        return m_chooser(role, suggestion);
    const QString json = tr("JSON files (*.json)");
    switch (role) {
    case FileRole::OpenScenario:
        return QFileDialog::getOpenFileName(this, tr("Open a what-if scenario"), suggestion, json);
    case FileRole::SaveScenario:
        return QFileDialog::getSaveFileName(this, tr("Save the scenario"), suggestion, json);
    case FileRole::SaveReport:
        return QFileDialog::getSaveFileName(this, tr("Save the report"), suggestion,
                                            tr("JSON report (*.json);;CSV table of changes and failures (*.csv)"));
    case FileRole::SavePlan:
        return QFileDialog::getSaveFileName(this, tr("Save the plan"), suggestion, json);
    case FileRole::OpenPlan:
        return QFileDialog::getOpenFileName(this, tr("Open a saved what-if plan"), suggestion, json);
    }
    return {};
}

bool WhatIfPage::openScenarioFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        setStatus(tr("%1 is not a scenario: %2").arg(QDir::toNativeSeparators(path), error.errorString()), true);
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_fileNamesPolicy = doc.object().contains(QLatin1String("policy"));
    m_editor->setScenario(doc.object(), QFileInfo(path).absolutePath());
    updateFileLabel();
    m_results->clear();
    updateApplyState();
    setStatus({});
    m_tabs->setCurrentWidget(m_editor);
    return true;
}

void WhatIfPage::newScenario()
{
    m_path.clear();
    m_editor->setScenario(ScenarioEditor::emptyScenario(), QDir::currentPath());
    updateFileLabel();
    m_results->clear();
    setStatus({});
}

bool WhatIfPage::saveScenario(const QString &path)
{
    if (!writeFile(path, QJsonDocument(m_editor->scenario()).toJson()))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_fileNamesPolicy = true; // the editor writes the policy it shows
    m_editor->setModified(false);
    updateFileLabel();
    return true;
}

void WhatIfPage::run()
{
    WhatIfInput input;
    // An unedited file runs as it is (no round trip through the editor),
    // unless it names no policy: then the scheduler settings' goes in.
    if (!m_path.isEmpty() && !m_editor->isModified() && m_fileNamesPolicy) {
        input.path = m_path;
    } else {
        input.json = QJsonDocument(m_editor->scenario()).toJson(QJsonDocument::Compact);
        input.dir = m_editor->baseDirectory();
    }
    input.current = m_current ? m_current() : model::ScenarioLoader::CurrentState();
    if (!input.current)
        input.current = [] {
            return model::Result<sched::CloudState>(
                model::Error{WhatIfPage::tr("the console is not connected, so \"current\" stands for nothing")});
        };
    m_results->clear();
    m_runner->start(std::move(input));
    setStatus({});
    setRunning(true);
}

void WhatIfPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_progress->setFormat(tr("Cancelling…"));
}

bool WhatIfPage::isRunning() const { return m_runner->isRunning(); }

void WhatIfPage::onProgress(int permille, const QString &text)
{
    m_progress->setValue(permille);
    m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p %") : text);
}

void WhatIfPage::onFinished(const WhatIfOutcome &outcome)
{
    setRunning(false);
    m_results->setOutcome(outcome);
    updateApplyState();
    m_tabs->setCurrentWidget(m_results);
    if (outcome.result->cancelled) {
        m_progress->setFormat(tr("Cancelled"));
        setStatus(tr("The run was cancelled; the figures shown are partial."), true);
    } else {
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Finished"));
    }
    emit runFinished();
}

void WhatIfPage::onFailed(const QString &message)
{
    setRunning(false);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Failed"));
    setStatus(tr("The scenario cannot run: %1").arg(message), true);
    emit runFailed(message);
}

void WhatIfPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_editor->setEnabled(!running);
    if (!running && m_progress->value() == 0)
        m_progress->setFormat(tr("Idle"));
}

QString WhatIfPage::statusText() const { return m_status->isVisible() ? m_status->text() : QString(); }

void WhatIfPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { background: #f8d7d5; color: #6b1510; padding: 6px; }")
                                  : QStringLiteral("QLabel { background: #dcebdc; color: #1e4620; padding: 6px; }"));
}

void WhatIfPage::updateApplyState()
{
    model::Backend *backend = m_backend ? m_backend() : nullptr;
    if (!backend)
        m_results->setApplyEnabled(false, tr("The console is not connected to a backend"));
    else if (backend->isReadOnly())
        m_results->setApplyEnabled(false, tr("The backend shows a saved snapshot only (read-only)"));
    else
        m_results->setApplyEnabled(true);
}

bool WhatIfPage::writeFile(const QString &path, const QByteArray &bytes)
{
    if (const model::Status s = model::AtomicFileWriter::write(path, bytes); !s) {
        setStatus(s.error(), true);
        return false;
    }
    setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool WhatIfPage::saveReport(const QString &path)
{
    const WhatIfOutcome &o = m_results->outcome();
    if (!o.result || o.result->cancelled)
        return false;
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    return writeFile(path, csv ? model::ReportCsv::serialize(o.result->reports.front()) : model::ReportJson::serialize(*o.result));
}

bool WhatIfPage::savePlan(const QString &path)
{
    const WhatIfOutcome &o = m_results->outcome();
    return o.plan && writeFile(path, model::PlanJson::serialize(*o.plan));
}

void WhatIfPage::applyPlan()
{
    const WhatIfOutcome &o = m_results->outcome();
    model::Backend *backend = m_backend ? m_backend() : nullptr;
    if (o.plan && backend)
        openApplyDialog(o.plan, backend);
}

void WhatIfPage::applySavedPlan()
{
    if (const QString path = choose(FileRole::OpenPlan, {}); !path.isEmpty())
        applyPlanFile(path);
}

ApplyPlanDialog *WhatIfPage::applyPlanFile(const QString &path)
{
    auto plan = model::PlanJson::readFile(path);
    if (!plan) {
        setStatus(plan.error(), true);
        return nullptr;
    }
    setStatus({});
    ApplyPlanDialog *dialog = openApplyDialog(nullptr, m_backend ? m_backend() : nullptr);
    dialog->setPlan(std::make_shared<const whatif::Plan>(std::move(plan.value())), path);
    return dialog;
}

ApplyPlanDialog *WhatIfPage::openApplyDialog(std::shared_ptr<const whatif::Plan> plan, model::Backend *backend)
{
    auto *dialog = new ApplyPlanDialog(std::move(plan), backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser([this] { return choose(FileRole::OpenPlan, {}); });
    connect(dialog, &ApplyPlanDialog::applied, this, &WhatIfPage::planApplied);
    connect(dialog, &ApplyPlanDialog::operationApplied, this, &WhatIfPage::operationApplied);
    dialog->open();
    return dialog;
}

} // namespace gui
