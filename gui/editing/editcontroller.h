// SPDX-License-Identifier: Apache-2.0
#pragma once

// Everything that changes the cloud from the console: the Edit menu's
// actions, the dialogs they open, and the undo stack their commands go on.
// Writes go through the Backend only; each change is one undo command.
// The main window owns it and hands it the backend, snapshot and selection.

#include "cloud.h"
#include "cloudsnapshot.h"
#include "commandhost.h"
#include "rebindbatchoperation.h"
#include "result.h"
#include "tenantchange.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QToolBar;
class QUndoStack;
class QWidget;

namespace gui {

class NoticeBanner;
class Prompter;

class EditController final : public QObject, public CommandHost
{
    Q_OBJECT

public:
    EditController(QWidget *window, NoticeBanner *banner);
    ~EditController() override;

    void setBackend(model::Backend *backend); // nullptr: none (clears the undo history)
    void setSnapshot(model::SnapshotPtr snapshot);
    void setCurrentPod(int podIndex);         // -1: none selected
    // The Bindings tab's current row: Rebind… from the Edit menu starts from it.
    void setCurrentBinding(const QString &tenant, const QString &podId);
    void setPrompter(std::unique_ptr<Prompter> prompter);
    Prompter &prompter() { return *m_prompter; }

    void fillEditMenu(QMenu *menu) const;
    void fillToolBar(QToolBar *bar) const;
    // Edit, delete, drain, maintenance and drain: for a pod's context menu (tree, pods table, dashboard).
    QList<QAction *> podActions() const { return {m_editPod, m_deletePod, m_drain, m_maintenanceDrain}; }
    // "Maintenance and Drain…" on the current pod (setCurrentPod).
    QAction *maintenanceDrainAction() const { return m_maintenanceDrain; }
    QUndoStack *undoStack() const { return m_stack; }
    bool canEdit() const; // connected, loaded and not a read-only snapshot
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    void newPod();
    void editPod();
    void deletePod();
    void newBinding();
    // Prefilled from a row when called from a context menu: the tenant, and
    // the pod whose binding ends or whose AZ and group the rebind starts from.
    void endBinding(const QString &tenant = {}, const QString &podId = {});
    void rebindTenant(const QString &tenant = {}, const QString &podId = {});
    // "Rebind N Tenants…" on the rows selected in the Bindings or Tenants table:
    // `count` names N (0 disables it); `items` gives the bindings when it is used.
    using RebindSelection = std::function<std::vector<model::RebindItem>()>;
    void setRebindSelection(int count, RebindSelection items);
    QAction *rebindSelectedAction() const { return m_rebindSelected; }
    void rebindSelected();
    void drainPod(const QString &podId = {}); // empty: the current pod
    // The one-step "enter maintenance and evacuate": the drain dialog with maintenance on.
    void maintenanceAndDrain(const QString &podId = {});
    // An operation applied elsewhere (the What-if tab's plan apply) as one undo step.
    void recordOperation(const model::ChangeList &done, const QString &text);
    void schedule();
    void schedulerSettings();
    // The server's inconsistencies (the findings banner's Show): each with its
    // repair; Repair All applies them as one undo step.
    void showFindings();

    // CommandHost
    model::Backend &backend() override { return *m_backend; }
    void push(QUndoCommand *command) override;
    void commandFailed(const QString &what, const QString &error, std::function<QUndoCommand *()> retry) override;
    void commandCancelled(const QString &what) override;
    void partialOutcome(const QString &text, const QString &actionText, std::function<void()> action) override;

signals:
    void drainRequested(const QString &podId); // delete pod refused: offer a drain
    void refreshRequested();                   // the cloud may differ from what is shown
    void schedulerSettingsChanged();           // saved in ConsoleSettings

private:
    void createActions();
    void updateActions();
    model::Result<sched::CloudState> fetchState();
    const sched::Pod *currentSnapshotPod() const;
    void drain(const QString &podId, bool maintenance);

    QWidget *m_window;
    NoticeBanner *m_banner;
    std::unique_ptr<Prompter> m_prompter;
    QUndoStack *m_stack;
    model::Backend *m_backend = nullptr;
    model::SnapshotPtr m_snapshot;
    QString m_currentPodId;
    QString m_currentBindingTenant, m_currentBindingPodId;
    int m_rebindCount = 0;
    RebindSelection m_rebindItems;
    QAction *m_rebindSelected = nullptr;
    QAction *m_undo, *m_redo;
    QAction *m_newPod, *m_editPod, *m_deletePod, *m_newBinding, *m_endBinding, *m_rebind, *m_drain, *m_maintenanceDrain, *m_schedule,
        *m_settings;
};

} // namespace gui
