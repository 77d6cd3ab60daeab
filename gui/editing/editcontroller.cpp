// SPDX-License-Identifier: Apache-2.0
#include "editcontroller.h"
#include "rebindtenantsdialog.h"

#include "backend.h"
#include "backendcommands.h"
#include "operationcommand.h"
#include "backendwait.h"
#include "bindingdialog.h"
#include "bindingsuggestion.h"
#include "checkoperation.h"
#include "podplacements.h"
#include "remotebackend.h"
#include "consolesettings.h"
#include "draindialog.h"
#include "findingsdialog.h"
#include "scheduledialog.h"
#include "schedulersettingsdialog.h"
#include "rebinddialog.h"
#include "noticebanner.h"
#include "poddialog.h"
#include "prompter.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QThreadPool>
#include <QToolBar>
#include <QUndoStack>
#include <QWidget>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

EditController::EditController(QWidget *window, NoticeBanner *banner)
    : QObject(window), m_window(window), m_banner(banner), m_prompter(std::make_unique<Prompter>()),
      m_stack(new QUndoStack(this))
{
    createActions();
    updateActions();
}

EditController::~EditController() { m_stack->clear(); }

void EditController::createActions()
{
    m_undo = m_stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_stack->createRedoAction(this, tr("&Redo"));
    // Both usual keys, each once: QKeySequence::Redo already holds Ctrl+Shift+Z on
    // Linux, and listing a key twice made Qt refuse it as ambiguous.
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    const auto make = [this](const QString &text, void (EditController::*slot)()) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newPod = make(tr("&New Pod…"), &EditController::newPod);
    m_editPod = make(tr("&Edit Pod…"), &EditController::editPod);
    m_deletePod = make(tr("&Delete Pod…"), &EditController::deletePod);
    m_newBinding = make(tr("New &Binding…"), &EditController::newBinding);
    m_newBinding->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_endBinding = new QAction(tr("End Bindin&g…"), this);
    connect(m_endBinding, &QAction::triggered, this, [this] { endBinding(); });
    m_rebind = new QAction(tr("Reb&ind Tenant…"), this);
    connect(m_rebind, &QAction::triggered, this, [this] { rebindTenant(); });
    m_rebind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rebindSelected = new QAction(this);
    connect(m_rebindSelected, &QAction::triggered, this, [this] { rebindSelected(); });
    setRebindSelection(0, {});
    m_drain = new QAction(tr("Dr&ain Pod…"), this);
    connect(m_drain, &QAction::triggered, this, [this] { drainPod(); });
    m_maintenanceDrain = new QAction(tr("&Maintenance and Drain…"), this);
    m_maintenanceDrain->setToolTip(tr("Put the pod into maintenance and move every tenant off it, in one step"));
    connect(m_maintenanceDrain, &QAction::triggered, this, [this] { maintenanceAndDrain(); });
    m_schedule = make(tr("&Schedule…"), &EditController::schedule);
    m_settings = make(tr("Scheduler Se&ttings…"), &EditController::schedulerSettings);
}

void EditController::fillEditMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addActions({m_newPod, m_editPod, m_deletePod, m_drain, m_maintenanceDrain});
    menu->addSeparator();
    menu->addActions({m_newBinding, m_endBinding, m_rebind, m_rebindSelected});
    menu->addSeparator();
    menu->addActions({m_schedule, m_settings});
}

void EditController::fillToolBar(QToolBar *bar) const
{
    // Short buttons; the step they take back or redo is in the tooltip (the
    // menu's actions carry it in their text).
    auto *undo = bar->addAction(tr("Undo"), m_stack, &QUndoStack::undo);
    auto *redo = bar->addAction(tr("Redo"), m_stack, &QUndoStack::redo);
    undo->setEnabled(m_stack->canUndo());
    redo->setEnabled(m_stack->canRedo());
    connect(m_stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &t) { undo->setToolTip(tr("Undo %1").arg(t)); });
    connect(m_stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &t) { redo->setToolTip(tr("Redo %1").arg(t)); });
}

void EditController::setBackend(model::Backend *backend)
{
    m_stack->clear(); // commands hold ids of the old backend's cloud
    m_backend = backend;
    updateActions();
}

void EditController::setSnapshot(model::SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    updateActions();
}

void EditController::setCurrentPod(int podIndex)
{
    m_currentPodId = m_snapshot && podIndex >= 0 && podIndex < m_snapshot->podCount()
                         ? str(m_snapshot->pods()[std::size_t(podIndex)].id)
                         : QString();
    updateActions();
}

void EditController::setPrompter(std::unique_ptr<Prompter> prompter) { m_prompter = std::move(prompter); }

bool EditController::canEdit() const { return m_backend && !m_backend->isReadOnly() && m_snapshot; }

void EditController::updateActions()
{
    const bool writable = canEdit();
    for (QAction *a : {m_newPod, m_newBinding, m_endBinding, m_rebind, m_schedule})
        a->setEnabled(writable);
    for (QAction *a : {m_editPod, m_deletePod, m_drain, m_maintenanceDrain})
        a->setEnabled(writable && !m_currentPodId.isEmpty());
    m_rebindSelected->setEnabled(writable && m_rebindCount > 0);
}

model::Result<sched::CloudState> EditController::fetchState()
{
    if (!m_backend)
        return model::Error{tr("not connected")};
    auto state = waitFor(m_backend->fetchState());
    if (!state)
        m_prompter->actionFailed(m_window, tr("Cannot Read the Cloud"), state.error());
    return state;
}

void EditController::commandFailed(const QString &what, const QString &error, std::function<QUndoCommand *()> retry)
{
    // A remote change may fail for a passing reason: offer to try it again
    // without a modal box. A local failure will not go away by retrying.
    if (retry && m_backend && m_backend->kind() == model::Backend::Kind::Remote) {
        m_banner->showNotice(NoticeBanner::Kind::Error, tr("Could not %1: %2").arg(what, error), tr("&Retry"),
                             [this, retry] { m_stack->push(retry()); });
        return;
    }
    m_prompter->actionFailed(m_window, tr("Change Failed"),
                             tr("Could not %1: %2\nThe undo history no longer holds this step.").arg(what, error));
}

void EditController::push(QUndoCommand *command) { m_stack->push(command); }

void EditController::commandCancelled(const QString &what)
{
    m_banner->showNotice(NoticeBanner::Kind::Warning,
                         tr("Stopped waiting for: %1. The server may still have applied it; refresh to see what the "
                            "cloud holds now.")
                             .arg(what),
                         tr("&Refresh"), [this] { emit refreshRequested(); });
}

void EditController::partialOutcome(const QString &text, const QString &actionText, std::function<void()> action)
{
    m_banner->showNotice(NoticeBanner::Kind::Warning, text, actionText, std::move(action));
}

// Pod dialogs and New Binding work on the snapshot shown (pods are whole
// there, bindings compact): no fresh load of every binding. The backend
// still refuses a change the snapshot was too old to foresee.
const sched::Pod *EditController::currentSnapshotPod() const
{
    const int i = m_snapshot ? m_snapshot->podIndex(m_currentPodId) : -1;
    return i < 0 ? nullptr : &m_snapshot->pods()[std::size_t(i)];
}

void EditController::newPod()
{
    if (!m_snapshot)
        return;
    PodDialog dialog(std::nullopt, m_snapshot->pods(), m_window);
    dialog.setRatiosEditable(m_backend && m_backend->kind() == model::Backend::Kind::Remote);
    if (m_prompter->run(dialog) == QDialog::Accepted)
        m_stack->push(new CreatePodCommand(*this, dialog.pod()));
}

void EditController::editPod()
{
    const sched::Pod *pod = currentSnapshotPod();
    if (!pod)
        return;
    const model::SnapshotPtr keep = m_snapshot; // the pod stays valid while the dialog runs
    PodDialog dialog(*pod, keep->pods(), m_window);
    dialog.setRatiosEditable(m_backend && m_backend->kind() == model::Backend::Kind::Remote);
    if (m_prompter->run(dialog) != QDialog::Accepted)
        return;
    // Checked as trio2o-sched pods set checks it (PodSettingsOperation), one undo step.
    auto preview = model::PodSettingsOperation::previewEdit(keep->pods(), keep->activeBindings(keep->podIndex(str(pod->id))),
                                                            dialog.pod());
    if (!preview) {
        m_prompter->actionFailed(m_window, tr("Change Failed"), preview.error());
        return;
    }
    m_stack->push(new EditPodCommand(*this, std::move(preview).value()));
}

void EditController::deletePod()
{
    const sched::Pod *pod = currentSnapshotPod();
    if (!pod)
        return;
    const model::SnapshotPtr keep = m_snapshot;
    const int bound = keep->activeBindings(keep->podIndex(m_currentPodId));
    if (bound > 0) {
        if (m_prompter->confirm(m_window, tr("Pod in Use"),
                                tr("%n tenant(s) are bound to %1; it cannot be deleted before they move. Drain it now?",
                                   nullptr, bound)
                                    .arg(str(pod->name)))) {
            const QString id = str(pod->id);
            emit drainRequested(id);
            drainPod(id);
        }
        return;
    }
    if (m_prompter->confirm(m_window, tr("Delete Pod"), tr("Delete pod %1? Undo brings it back.").arg(str(pod->name))))
        m_stack->push(new DeletePodCommand(*this, *pod));
}

void EditController::newBinding()
{
    if (!m_snapshot)
        return;
    const model::SnapshotPtr keep = m_snapshot;
    // Preselected: the scheduler's choice near the pod looked at, never one in maintenance or disabled.
    const int suggested =
        model::BindingSuggestion::podFor(*keep, ConsoleSettings().schedulerConfig(), keep->podIndex(m_currentPodId));
    BindingDialog dialog(keep, {}, suggested >= 0 ? str(keep->pods()[std::size_t(suggested)].id) : QString(), m_window);
    if (m_prompter->run(dialog) != QDialog::Accepted)
        return;
    const int pod = keep->podIndex(dialog.podId());
    m_stack->push(new BindCommand(*this, dialog.tenant().toStdString(), dialog.podId().toStdString(),
                                  pod >= 0 ? keep->podName(pod) : dialog.podId()));
}

void EditController::endBinding(const QString &tenantId, const QString &podOfBinding)
{
    if (!m_snapshot)
        return;
    const model::SnapshotPtr keep = m_snapshot;
    EndBindingDialog dialog(keep, tenantId, m_window);
    if (const int row = dialog.bindingCombo()->findData(podOfBinding); row >= 0)
        dialog.bindingCombo()->setCurrentIndex(row);
    if (m_prompter->run(dialog) != QDialog::Accepted || dialog.podId().isEmpty())
        return;
    // The snapshot names tenant and pod; the binding's id comes from one narrow query.
    const std::string tenant = dialog.tenant().toStdString(), podId = dialog.podId().toStdString();
    const QString podName = keep->podName(keep->podIndex(dialog.podId()));
    const auto bindings = waitFor(m_backend->listActiveBindingsOfTenant(tenant),
                                  tr("find the binding of %1 to %2").arg(dialog.tenant(), podName));
    if (!bindings) {
        m_prompter->actionFailed(m_window, tr("Cannot Read the Cloud"), bindings.error());
        return;
    }
    const auto b = std::find_if(bindings->begin(), bindings->end(),
                                [&](const sched::Binding &x) { return x.podId == podId; });
    if (b == bindings->end()) {
        m_prompter->actionFailed(m_window, tr("Change Failed"),
                                 tr("%1 is no longer bound to %2; refresh to see the bindings now.")
                                     .arg(dialog.tenant(), podName));
        return;
    }
    m_stack->push(new UnbindCommand(*this, *b, podName));
}

} // namespace gui

namespace gui {

void EditController::rebindTenant(const QString &tenant, const QString &podId)
{
    const auto state = fetchState();
    if (!state)
        return;
    // From a binding's row (or the Bindings tab's current row): that binding's
    // AZ and group, not the tenant's first binding.
    const bool fromMenu = tenant.isEmpty() && podId.isEmpty();
    RebindDialog dialog(state.value(), ConsoleSettings().schedulerConfig(), fromMenu ? m_currentBindingTenant : tenant,
                        fromMenu ? m_currentBindingPodId : podId, m_window);
    if (m_prompter->run(dialog) != QDialog::Accepted || dialog.chosenPodId().isEmpty())
        return;
    if (!m_prompter->confirm(m_window, tr("Rebind Tenant"),
                             tr("Move %1? The old binding ends (kept as history) and a new one starts.")
                                 .arg(dialog.summary())))
        return;
    // Decided and written as trio2o-sched rebind does it (RebindOperation), one undo step.
    const QString text = tr("rebind %1").arg(dialog.summary());
    const auto changes = dialog.changes();
    if (!changes) {
        commandFailed(text, changes.error(), {});
        return;
    }
    const model::TenantChange &move = changes->changes.front();
    m_stack->push(new RebindCommand(*this, move.change.tenantId, move.change.endBindingId, move.fromPodId, move.toPodId, text));
}

void EditController::setCurrentBinding(const QString &tenant, const QString &podId)
{
    m_currentBindingTenant = tenant;
    m_currentBindingPodId = podId;
}

} // namespace gui

namespace gui {

void EditController::drainPod(const QString &podId) { drain(podId, false); }

void EditController::maintenanceAndDrain(const QString &podId) { drain(podId, true); }

void EditController::drain(const QString &podId, bool maintenance)
{
    auto state = fetchState();
    if (!state)
        return;
    const std::string id = podId.isEmpty() ? m_currentPodId.toStdString() : podId.toStdString();
    const sched::Pod *pod = state->findPod(id);
    if (!pod)
        return;
    const QString name = str(pod->name);
    DrainDialog dialog(*m_backend, std::move(state.value()), ConsoleSettings().schedulerConfig(), id, maintenance, m_window);
    m_prompter->run(dialog);
    if (dialog.phase() == DrainDialog::Phase::Applying || !dialog.changedSomething())
        return; // the dialog stays open while applying
    const model::DrainPreview &p = dialog.preview();
    const int moved = p.list.count(model::TenantChange::Status::Applied);
    const QString text = p.changesPod ? tr("maintenance and drain %1 (%n tenant(s))", nullptr, moved).arg(name)
                                      : tr("drain %1 (%n tenant(s))", nullptr, moved).arg(name);
    const bool podChanged = p.changesPod;
    m_stack->push(new OperationCommand(*this, p.list, text, OperationCommand::First::Record,
                                       podChanged ? std::optional(p.pod) : std::nullopt,
                                       podChanged ? std::optional(p.podAfter) : std::nullopt));
}

void EditController::recordOperation(const model::ChangeList &done, const QString &text)
{
    if (m_backend && done.count(model::TenantChange::Status::Applied) > 0)
        m_stack->push(new OperationCommand(*this, done, text));
}

} // namespace gui

namespace gui {

void EditController::schedule()
{
    const auto state = fetchState();
    if (!state)
        return;
    ScheduleDialog dialog(state.value(), ConsoleSettings().schedulerConfig(), m_window);
    if (m_prompter->run(dialog) != QDialog::Accepted)
        return;
    const sched::Pod *toPod = state->findPod(dialog.podId().toStdString());
    const sched::Pod *fromPod = state->findPod(dialog.previousPodId().toStdString());
    if (!toPod || (dialog.outcome() != sched::Outcome::Bind && dialog.outcome() != sched::Outcome::Rebind))
        return;
    const QString text = dialog.outcome() == sched::Outcome::Bind || !fromPod
                             ? tr("bind %1 to %2").arg(dialog.tenant(), str(toPod->name))
                             : tr("rebind %1: %2 → %3").arg(dialog.tenant(), str(fromPod->name), str(toPod->name));
    // Written as trio2o-sched schedule writes it (ScheduleOperation): a decision
    // that departs from upstream ends the binding upstream would leave too.
    auto changes = dialog.changes(state.value());
    if (!changes) {
        commandFailed(text, changes.error(), {});
        return;
    }
    m_stack->push(new OperationCommand(*this, std::move(changes).value(), text, OperationCommand::First::Write));
}

void EditController::schedulerSettings()
{
    ConsoleSettings settings;
    SchedulerSettingsDialog dialog(settings.schedulerConfig(), m_window);
    if (m_prompter->run(dialog) == QDialog::Accepted) {
        settings.setSchedulerConfig(dialog.config());
        emit schedulerSettingsChanged();
    }
}

} // namespace gui

namespace gui {

void EditController::showFindings()
{
    const auto state = fetchState();
    if (!state)
        return;
    // Decided as trio2o-sched check --repair decides it (CheckOperation), with
    // the pods' placements it last recorded (a live cloud).
    const auto *remote = qobject_cast<const model::remote::RemoteBackend *>(m_backend);
    const QString placements = remote ? model::PodPlacements::pathBeside(remote->stateFile()) : QString();
    const auto seen = placements.isEmpty() ? model::Result<std::optional<model::PodPlacements>>(std::nullopt)
                                           : model::PodPlacements::load(placements);
    if (!seen) {
        m_prompter->actionFailed(m_window, tr("Cannot Check the Cloud"), seen.error());
        return;
    }
    model::CheckReport report = model::CheckOperation::preview(state.value(), ConsoleSettings().schedulerConfig(),
                                                               seen.value() ? &*seen.value() : nullptr);
    FindingsDialog dialog(report, canEdit(), m_window);
    if (m_prompter->run(dialog) != QDialog::Accepted || report.clean() || !canEdit())
        return;
    const int n = int(report.findings.size());
    // One undo step: the binding changes, then the second top regions deleted.
    if (!report.changes.changes.empty() || !report.podsToDelete.empty()) {
        m_stack->beginMacro(tr("repair %n inconsistency(ies)", nullptr, n));
        if (!report.changes.changes.empty())
            m_stack->push(new OperationCommand(*this, report.changes, tr("repair %n inconsistency(ies)", nullptr, n),
                                               OperationCommand::First::Write));
        for (const std::string &podId : report.podsToDelete)
            if (const sched::Pod *pod = state->findPod(podId))
                m_stack->push(new DeletePodCommand(*this, *pod));
        m_stack->endMacro();
    }
    if (!report.podsChanged())
        return;
    // A moved pod is accepted where it is now: nothing to write or undo, the
    // new placements recorded as check --repair records them.
    if (const model::Status s = model::CheckOperation::remember(placements, state.value(), report, true); !s)
        m_prompter->actionFailed(m_window, tr("Cannot Check the Cloud"), s.error());
    emit refreshRequested();
}

void EditController::setRebindSelection(int count, RebindSelection items)
{
    m_rebindCount = count;
    m_rebindItems = std::move(items);
    m_rebindSelected->setText(count > 0 ? tr("Rebind %n Se&lected Tenant(s)…", nullptr, count)
                                        : tr("Rebind Se&lected Tenants…"));
    m_rebindSelected->setToolTip(tr("Move the bindings of the rows selected in the Bindings or Tenants table, "
                                    "with a preview"));
    m_rebindSelected->setEnabled(canEdit() && count > 0);
}

void EditController::rebindSelected()
{
    std::vector<model::RebindItem> items = m_rebindItems ? m_rebindItems() : std::vector<model::RebindItem>();
    if (items.empty() || !canEdit())
        return;
    if (!m_backend)
        return;
    // The state is read and the scheduler's choices are made on a worker (seconds at a
    // million bindings); the GUI thread only waits, and frees the state on a worker too.
    const sched::SchedulerConfig config = ConsoleSettings().schedulerConfig();
    auto start = waitFor(RebindTenantsDialog::start(m_backend->fetchState(), config, items),
                         tr("work out where %n tenant(s) would move", nullptr, int(items.size())));
    if (!start) {
        m_prompter->actionFailed(m_window, tr("Cannot Read the Cloud"), start.error());
        return;
    }
    RebindTenantsDialog dialog(std::move(start).value(), config, std::move(items), m_window);
    const int answer = m_prompter->run(dialog);
    QThreadPool::globalInstance()->start([state = dialog.takeState()]() mutable { state.reset(); });
    if (answer != QDialog::Accepted)
        return;
    model::ChangeList planned = dialog.plannedChanges();
    if (planned.changes.empty())
        return;
    // One undo step for the whole batch, written as one change list (one transaction on the SQL store).
    m_stack->push(new OperationCommand(*this, std::move(planned),
                                       tr("rebind %n tenant(s)", nullptr, dialog.tenantCount()),
                                       OperationCommand::First::Write));
}

} // namespace gui
