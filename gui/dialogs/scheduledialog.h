// SPDX-License-Identifier: Apache-2.0
#pragma once

// Schedule…: one decision for a tenant / AZ / group / size, with its full
// explanation (every pod, weights and rejections). Nothing is written until
// the operator presses Apply, the explicit second step.

#include "cloud.h"
#include "decision.h"
#include "rebindoperation.h"
#include "schedulerconfig.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sched {
class Engine;
}
namespace model {
class CandidateTableModel;
}

namespace gui {

class ScheduleDialog final : public QDialog
{
    Q_OBJECT

public:
    ScheduleDialog(const sched::CloudState &state, const sched::SchedulerConfig &config, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    QString tenant() const;
    sched::Outcome outcome() const { return m_outcome; }
    QString podId() const { return m_podId; }             // bind / rebind target
    QString previousPodId() const { return m_previousPodId; } // rebind: the pod left
    QString decisionText() const;
    // The accepted decision as the changes the schedule operation writes
    // (every binding it ends, the one upstream would leave bound too included).
    // Decides once more, on the dialog's engine: call once, after Apply.
    model::Result<model::ChangeList> changes(const sched::CloudState &state);

    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *azCombo() const { return m_az; }
    QComboBox *groupCombo() const { return m_group; }
    QCheckBox *sizeCheck() const { return m_sized; }
    QSpinBox *sizeSpin(sched::Resource r) const { return m_size[std::size_t(r)]; }
    QPushButton *applyButton() const { return m_apply; }
    model::CandidateTableModel *candidates() const { return m_model; }

private:
    void decide();
    // Refused while the tenant is bound twice in the chosen AZ and group.
    model::Status boundTwice() const;

    const sched::CloudState &m_state; // outlives the dialog (the caller's)
    std::unique_ptr<sched::Engine> m_engine;
    QLineEdit *m_tenant;
    QComboBox *m_az, *m_group;
    QCheckBox *m_sized;
    QSpinBox *m_size[sched::kResourceCount];
    QLabel *m_decision;
    QTableView *m_view;
    model::CandidateTableModel *m_model;
    QPushButton *m_apply;
    sched::Outcome m_outcome = sched::Outcome::Fail;
    QString m_podId, m_previousPodId;
};

} // namespace gui
