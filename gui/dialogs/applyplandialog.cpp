// SPDX-License-Identifier: Apache-2.0
#include "applyplandialog.h"

#include "backend.h"
#include "futurewait.h"
#include "planjson.h"
#include "planoperationmodel.h"
#include "reporttableproxymodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gui {

ApplyPlanDialog::ApplyPlanDialog(std::shared_ptr<const whatif::Plan> plan, model::Backend *backend, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_model(new model::PlanOperationModel(this)),
      m_proxy(new model::ReportTableProxyModel(this)), m_intro(new QLabel), m_filter(new QLineEdit),
      m_view(new QTableView), m_progress(new QProgressBar), m_result(new QLabel),
      m_apply(new QPushButton(tr("&Apply to the cloud"))), m_open(new QPushButton(tr("&Open plan…"))),
      m_stop(new QPushButton(tr("&Stop"))), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    resize(900, 560);
    m_proxy->setSourceModel(m_model);

    m_intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter operations by tenant, AZ, group or pod"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &model::ReportTableProxyModel::setFilterText);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_progress->setFormat(tr("%v of %m operations applied"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setEnabled(false);
    m_apply->setDefault(true);
    m_open->setToolTip(tr("Open a plan saved earlier from the What-if tab or by trio2o-sched whatif --plan"));
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(m_apply, &QPushButton::clicked, this, &ApplyPlanDialog::apply);
    connect(m_open, &QPushButton::clicked, this, &ApplyPlanDialog::choosePlanFile);
    connect(m_stop, &QPushButton::clicked, this, &ApplyPlanDialog::stop);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplyPlanDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ApplyPlanDialog::checkFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    setPlan(std::move(plan));
}

void ApplyPlanDialog::setPlan(std::shared_ptr<const whatif::Plan> plan, const QString &file)
{
    if (m_applying)
        return;
    m_planFile = file;
    setWindowTitle(file.isEmpty() ? tr("Apply the what-if plan")
                                  : tr("Apply the what-if plan %1", "plan file name").arg(QFileInfo(file).fileName()));
    m_plan = plan ? std::move(plan) : std::make_shared<const whatif::Plan>();
    m_model->setPlan(m_plan);
    m_view->resizeColumnsToContents();
    m_invented = 0;
    m_progress->setRange(0, std::max<int>(1, int(m_plan->ops.size())));
    m_progress->setValue(0);
    m_result->clear();
    m_result->setStyleSheet({});
    // Applying checks the plan again; the check below only disables it early for a bad plan.
    m_apply->setEnabled(m_backend && !m_backend->isReadOnly() && !m_plan->ops.empty());
    m_intro->setText(introText());
    if (m_backend && m_backend->isReadOnly())
        m_result->setText(tr("The backend shows a saved snapshot only (read-only): nothing can be applied."));
    else
        startCheck();
}

// Checks the plan against the backend's state, off the GUI thread.
void ApplyPlanDialog::startCheck()
{
    m_checked = false;
    if (!m_backend || m_plan->ops.empty())
        return;
    m_watcher.setFuture(m_backend->fetchState().then(QtFuture::Launch::Async,
                                                     [plan = m_plan](model::Result<sched::CloudState> state) -> Run {
        if (!state)
            return {model::Error{state.error()}, {}, true};
        return {model::PlanApplyOperation::preview(state.value(), *plan), {}, true};
    }));
}

bool ApplyPlanDialog::openPlanFile(const QString &path)
{
    if (m_applying)
        return false;
    auto plan = model::PlanJson::readFile(path);
    if (!plan) {
        showError(plan.error());
        return false;
    }
    setPlan(std::make_shared<const whatif::Plan>(std::move(plan.value())), path);
    return true;
}

void ApplyPlanDialog::choosePlanFile()
{
    const QString path = m_chooser ? m_chooser()
                                   : QFileDialog::getOpenFileName(this, tr("Open a saved what-if plan"), m_planFile,
                                                                  tr("JSON files (*.json)"));
    if (!path.isEmpty())
        openPlanFile(path);
}

void ApplyPlanDialog::showError(const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(QStringLiteral("QLabel { color: #b01c10; }"));
}

ApplyPlanDialog::~ApplyPlanDialog()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString ApplyPlanDialog::introText() const
{
    int binds = 0, rebinds = 0, unbinds = 0;
    for (const whatif::PlanOp &op : m_plan->ops) {
        binds += op.kind == whatif::PlanOp::Kind::Bind;
        rebinds += op.kind == whatif::PlanOp::Kind::Rebind;
        unbinds += op.kind == whatif::PlanOp::Kind::Unbind;
    }
    const QString target = m_backend ? m_backend->description() : tr("(no backend)");
    if (m_plan->ops.empty())
        return tr("No operations to apply. Open a plan saved earlier, or run a scenario in the What-if tab.");
    QString text = tr("The plan of policy %1 has %n operation(s): %2 bind, %3 rebind, %4 unbind. Review them, then apply "
                      "them in this order to %5. Every operation is checked first; a bad one refuses the whole plan.",
                      nullptr, int(m_plan->ops.size()))
                       .arg(m_plan->policyName.empty() ? tr("(unnamed)", "policy") : QString::fromStdString(m_plan->policyName))
                       .arg(binds).arg(rebinds).arg(unbinds)
                       .arg(target);
    if (m_invented > 0)
        text += QLatin1Char(' ') + tr("It creates %n tenant(s) the cloud never had (invented by the scenario).", nullptr, m_invented);
    return text;
}

QString ApplyPlanDialog::resultText() const { return m_result->text(); }

void ApplyPlanDialog::apply()
{
    if (m_applying || !m_backend || m_plan->ops.empty())
        return;
    m_applying = true;
    m_stopRequested = false;
    m_apply->setEnabled(false);
    m_open->setEnabled(false);
    m_stop->setEnabled(!m_backend->isTransactional());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Applying…"));
    QTimer::singleShot(0, this, &ApplyPlanDialog::run); // after the click has returned
}

// Waits for the backend while the console's events run (progress, Stop).
void ApplyPlanDialog::run()
{
    if (!m_backend) {
        showOutcome({model::Error{tr("not connected")}, {}, false});
        return;
    }
    const auto state = model::waitForResult(m_backend->fetchState());
    if (!state) {
        showOutcome({model::Error{state.error()}, {}, false});
        return;
    }
    Run run{model::PlanApplyOperation::preview(state.value(), *m_plan), {}, false};
    if (run.preview)
        run.written = model::PlanApplyOperation::apply(*m_backend, run.preview.value(), [this](int done, int total) {
            m_progress->setRange(0, std::max(1, total));
            m_progress->setValue(done);
            return !m_stopRequested;
        });
    showOutcome(run);
}

void ApplyPlanDialog::stop()
{
    if (m_applying) {
        m_stopRequested = true;
        m_stop->setEnabled(false);
        m_result->setText(tr("Stopping after the operation under way…"));
    }
}

void ApplyPlanDialog::checkFinished()
{
    if (m_watcher.future().resultCount())
        showCheck(m_watcher.result());
}

void ApplyPlanDialog::showCheck(const Run &run)
{
    if (m_applying)
        return;
    if (!run.preview) {
        showError(tr("The plan cannot be applied: %1").arg(run.preview.error()));
        m_apply->setEnabled(false);
        return;
    }
    m_checked = true;
    m_invented = run.preview->inventedTenants;
    m_intro->setText(introText());
    const int done = run.preview->list.count(model::TenantChange::Status::AlreadyDone);
    if (done > 0)
        m_result->setText(tr("%n operation(s) are already done (an earlier apply wrote them) and will be skipped.", nullptr, done));
    m_apply->setEnabled(m_backend && !m_backend->isReadOnly());
}

void ApplyPlanDialog::showOutcome(const Run &run)
{
    using Status = model::PlanOperationModel::Status;
    using model::TenantChange;
    m_applying = false;
    m_stop->setEnabled(false);
    m_open->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    const int total = int(m_plan->ops.size());
    if (!run.preview) {
        m_model->setStatus(0, total - 1, Status::NotApplied);
        showError(tr("Nothing was applied: %1").arg(run.preview.error()));
        emit applyFinished(false);
        return;
    }
    const model::ChangeList &list = run.preview->list;
    for (const TenantChange &c : list.changes) {
        const bool ok = c.status == TenantChange::Status::Applied || c.status == TenantChange::Status::AlreadyDone;
        m_model->setStatus(c.index, c.index, ok ? Status::Applied : c.status == TenantChange::Status::Failed ? Status::Failed
                                                                                                           : Status::NotApplied);
    }
    const int appliedCount = list.count(TenantChange::Status::Applied);
    const int done = appliedCount + list.count(TenantChange::Status::AlreadyDone);
    m_progress->setValue(done);
    if (run.written) {
        m_result->setText(tr("All %n operation(s) applied.", nullptr, total));
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #1e6b2e; }"));
    } else if (m_backend && m_backend->isTransactional()) {
        showError(tr("No operation was applied (one transaction): %1").arg(run.written.error()));
    } else {
        showError(tr("%1 of %2 operations are applied; the rest were not: %3 Apply the same plan again to finish it.")
                      .arg(done).arg(total).arg(run.written.error()));
        m_apply->setEnabled(true);
    }
    if (appliedCount > 0) {
        emit applied(appliedCount);
        emit operationApplied(list, m_planFile.isEmpty() ? tr("apply the what-if plan (%n operation(s))", nullptr, appliedCount)
                                                         : tr("apply plan %1 (%n operation(s))", nullptr, appliedCount)
                                                               .arg(QFileInfo(m_planFile).fileName()));
    }
    emit applyFinished(done == total);
}

void ApplyPlanDialog::reject()
{
    if (m_applying) {
        stop(); // never leave a half-told story: close once the operation is done
        return;
    }
    QDialog::reject();
}

} // namespace gui
