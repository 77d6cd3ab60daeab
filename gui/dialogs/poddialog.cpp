// SPDX-License-Identifier: Apache-2.0
#include "poddialog.h"

#include "icons.h"
#include "naturalorder.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
std::string text(const QLineEdit *e) { return e->text().trimmed().toStdString(); }
QString tagsText(const sched::TagSet &tags) { return str(sched::groupKey(tags)); }
// Item data of the AZ list: the AZ name, "" for the top region, this for a new AZ.
const QString kNewAz = QStringLiteral("\x1fnew-az");
constexpr double kMinThreshold = 0.01, kMaxThreshold = 1.0, kMaxCost = 1e6, kMaxRatio = 1000.0;
} // namespace

PodDialog::PodDialog(std::optional<sched::Pod> existing, std::vector<sched::Pod> pods, QWidget *parent)
    : QDialog(parent), m_existing(std::move(existing)), m_pods(std::move(pods)), m_name(new QLineEdit(this)),
      m_az(new QLineEdit(this)), m_podAz(new QLineEdit(this)), m_dc(new QLineEdit(this)), m_tags(new QLineEdit(this)),
      m_azChoice(new QComboBox(this)), m_state(new QComboBox(this)), m_threshold(new QDoubleSpinBox(this)), m_cost(new QDoubleSpinBox(this)),
      m_vcpuRatio(new QDoubleSpinBox(this)), m_ramRatio(new QDoubleSpinBox(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_existing ? tr("Edit Pod %1").arg(str(m_existing->name)) : tr("New Pod"));
    setWindowIcon(icon(IconId::Pods));
    fillAzChoice();
    m_az->setPlaceholderText(tr("name of the new AZ"));
    m_podAz->setPlaceholderText(tr("the AZ name inside the pod (optional)"));
    m_tags->setPlaceholderText(tr("key:value,… (empty = general group)"));
    m_state->addItem(podStateIcon(sched::PodState::Enabled), tr("Enabled"));
    m_state->addItem(podStateIcon(sched::PodState::Maintenance), tr("Maintenance"));
    m_state->addItem(podStateIcon(sched::PodState::Disabled), tr("Disabled"));
    const QString units[] = {QString(), tr(" MB"), tr(" GB")};
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        m_capacity[r] = new QSpinBox(this);
        // Wider than allowed, so that a wrong number is shown and refused, not clamped.
        m_capacity[r]->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        m_capacity[r]->setSuffix(units[r]);
        m_capacity[r]->setGroupSeparatorShown(true);
    }
    m_threshold->setRange(-1000.0, 1000.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.9);
    m_cost->setRange(-1e9, 1e9);
    m_cost->setValue(1.0);
    for (QDoubleSpinBox *ratio : {m_vcpuRatio, m_ramRatio}) {
        ratio->setRange(-1e9, 1e9); // shown and refused, not clamped
        ratio->setSingleStep(0.5);
        ratio->setValue(1.0);
        ratio->setToolTip(tr("Nova's overcommit: the hypervisor statistics count physical vCPUs and RAM, and the "
                             "capacity is that total times this ratio. Not used when the region has Placement."));
    }
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a1160a; }"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *azRow = new QHBoxLayout;
    azRow->addWidget(m_azChoice, 1);
    azRow->addWidget(m_az, 1);
    form->addRow(tr("&AZ:"), azRow);
    form->addRow(tr("&Pod AZ:"), m_podAz);
    form->addRow(tr("&Data centre:"), m_dc);
    form->addRow(tr("Affinity &tags:"), m_tags);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("Capacity, &vCPUs:"), m_capacity[0]);
    form->addRow(tr("Capacity, &RAM:"), m_capacity[1]);
    form->addRow(tr("Capacity, d&isk:"), m_capacity[2]);
    form->addRow(tr("T&hreshold:"), m_threshold);
    form->addRow(tr("&Cost:"), m_cost);
    form->addRow(tr("vCPU &overcommit:"), m_vcpuRatio);
    form->addRow(tr("RAM overco&mmit:"), m_ramRatio);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_az, m_podAz, m_dc, m_tags})
        connect(e, &QLineEdit::textChanged, this, &PodDialog::validate);
    for (QSpinBox *spin : m_capacity)
        connect(spin, &QSpinBox::valueChanged, this, &PodDialog::validate);
    for (QDoubleSpinBox *spin : {m_threshold, m_cost, m_vcpuRatio, m_ramRatio})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PodDialog::validate);
    connect(m_azChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_az->setEnabled(m_azChoice->currentData().toString() == kNewAz);
        if (m_az->isEnabled())
            m_az->setFocus();
        validate();
    });
    m_az->setEnabled(m_azChoice->currentData().toString() == kNewAz);
    if (m_existing)
        fill(*m_existing);
    setMinimumWidth(460);
    validate();
}

void PodDialog::fill(const sched::Pod &pod)
{
    m_name->setText(str(pod.name));
    chooseAz(str(pod.azName));
    m_podAz->setText(str(pod.podAzName));
    m_dc->setText(str(pod.dcName));
    m_tags->setText(tagsText(pod.tags));
    m_state->setCurrentIndex(int(pod.state));
    for (std::size_t r = 0; r < sched::kResourceCount; ++r)
        m_capacity[r]->setValue(int(std::min<std::int64_t>(pod.capacity[r], std::numeric_limits<int>::max())));
    m_threshold->setValue(pod.threshold);
    m_cost->setValue(pod.cost);
    m_vcpuRatio->setValue(pod.vcpuRatio);
    m_ramRatio->setValue(pod.ramRatio);
}

void PodDialog::setRatiosEditable(bool editable)
{
    for (QDoubleSpinBox *ratio : {m_vcpuRatio, m_ramRatio}) {
        ratio->setEnabled(editable);
        if (!editable)
            ratio->setToolTip(tr("Only a live cloud's usage, collected from hypervisor statistics, is multiplied; "
                                 "a database keeps capacity as entered."));
    }
}

QString PodDialog::problem() const
{
    const std::string name = text(m_name);
    if (name.empty())
        return tr("The pod needs a name (its Keystone region name).");
    if (const QString az = azProblem(); !az.isEmpty())
        return az;
    const std::string selfId = m_existing ? m_existing->id : std::string();
    for (const sched::Pod &p : m_pods) {
        if (p.id == selfId)
            continue;
        if (p.name == name)
            return tr("A pod named %1 exists already.").arg(str(name));
        if (p.isTop() && chosenAz().isEmpty())
            return tr("%1 is the top region already; a pod without an AZ would be a second one.").arg(str(p.name));
    }
    if (!sched::parseGroup(text(m_tags)))
        return tr("Affinity tags are written key:value, separated by commas, each key once.");
    return numberProblem();
}

QString PodDialog::azProblem() const
{
    if (m_azChoice->currentData().toString() != kNewAz)
        return {};
    if (text(m_az).empty())
        return tr("Type the name of the new AZ, or choose an existing AZ from the list.");
    if (m_azChoice->findData(m_az->text().trimmed()) >= 0)
        return tr("AZ %1 exists already: choose it from the list.").arg(m_az->text().trimmed());
    return {};
}

QString PodDialog::numberProblem() const
{
    const QLocale locale;
    const QString names[] = {tr("vCPUs"), tr("RAM"), tr("disk")};
    for (std::size_t r = 0; r < sched::kResourceCount; ++r)
        if (m_capacity[r]->value() < 0)
            return tr("The capacity of %1 cannot be negative (%2 given).")
                .arg(names[r], locale.toString(m_capacity[r]->value()));
    if (m_threshold->value() < kMinThreshold || m_threshold->value() > kMaxThreshold)
        return tr("The threshold is a share of the capacity from %1 to %2 (%3 given).")
            .arg(locale.toString(kMinThreshold, 'f', 2), locale.toString(kMaxThreshold, 'f', 2),
                 locale.toString(m_threshold->value(), 'f', 2));
    if (m_cost->value() < 0 || m_cost->value() > kMaxCost)
        return tr("The cost is a number from 0 to %1 (%2 given).")
            .arg(locale.toString(kMaxCost, 'f', 0), locale.toString(m_cost->value(), 'f', 2));
    for (const QDoubleSpinBox *ratio : {m_vcpuRatio, m_ramRatio})
        if (ratio->value() <= 0 || ratio->value() > kMaxRatio)
            return tr("An overcommit ratio is a number above 0 and at most %1 (%2 given).")
                .arg(locale.toString(kMaxRatio, 'f', 0), locale.toString(ratio->value(), 'f', 2));
    return {};
}

void PodDialog::fillAzChoice()
{
    QStringList azs;
    for (const sched::Pod &p : m_pods)
        if (!p.isTop() && !azs.contains(str(p.azName)))
            azs.append(str(p.azName));
    std::sort(azs.begin(), azs.end(), model::NaturalOrder());
    for (const QString &az : azs)
        m_azChoice->addItem(az, az);
    m_azChoice->addItem(tr("(none: the top region, Trio2o itself)"), QString());
    m_azChoice->addItem(tr("New AZ…"), kNewAz);
    m_azChoice->setCurrentIndex(azs.isEmpty() ? m_azChoice->count() - 1 : 0);
}

void PodDialog::chooseAz(const QString &az)
{
    const int existing = m_azChoice->findData(az);
    m_azChoice->setCurrentIndex(existing >= 0 ? existing : m_azChoice->findData(kNewAz));
    if (existing < 0)
        m_az->setText(az);
}

QString PodDialog::chosenAz() const
{
    const QString data = m_azChoice->currentData().toString();
    return data == kNewAz ? m_az->text().trimmed() : data;
}

void PodDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

sched::Pod PodDialog::pod() const
{
    sched::Pod pod = m_existing.value_or(sched::Pod{});
    if (!m_existing) {
        pod.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        pod.createdAtUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    }
    pod.name = text(m_name);
    pod.azName = chosenAz().toStdString();
    pod.podAzName = text(m_podAz);
    pod.dcName = text(m_dc);
    pod.tags = sched::parseGroup(text(m_tags)).value_or(sched::TagSet{});
    pod.state = sched::PodState(m_state->currentIndex());
    for (std::size_t r = 0; r < sched::kResourceCount; ++r)
        pod.capacity[r] = m_capacity[r]->value();
    pod.threshold = m_threshold->value();
    pod.cost = m_cost->value();
    pod.vcpuRatio = m_vcpuRatio->value();
    pod.ramRatio = m_ramRatio->value();
    return pod;
}

} // namespace gui
