// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rebind tenant: pick tenant, AZ and group - prefilled from the binding the
// dialog was opened on; the scheduler explains its choice (every acceptable
// pod ranked by total weight with each weigher's share, every rejected pod
// with the filter and its reason, sizes in GiB and TiB). The pods of the
// chosen AZ and group come first; the others only behind "Show all pods".
// "Current" marks the tenant's binding in the chosen AZ and group only. The
// recommended pod is preselected; the operator may pick another acceptable
// one. While the tenant is bound twice there the dialog says so and offers
// nothing (trio2o-sched check --repair first). The summary says old → new
// before anything is written; RebindOperation writes it.

#include "cloud.h"
#include "result.h"
#include "schedulerconfig.h"
#include "tenantchange.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sched {
class Engine;
struct Explanation;
}
namespace model {
class CandidateTableModel;
}

namespace gui {

class RebindDialog final : public QDialog
{
    Q_OBJECT

public:
    // `fromPodId`: the pod of the binding the dialog opens on (its AZ and
    // group are preselected); empty: the tenant's first active binding.
    RebindDialog(const sched::CloudState &state, const sched::SchedulerConfig &config, const QString &tenant,
                 const QString &fromPodId = {}, QWidget *parent = nullptr);
    ~RebindDialog() override;

    QString tenant() const;
    sched::Binding currentBinding() const { return m_current; } // empty id: none in this AZ and group
    QString chosenPodId() const;
    QString chosenPodName() const;
    QString summary() const; // "tenant: Pod-A → Pod-B"
    QString decisionText() const;
    // The move as RebindOperation previews it (and then writes it).
    model::Result<model::ChangeList> changes() const;

    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *azCombo() const { return m_az; }
    QComboBox *groupCombo() const { return m_group; }
    QCheckBox *showAllCheck() const { return m_showAll; }
    QTableView *candidateView() const { return m_view; }
    model::CandidateTableModel *candidates() const { return m_model; }
    bool selectPod(const QString &podId); // false when it is not acceptable

private:
    void tenantChanged();
    void preselect(const sched::Pod &pod);
    void explain();
    // The tenant's bindings in the chosen AZ and group; sets m_current when there is one.
    int findCurrent(const std::string &tenant, const std::string &az, const std::string &group);
    void showRows(const sched::Explanation &explanation, const std::string &az, const std::string &group);
    void updateSummary();

    const sched::CloudState &m_state;
    std::unique_ptr<sched::Engine> m_engine;
    sched::Binding m_current;
    QLineEdit *m_tenant;
    QComboBox *m_az, *m_group;
    QLabel *m_decision;
    QCheckBox *m_showAll;
    QTableView *m_view;
    model::CandidateTableModel *m_model;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
