#include "applyplandialog.h"

#include "backend.h"
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
    m_batch = backend && backend->kind() == model::Backend::Kind::Local ? kLocalBatch : 1;

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
    connect(&m_watcher, &Watcher::finished, this, &ApplyPlanDialog::batchFinished);

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
    m_changes = model::PlanJson::toBindingChanges(*m_plan);
    m_next = 0;
    m_failed = -1;
    m_error.clear();
    m_model->setPlan(m_plan);
    m_view->resizeColumnsToContents();
    m_intro->setText(introText());
    m_progress->setRange(0, std::max<int>(1, int(m_changes.size())));
    m_progress->setValue(0);
    m_result->clear();
    m_result->setStyleSheet({});
    const bool writable = m_backend && !m_backend->isReadOnly();
    m_apply->setEnabled(writable && !m_changes.empty());
    if (m_backend && m_backend->isReadOnly())
        m_result->setText(tr("The backend shows a saved snapshot only (read-only): nothing can be applied."));
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
    // The batch under way finishes in the backend; nobody is left to hear of it.
    m_watcher.disconnect(this);
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
    return tr("The plan of policy %1 has %n operation(s): %2 bind, %3 rebind, %4 unbind. Review them, then apply "
              "them in this order to %5. Applying stops at the first operation that fails.",
              nullptr, int(m_plan->ops.size()))
        .arg(m_plan->policyName.empty() ? tr("(unnamed)", "policy") : QString::fromStdString(m_plan->policyName))
        .arg(binds).arg(rebinds).arg(unbinds)
        .arg(target);
}

QString ApplyPlanDialog::resultText() const { return m_result->text(); }

void ApplyPlanDialog::apply()
{
    if (m_applying || !m_backend || m_next >= int(m_changes.size()))
        return;
    m_applying = true;
    m_stopRequested = false;
    m_apply->setEnabled(false);
    m_open->setEnabled(false);
    m_stop->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_result->setText(tr("Applying…"));
    next();
}

void ApplyPlanDialog::stop()
{
    if (m_applying) {
        m_stopRequested = true;
        m_stop->setEnabled(false);
        m_result->setText(tr("Stopping after the operations under way…"));
    }
}

void ApplyPlanDialog::next()
{
    const int total = int(m_changes.size());
    if (m_stopRequested || m_next >= total || !m_backend) {
        finish();
        return;
    }
    m_running = std::min(m_batch, total - m_next);
    std::vector<model::BindingChange> batch(m_changes.begin() + m_next, m_changes.begin() + m_next + m_running);
    m_watcher.setFuture(m_backend->applyChanges(batch));
}

void ApplyPlanDialog::batchFinished()
{
    const auto result = m_watcher.future().resultCount() ? m_watcher.result()
                                                        : model::Result<std::vector<sched::Binding>>();
    if (result) {
        m_model->setStatus(m_next, m_next + m_running - 1, model::PlanOperationModel::Status::Applied);
        m_next += m_running;
        m_progress->setValue(m_next);
        next();
    } else if (m_running > 1) {
        m_batch = 1; // that batch was rolled back whole: find the operation that fails, one by one
        next();
    } else {
        m_failed = m_next;
        m_error = result.error();
        finish();
    }
}

QString ApplyPlanDialog::describe(int op) const
{
    const whatif::PlanOp &o = m_plan->ops[std::size_t(op)];
    const QString tenant = QString::fromStdString(o.tenantId);
    switch (o.kind) {
    case whatif::PlanOp::Kind::Bind:
        return tr("bind %1 to %2").arg(tenant, QString::fromStdString(o.toPodName));
    case whatif::PlanOp::Kind::Unbind:
        return tr("unbind %1 from %2").arg(tenant, QString::fromStdString(o.fromPodName));
    case whatif::PlanOp::Kind::Rebind:
        return tr("rebind %1 from %2 to %3").arg(tenant, QString::fromStdString(o.fromPodName),
                                                 QString::fromStdString(o.toPodName));
    }
    return {};
}

void ApplyPlanDialog::finish()
{
    using Status = model::PlanOperationModel::Status;
    const int total = int(m_changes.size());
    m_applying = false;
    m_stop->setEnabled(false);
    m_open->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    if (m_failed >= 0) {
        m_model->setStatus(m_failed, m_failed, Status::Failed);
        m_model->setStatus(m_failed + 1, total - 1, Status::NotApplied);
        const QString done = m_next ? tr("Operations 1–%1 of %2 were applied.").arg(m_next).arg(total)
                                    : tr("No operation was applied.");
        const QString notDone = m_failed + 1 == total ? tr("Operation %1 was not applied.").arg(total)
                                                      : tr("Operations %1–%2 were not applied.").arg(m_failed + 1).arg(total);
        m_result->setText(tr("%1 Operation %2 (%3) failed: %4\n%5 Refresh, run the scenario again and review the new plan.")
                              .arg(done).arg(m_failed + 1).arg(describe(m_failed), m_error, notDone));
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #b01c10; }"));
    } else if (m_next < total) {
        m_model->setStatus(m_next, total - 1, Status::NotApplied);
        m_result->setText(tr("Stopped: %1 of %2 operations applied; operations %3–%2 were not applied.")
                              .arg(m_next).arg(total).arg(m_next + 1));
        m_apply->setEnabled(false);
    } else {
        m_result->setText(tr("All %n operation(s) applied.", nullptr, total));
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #1e6b2e; }"));
    }
    if (m_next > 0)
        emit applied(m_next);
    emit applyFinished(m_next == total);
}

void ApplyPlanDialog::reject()
{
    if (m_applying) {
        stop(); // never leave a half-told story: close once the batch is done
        return;
    }
    QDialog::reject();
}

} // namespace gui
