// SPDX-License-Identifier: Apache-2.0
#pragma once

// Review a what-if plan's operations, then apply them to the connected
// backend: a thin caller of model::PlanApplyOperation. The plan is checked
// against the backend's state first (the check off the GUI thread): a bad operation
// refuses the whole plan, naming its index and field, before anything is
// written; the tenants the plan invents are counted. On the SQL store the
// plan is one transaction; on a live cloud the operations go one by one with
// progress and Stop, and applying the same plan again finishes the rest
// (operations already done are skipped).
// A plan saved earlier (the What-if tab's "Save plan…", `whatif --plan`) can
// be opened here instead; a file that is not a plan is refused with what is
// wrong with it, and the plan shown stays as it was.

#include "cloud.h"
#include "plan.h"
#include "planapplyoperation.h"
#include "result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace model {
class Backend;
class PlanOperationModel;
class ReportTableProxyModel;
} // namespace model

namespace gui {

class ApplyPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    // Returns the plan file to open, or an empty string when the user cancelled.
    using FileChooser = std::function<QString()>;

    // `plan` may be null: then the dialog waits for a plan file to be opened.
    ApplyPlanDialog(std::shared_ptr<const whatif::Plan> plan, model::Backend *backend, QWidget *parent = nullptr);
    ~ApplyPlanDialog() override;

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // `file`: where the plan was read from (shown in the title); empty for a fresh run's plan.
    void setPlan(std::shared_ptr<const whatif::Plan> plan, const QString &file = {});
    bool openPlanFile(const QString &path); // false: refused, the error is shown
    const whatif::Plan *plan() const { return m_plan.get(); }
    QString planFile() const { return m_planFile; }
    void apply();
    void stop(); // after the operation under way (a live cloud; a transaction runs whole)
    bool isApplying() const { return m_applying; }
    QString resultText() const;
    model::PlanOperationModel *operations() const { return m_model; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *openButton() const { return m_open; }

signals:
    void applied(int count);            // some operations were applied (the cloud changed)
    void applyFinished(bool complete);  // every operation applied, or stopped / failed
    // What was written, for one undo step.
    void operationApplied(const model::ChangeList &done, const QString &text);

protected:
    void reject() override;

private:
    struct Run {
        model::Result<model::PlanPreview> preview;
        model::Status written;
        bool checkOnly = false;
    };
    void startCheck();
    void run();
    void checkFinished();
    void showCheck(const Run &run);
    void showOutcome(const Run &run);
    void choosePlanFile();
    void showError(const QString &text);
    QString introText() const;

    std::shared_ptr<const whatif::Plan> m_plan;
    QString m_planFile; // where the plan came from; empty for a fresh run's plan
    FileChooser m_chooser;
    QPointer<model::Backend> m_backend;
    QFutureWatcher<Run> m_watcher;
    bool m_stopRequested = false;
    int m_invented = 0;
    bool m_checked = false; // the last check found the plan good
    bool m_applying = false;
    model::PlanOperationModel *m_model;
    model::ReportTableProxyModel *m_proxy;
    QLabel *m_intro;
    QLineEdit *m_filter;
    QTableView *m_view;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_apply;
    QPushButton *m_open;
    QPushButton *m_stop;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
