// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rebind tenant: pick tenant, AZ and group; the scheduler explains its choice
// (every acceptable pod ranked by total weight with each weigher's share,
// every rejected pod with the filter and its reason). The recommended pod is
// preselected; the operator may pick another acceptable one. The summary
// says old → new before anything is written.

#include "cloud.h"
#include "schedulerconfig.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sched {
class Engine;
}
namespace model {
class CandidateTableModel;
}

namespace gui {

class RebindDialog final : public QDialog
{
    Q_OBJECT

public:
    RebindDialog(const sched::CloudState &state, const sched::SchedulerConfig &config, const QString &tenant,
                 QWidget *parent = nullptr);
    ~RebindDialog() override;

    QString tenant() const;
    sched::Binding currentBinding() const { return m_current; } // empty id: none in this AZ and group
    QString chosenPodId() const;
    QString chosenPodName() const;
    QString summary() const; // "tenant: Pod-A → Pod-B"

    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *azCombo() const { return m_az; }
    QComboBox *groupCombo() const { return m_group; }
    QTableView *candidateView() const { return m_view; }
    model::CandidateTableModel *candidates() const { return m_model; }
    bool selectPod(const QString &podId); // false when it is not acceptable

private:
    void tenantChanged();
    void explain();
    void updateSummary();

    const sched::CloudState &m_state;
    std::unique_ptr<sched::Engine> m_engine;
    sched::Binding m_current;
    QLineEdit *m_tenant;
    QComboBox *m_az, *m_group;
    QLabel *m_decision;
    QTableView *m_view;
    model::CandidateTableModel *m_model;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
