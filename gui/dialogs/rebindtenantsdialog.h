// SPDX-License-Identifier: Apache-2.0
#pragma once

// "Rebind N tenants…": the preview of moving several chosen bindings at once,
// a thin caller of model::RebindBatchOperation. The target is the scheduler's
// choice for each binding (inside its own AZ and group) or, when every chosen
// binding is in one AZ and group, one pod of it picked by hand. Each tenant
// shows from → to, and those that cannot move are named with the reason.
// Accepting hands back the planned changes (written as one undo step).
// At a million bindings the scheduler's preview takes seconds: start() makes
// it on a worker with the state read; the dialog then opens at once, and a
// pod chosen by hand (no scheduler) is previewed on the spot.

#include "rebindbatchoperation.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace gui {

class RebindTenantsDialog final : public QDialog
{
    Q_OBJECT

public:
    // The state and the scheduler's preview, made together on a worker.
    struct Start {
        std::shared_ptr<const sched::CloudState> state;
        model::Result<model::ChangeList> schedulerPreview;
    };
    static QFuture<model::Result<Start>> start(QFuture<model::Result<sched::CloudState>> state,
                                               const sched::SchedulerConfig &config, std::vector<model::RebindItem> items);

    RebindTenantsDialog(Start start, const sched::SchedulerConfig &config, std::vector<model::RebindItem> items,
                        QWidget *parent = nullptr);

    // The changes that will be written (the planned ones).
    model::ChangeList plannedChanges() const;
    const model::ChangeList &preview() const { return m_preview; }
    int tenantCount() const; // distinct tenants that will move
    QComboBox *targetCombo() const { return m_target; }
    QTreeWidget *previewTree() const { return m_tree; }
    QPushButton *rebindButton() const;
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QLabel *summaryLabel() const { return m_summary; }
    QString problem() const { return m_problem; } // the whole batch refused (empty: not)
    // Hands the state over (to be freed off the GUI thread); the dialog is done with it.
    std::shared_ptr<const sched::CloudState> takeState() { return std::move(m_state); }

private:
    void fillTargets();
    void updatePreview();

    std::shared_ptr<const sched::CloudState> m_state;
    model::Result<model::ChangeList> m_schedulerPreview;
    sched::SchedulerConfig m_config;
    std::vector<model::RebindItem> m_items;
    model::ChangeList m_preview;
    QString m_problem;
    QComboBox *m_target;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
