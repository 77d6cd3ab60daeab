// SPDX-License-Identifier: Apache-2.0
#include "bindingdialog.h"

#include "icons.h"
#include "statevalidator.h"
#include "displayformat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }

QCompleter *tenantCompleter(const model::CloudSnapshot &snapshot, QObject *parent)
{
    auto *completer = new QCompleter(snapshot.tenantNames(), parent); // shared, not copied
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("QLabel { color: #a1160a; }"));
    label->setWordWrap(true);
    return label;
}

QString podLabel(const sched::Pod &p)
{
    const std::string group = sched::groupKey(p.tags);
    return BindingDialog::tr("%1 — AZ %2, %3")
        .arg(str(p.name), str(p.azName), model::StateValidator::groupLabel(group));
}
} // namespace

BindingDialog::BindingDialog(model::SnapshotPtr snapshot, const QString &tenant, const QString &podId, QWidget *parent)
    : QDialog(parent), m_snapshot(std::move(snapshot)), m_tenant(new QLineEdit(this)), m_pod(new QComboBox(this)),
      m_problem(makeProblemLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Binding"));
    setWindowIcon(icon(IconId::Bindings));
    m_tenant->setCompleter(tenantCompleter(*m_snapshot, this));
    m_tenant->setPlaceholderText(tr("tenant (project) id"));
    m_tenant->setText(tenant);
    // Pods by AZ, then name, both in natural order (az2 before az10).
    std::vector<int> pods;
    for (int p = 0; p < m_snapshot->podCount(); ++p)
        if (p != m_snapshot->topPod())
            pods.push_back(p);
    std::sort(pods.begin(), pods.end(), [this](int a, int b) {
        return std::pair(m_snapshot->podAzRank(a), m_snapshot->podNameRank(a))
             < std::pair(m_snapshot->podAzRank(b), m_snapshot->podNameRank(b));
    });
    // Filled in one step with three shared icons: 1,000 addItem() calls took 60 ms.
    const QIcon icons[] = {podStateIcon(sched::PodState::Enabled), podStateIcon(sched::PodState::Maintenance),
                           podStateIcon(sched::PodState::Disabled)};
    QList<QStandardItem *> items;
    items.reserve(qsizetype(pods.size()));
    for (int i : pods) {
        const sched::Pod &p = m_snapshot->pods()[std::size_t(i)];
        auto *item = new QStandardItem(icons[int(p.state)], podLabel(p));
        item->setData(str(p.id), Qt::UserRole);
        items.append(item);
    }
    auto *podModel = new QStandardItemModel(this);
    podModel->appendColumn(items);
    m_pod->setModel(podModel);
    // Wide enough for a long pod label without measuring every one on first show.
    m_pod->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pod->setMinimumContentsLength(40);
    // Nothing is preselected unless the caller names a pod (the scheduler's choice).
    m_pod->setCurrentIndex(m_pod->findData(podId));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Bind"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Pod:"), m_pod);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tenant, &QLineEdit::textChanged, this, &BindingDialog::validate);
    connect(m_pod, &QComboBox::currentIndexChanged, this, &BindingDialog::validate);
    setMinimumWidth(480);
    validate();
}

QString BindingDialog::tenant() const { return m_tenant->text().trimmed(); }
QString BindingDialog::podId() const { return m_pod->currentData().toString(); }

QString BindingDialog::problem() const
{
    if (tenant().isEmpty())
        return tr("Enter the tenant to bind.");
    const int podIndex = m_snapshot->podIndex(podId());
    if (podIndex < 0 || podIndex == m_snapshot->topPod())
        return tr("Choose a bottom pod (the top region cannot be bound).");
    const sched::Pod &pod = m_snapshot->pods()[std::size_t(podIndex)];
    const std::string group = sched::groupKey(pod.tags);
    const int t = m_snapshot->tenantNames().indexOf(tenant());
    for (const int i : t < 0 ? std::vector<int>() : m_snapshot->bindingsOfTenant(t)) {
        const model::BindingRow &b = m_snapshot->bindings()[std::size_t(i)];
        const sched::Pod &other = m_snapshot->pods()[std::size_t(b.pod)];
        if (b.active && other.azName == pod.azName && sched::groupKey(other.tags) == group)
            return tr("%1 is bound to %2 in AZ %3 and this group already; rebind it instead.")
                .arg(tenant(), str(other.name), str(pod.azName));
    }
    return {};
}

void BindingDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

EndBindingDialog::EndBindingDialog(model::SnapshotPtr snapshot, const QString &tenant, QWidget *parent)
    : QDialog(parent), m_snapshot(std::move(snapshot)), m_tenant(new QLineEdit(this)), m_binding(new QComboBox(this)),
      m_problem(makeProblemLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("End Binding"));
    setWindowIcon(icon(IconId::Bindings));
    m_tenant->setCompleter(tenantCompleter(*m_snapshot, this));
    m_tenant->setPlaceholderText(tr("tenant (project) id"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&End binding"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Binding:"), m_binding);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tenant, &QLineEdit::textChanged, this, &EndBindingDialog::fillBindings);
    m_tenant->setText(tenant);
    setMinimumWidth(480);
    fillBindings();
}

void EndBindingDialog::fillBindings()
{
    m_binding->clear();
    const int t = m_snapshot->tenantNames().indexOf(tenant());
    for (const int i : t < 0 ? std::vector<int>() : m_snapshot->bindingsOfTenant(t)) {
        const model::BindingRow &b = m_snapshot->bindings()[std::size_t(i)];
        if (!b.active)
            continue;
        const sched::Pod &pod = m_snapshot->pods()[std::size_t(b.pod)];
        m_binding->addItem(tr("%1, since %2").arg(podLabel(pod), model::DisplayFormat::dateTime(b.createdAtUs)),
                           str(pod.id));
    }
    const QString p = tenant().isEmpty() ? tr("Enter the tenant whose binding ends.")
                      : m_binding->count() == 0 ? tr("%1 has no active binding.").arg(tenant())
                                                : QString();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

QString EndBindingDialog::tenant() const { return m_tenant->text().trimmed(); }
QString EndBindingDialog::podId() const { return m_binding->currentData().toString(); }

} // namespace gui
