// SPDX-License-Identifier: Apache-2.0
#include "schedulersettingsdialog.h"

#include "decisiontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gui {

SchedulerSettingsDialog::SchedulerSettingsDialog(const sched::SchedulerConfig &config, QWidget *parent)
    : QDialog(parent), m_policy(new QComboBox(this)), m_subset(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_threshold(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Scheduler Settings"));
    m_policy->addItem(tr("Weighted (the design: filters and weighers)"), int(sched::Policy::Weighted));
    m_policy->addItem(tr("Trio2o (exactly what upstream shipped)"), int(sched::Policy::Trio2o));
    auto *filters = new QGroupBox(tr("&Filters"), this);
    auto *filterGrid = new QGridLayout(filters);
    for (std::size_t f = 0; f < sched::kFilterCount; ++f) {
        m_filters[f] = new QCheckBox(model::DecisionText::filterName(sched::FilterKind(f)), filters);
        filterGrid->addWidget(m_filters[f], int(f / 2), int(f % 2));
    }
    auto *weighers = new QGroupBox(tr("&Weigher multipliers (0 = off)"), this);
    auto *weigherForm = new QFormLayout(weighers);
    for (std::size_t w = 0; w < sched::kWeigherCount; ++w) {
        m_multipliers[w] = new QDoubleSpinBox(weighers);
        m_multipliers[w]->setRange(-1e6, 1e6);
        m_multipliers[w]->setDecimals(3);
        weigherForm->addRow(model::DecisionText::weigherName(sched::WeigherKind(w)) + QLatin1Char(':'), m_multipliers[w]);
    }
    m_subset->setRange(1, 1000);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_threshold->setRange(0.01, 1.0);
    m_threshold->setSingleStep(0.05);
    auto *form = new QFormLayout;
    form->addRow(tr("&Policy:"), m_policy);
    form->addRow(tr("&Subset size (pick among the best N):"), m_subset);
    form->addRow(tr("S&eed for that pick:"), m_seed);
    form->addRow(tr("Default &threshold:"), m_threshold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(sched::SchedulerConfig{}); });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &SchedulerSettingsDialog::updateEnabled);
    auto *columns = new QHBoxLayout;
    columns->addWidget(filters, 1);
    columns->addWidget(weighers, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(columns);
    layout->addStretch();
    layout->addWidget(buttons);
    fill(config);
}

void SchedulerSettingsDialog::fill(const sched::SchedulerConfig &config)
{
    m_policy->setCurrentIndex(m_policy->findData(int(config.policy)));
    for (std::size_t f = 0; f < sched::kFilterCount; ++f)
        m_filters[f]->setChecked(config.filters.contains(sched::FilterKind(f)));
    for (std::size_t w = 0; w < sched::kWeigherCount; ++w)
        m_multipliers[w]->setValue(config.multipliers[w]);
    m_subset->setValue(int(config.subsetSize));
    m_seed->setValue(int(std::min<std::uint64_t>(config.seed, std::numeric_limits<int>::max())));
    m_threshold->setValue(config.defaultThreshold);
    updateEnabled();
}

void SchedulerSettingsDialog::updateEnabled()
{
    // The trio2o policy reproduces upstream: no filters or weighers to tune.
    const bool weighted = m_policy->currentData().toInt() == int(sched::Policy::Weighted);
    for (auto *c : m_filters)
        c->setEnabled(weighted);
    for (auto *s : m_multipliers)
        s->setEnabled(weighted);
    m_subset->setEnabled(weighted);
    m_seed->setEnabled(weighted);
}

sched::SchedulerConfig SchedulerSettingsDialog::config() const
{
    sched::SchedulerConfig c;
    c.policy = sched::Policy(m_policy->currentData().toInt());
    c.filters = sched::FilterSet::none();
    for (std::size_t f = 0; f < sched::kFilterCount; ++f)
        if (m_filters[f]->isChecked())
            c.filters.insert(sched::FilterKind(f));
    for (std::size_t w = 0; w < sched::kWeigherCount; ++w)
        c.multipliers[w] = m_multipliers[w]->value();
    c.subsetSize = std::uint32_t(m_subset->value());
    c.seed = std::uint64_t(m_seed->value());
    c.defaultThreshold = m_threshold->value();
    return c;
}

} // namespace gui
