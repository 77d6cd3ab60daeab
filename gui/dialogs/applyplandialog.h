#pragma once

// Review a what-if plan's operations, then apply them to the connected
// backend in order, with progress. It stops at the first operation that
// fails (a conflict: somebody changed the bindings since the run) and says
// which operations were applied and which were not.
// A local backend applies batches all-or-nothing; when a batch fails the
// dialog retries its operations one by one, so the failing one is named.
// A plan saved earlier (the What-if tab's "Save plan…", `whatif --plan`) can
// be opened here instead; a file that is not a plan is refused with what is
// wrong with it, and the plan shown stays as it was.

#include "bindingchange.h"
#include "cloud.h"
#include "plan.h"
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
    static constexpr int kLocalBatch = 200;
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
    void stop(); // after the operation (batch) under way
    bool isApplying() const { return m_applying; }
    QString resultText() const;
    model::PlanOperationModel *operations() const { return m_model; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *openButton() const { return m_open; }

signals:
    void applied(int count);            // some operations were applied (the cloud changed)
    void applyFinished(bool complete);  // every operation applied, or stopped / failed

protected:
    void reject() override;

private:
    using Watcher = QFutureWatcher<model::Result<std::vector<sched::Binding>>>;
    void next();
    void batchFinished();
    void finish();
    void choosePlanFile();
    void showError(const QString &text);
    QString describe(int op) const;
    QString introText() const;

    std::shared_ptr<const whatif::Plan> m_plan;
    QString m_planFile; // where the plan came from; empty for a fresh run's plan
    FileChooser m_chooser;
    QPointer<model::Backend> m_backend;
    std::vector<model::BindingChange> m_changes;
    Watcher m_watcher;
    int m_batch = 1;
    int m_next = 0;    // first operation not yet applied
    int m_running = 0; // operations in the batch under way
    bool m_applying = false;
    bool m_stopRequested = false;
    QString m_error;
    int m_failed = -1;
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
