// SPDX-License-Identifier: Apache-2.0
#pragma once

// The What-if tab: open a scenario file or build one in the editor, run it
// in the background with progress and Cancel, look at the results, save the
// report and the plan, and apply the plan to the connected backend.
// The page knows nothing of the main window: it is handed a source for the
// current state ("base": "current"), a backend to apply plans to, and a file
// chooser (tests answer it instead of a modal dialog).

#include "tenantchange.h"
#include "scenarioloader.h"
#include "whatifrunner.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace model {
class Backend;
}

namespace gui {

class ApplyPlanDialog;
class Prompter;
class ScenarioEditor;
class WhatIfResultsView;

class WhatIfPage final : public QWidget
{
    Q_OBJECT

public:
    enum class FileRole { OpenScenario, SaveScenario, SaveReport, SavePlan, OpenPlan };
    // Called on the GUI thread when a run starts; what it returns runs on the worker.
    using CurrentStateProvider = std::function<model::ScenarioLoader::CurrentState()>;
    using BackendProvider = std::function<model::Backend *()>;
    // Returns the chosen path, or an empty string when the user cancelled.
    using FileChooser = std::function<QString(FileRole role, const QString &suggestion)>;
    // Who asks the operator (the console's Prompter; tests answer it).
    using PrompterProvider = std::function<Prompter &()>;

    explicit WhatIfPage(QWidget *parent = nullptr);
    ~WhatIfPage() override;

    void setCurrentStateProvider(CurrentStateProvider provider) { m_current = std::move(provider); }
    void setBackendProvider(BackendProvider provider);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setPrompterProvider(PrompterProvider provider) { m_prompter = std::move(provider); }
    // True when nothing unsaved would be lost, or the operator agreed to
    // discard the scenario's edits (asked before a new or opened scenario
    // replaces them, and before the console closes).
    bool mayDiscardEdits();
    // The scheduler settings (SchedulerConfigJson): the policy of a scenario that names none.
    void setDefaultPolicy(const QJsonObject &config);

    bool openScenarioFile(const QString &path);
    void newScenario();
    void run();
    void cancel();
    bool isRunning() const;
    bool saveReport(const QString &path);
    bool savePlan(const QString &path);
    bool saveScenario(const QString &path);
    void applyPlan(); // opens the review-and-apply dialog (non-blocking)
    // Asks for a saved plan file, then opens the review-and-apply dialog on it.
    void applySavedPlan();
    // The dialog on that file's plan; nullptr (and the error shown) when it is not one.
    ApplyPlanDialog *applyPlanFile(const QString &path);

    QString statusText() const;
    ScenarioEditor *editor() const { return m_editor; }
    WhatIfResultsView *resultsView() const { return m_results; }
    QTabWidget *tabs() const { return m_tabs; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    WhatIfRunner *runner() const { return m_runner; }

signals:
    void runFinished();
    void runFailed(const QString &message);
    void planApplied();
    // A plan apply wrote `done`: one undo step for the edit history.
    void operationApplied(const model::ChangeList &done, const QString &text);

private:
    QWidget *buildToolBar();
    QString choose(FileRole role, const QString &suggestion);
    void onProgress(int permille, const QString &text);
    void onFinished(const WhatIfOutcome &outcome);
    void onFailed(const QString &message);
    void setRunning(bool running);
    void setStatus(const QString &text, bool error = false);
    void updateApplyState();
    void updateFileLabel();
    ApplyPlanDialog *openApplyDialog(std::shared_ptr<const whatif::Plan> plan, model::Backend *backend);
    bool writeFile(const QString &path, const QByteArray &bytes);

    CurrentStateProvider m_current;
    BackendProvider m_backend;
    FileChooser m_chooser;
    PrompterProvider m_prompter;
    QString m_path; // the scenario file, when one was opened
    bool m_fileNamesPolicy = false; // it has a "policy" of its own
    WhatIfRunner *m_runner;
    ScenarioEditor *m_editor;
    WhatIfResultsView *m_results;
    QTabWidget *m_tabs;
    QLabel *m_file;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_run;
    QPushButton *m_cancel;
};

} // namespace gui
