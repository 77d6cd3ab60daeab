// SPDX-License-Identifier: Apache-2.0
#pragma once

// New / edit pod: every field of a pod, checked as you type (name unique,
// one top region, tags "key:value,...", numbers in range), with what is wrong
// under the form. The AZ is picked from the existing ones; a new AZ is an
// explicit choice ("New AZ…") with its name typed beside it, so a typo never
// creates an AZ. Numbers out of range are refused with a message, not clamped.

#include "cloud.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gui {

class PodDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` nullopt: a new pod. `pods`: every pod, for the checks.
    PodDialog(std::optional<sched::Pod> existing, std::vector<sched::Pod> pods, QWidget *parent = nullptr);

    sched::Pod pod() const; // the pod as filled in (a new uuid for a new one)
    QString problem() const; // empty when the form is valid

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *azCombo() const { return m_azChoice; }
    QLineEdit *azEdit() const { return m_az; } // the name of a new AZ
    // Picks `az` in the list, or "New AZ…" with the name typed in (tests, fill()).
    void chooseAz(const QString &az);
    QLineEdit *podAzEdit() const { return m_podAz; }
    QLineEdit *dcEdit() const { return m_dc; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *stateCombo() const { return m_state; }
    QSpinBox *capacitySpin(sched::Resource r) const { return m_capacity[std::size_t(r)]; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QDoubleSpinBox *costSpin() const { return m_cost; }
    QDoubleSpinBox *vcpuRatioSpin() const { return m_vcpuRatio; }
    QDoubleSpinBox *ramRatioSpin() const { return m_ramRatio; }
    // The overcommit ratios multiply collected usage (a live cloud); off for a database.
    void setRatiosEditable(bool editable);
    QLabel *problemLabel() const { return m_problem; }

private:
    void fill(const sched::Pod &pod);
    void validate();
    QString numberProblem() const;
    QString azProblem() const;
    QString chosenAz() const;
    void fillAzChoice();

    std::optional<sched::Pod> m_existing;
    std::vector<sched::Pod> m_pods;
    QLineEdit *m_name, *m_az, *m_podAz, *m_dc, *m_tags;
    QComboBox *m_azChoice, *m_state;
    QSpinBox *m_capacity[sched::kResourceCount];
    QDoubleSpinBox *m_threshold, *m_cost, *m_vcpuRatio, *m_ramRatio;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
