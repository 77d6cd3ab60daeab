// SPDX-License-Identifier: Apache-2.0
#pragma once

// Scheduler settings: policy (weighted / trio2o), filters on/off, weigher
// multipliers, subset size and seed, default threshold. The dialogs of the
// console (rebind, drain, schedule) decide with what is saved here.

#include "schedulerconfig.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace gui {

class SchedulerSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulerSettingsDialog(const sched::SchedulerConfig &config, QWidget *parent = nullptr);

    sched::SchedulerConfig config() const;
    QComboBox *policyCombo() const { return m_policy; }
    QCheckBox *filterCheck(sched::FilterKind f) const { return m_filters[std::size_t(f)]; }
    QDoubleSpinBox *multiplierSpin(sched::WeigherKind w) const { return m_multipliers[std::size_t(w)]; }
    QSpinBox *subsetSpin() const { return m_subset; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }

private:
    void fill(const sched::SchedulerConfig &config);
    void updateEnabled();

    QComboBox *m_policy;
    std::array<QCheckBox *, sched::kFilterCount> m_filters{};
    std::array<QDoubleSpinBox *, sched::kWeigherCount> m_multipliers{};
    QSpinBox *m_subset;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_threshold;
};

} // namespace gui
