// SPDX-License-Identifier: Apache-2.0
#pragma once

// "Rebind N tenants…": the preview of moving several chosen bindings at once,
// a thin caller of model::RebindBatchOperation. The target is the scheduler's
// choice for each binding (inside its own AZ and group) or, when every chosen
// binding is in one AZ and group, one pod of it picked by hand. Each tenant
// shows from → to, and those that cannot move are named with the reason.
// Accepting hands back the planned changes (written as one undo step).

#include "rebindbatchoperation.h"

#include <QDialog>

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
    RebindTenantsDialog(const sched::CloudState &state, const sched::SchedulerConfig &config,
                        std::vector<model::RebindItem> items, QWidget *parent = nullptr);

    // The changes that will be written (the planned ones).
    model::ChangeList plannedChanges() const;
    const model::ChangeList &preview() const { return m_preview; }
    int tenantCount() const; // distinct tenants that will move
    QComboBox *targetCombo() const { return m_target; }
    QTreeWidget *previewTree() const { return m_tree; }
    QPushButton *rebindButton() const;
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QString problem() const { return m_problem; } // the whole batch refused (empty: not)

private:
    void fillTargets();
    void updatePreview();

    const sched::CloudState &m_state;
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
