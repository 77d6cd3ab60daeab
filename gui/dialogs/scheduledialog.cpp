// SPDX-License-Identifier: Apache-2.0
#include "scheduledialog.h"

#include "candidatetablemodel.h"
#include "checkoperation.h"
#include "decisiontext.h"
#include "engine.h"
#include "statevalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

ScheduleDialog::ScheduleDialog(const sched::CloudState &state, const sched::SchedulerConfig &config, QWidget *parent)
    : QDialog(parent), m_state(state), m_engine(std::make_unique<sched::Engine>(state, config)), m_tenant(new QLineEdit(this)),
      m_az(new QComboBox(this)), m_group(new QComboBox(this)), m_sized(new QCheckBox(tr("Request &size:"), this)),
      m_decision(new QLabel(this)), m_view(new QTableView(this)), m_model(new model::CandidateTableModel(this)),
      m_apply(new QPushButton(tr("&Apply"), this))
{
    setWindowTitle(tr("Schedule"));
    QSet<QString> tenants, azs, groups;
    for (const sched::Binding &b : state.bindings)
        tenants.insert(str(b.tenantId));
    for (const sched::Pod &p : state.pods)
        if (!p.isTop()) {
            azs.insert(str(p.azName));
            groups.insert(str(sched::groupKey(p.tags)));
        }
    QStringList tenantList = tenants.values(), azList = azs.values(), groupList = groups.values();
    tenantList.sort();
    azList.sort();
    groupList.sort();
    auto *completer = new QCompleter(tenantList, this);
    completer->setFilterMode(Qt::MatchContains);
    m_tenant->setCompleter(completer);
    m_tenant->setPlaceholderText(tr("tenant (project) id"));
    m_az->addItem(tr("any bottom AZ"), QString());
    for (const QString &az : azList)
        m_az->addItem(az, az);
    for (const QString &g : groupList)
        m_group->addItem(model::StateValidator::groupLabel(g.toStdString()), g);
    auto *sizeRow = new QHBoxLayout;
    const QString units[] = {tr(" vCPUs"), tr(" MB"), tr(" GB")};
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        m_size[r] = new QSpinBox(this);
        m_size[r]->setRange(0, 1 << 30);
        m_size[r]->setSuffix(units[r]);
        m_size[r]->setEnabled(false);
        sizeRow->addWidget(m_size[r]);
        connect(m_size[r], &QSpinBox::valueChanged, this, &ScheduleDialog::decide);
        connect(m_sized, &QCheckBox::toggled, m_size[r], &QWidget::setEnabled);
    }
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_decision->setWordWrap(true);
    QFont bold = m_decision->font();
    bold.setBold(true);
    m_decision->setFont(bold);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&AZ:"), m_az);
    form->addRow(tr("Pod &group:"), m_group);
    form->addRow(m_sized, sizeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_decision);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_tenant, &QLineEdit::textChanged, this, &ScheduleDialog::decide);
    connect(m_az, &QComboBox::currentIndexChanged, this, &ScheduleDialog::decide);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ScheduleDialog::decide);
    connect(m_sized, &QCheckBox::toggled, this, &ScheduleDialog::decide);
    resize(1100, 560);
    decide();
}

ScheduleDialog::~ScheduleDialog() = default;

QString ScheduleDialog::tenant() const { return m_tenant->text().trimmed(); }

QString ScheduleDialog::decisionText() const { return m_decision->text(); }

model::Result<model::ChangeList> ScheduleDialog::changes(const sched::CloudState &state)
{
    std::optional<sched::Amounts> size;
    if (m_sized->isChecked())
        size = sched::Amounts{m_size[0]->value(), m_size[1]->value(), m_size[2]->value()};
    if (const model::Status twice = boundTwice(); !twice)
        return model::Error{twice.error()};
    const auto resolved = m_engine->resolve(tenant().toStdString(), m_az->currentData().toString().toStdString(),
                                            m_group->currentData().toString().toStdString(), size);
    if (!resolved.ok())
        return model::Error{tr("The request is not valid (tenant, AZ or group).")};
    m_engine->select(resolved.request);
    return model::ScheduleOperation::fromEngine(*m_engine, state);
}

model::Status ScheduleDialog::boundTwice() const
{
    // The group as the engine reads it: the combo holds canonical keys.
    return model::CheckOperation::refuseWhileBoundTwice(m_state, tenant().toStdString(),
                                                       m_az->currentData().toString().toStdString(),
                                                       m_group->currentData().toString().toStdString());
}

void ScheduleDialog::decide()
{
    m_outcome = sched::Outcome::Fail;
    m_podId.clear();
    m_previousPodId.clear();
    m_model->setRows({});
    m_apply->setEnabled(false);
    if (tenant().isEmpty()) {
        m_decision->setText(tr("Enter a tenant to see where it would go."));
        return;
    }
    if (const model::Status twice = boundTwice(); !twice) {
        m_decision->setText(twice.error()); // as trio2o-sched schedule refuses it
        return;
    }
    std::optional<sched::Amounts> size;
    if (m_sized->isChecked())
        size = sched::Amounts{m_size[0]->value(), m_size[1]->value(), m_size[2]->value()};
    const auto resolved = m_engine->resolve(tenant().toStdString(), m_az->currentData().toString().toStdString(),
                                            m_group->currentData().toString().toStdString(), size);
    if (!resolved.ok()) {
        m_decision->setText(tr("The request is not valid (tenant, AZ or group)."));
        return;
    }
    const sched::Explanation e = m_engine->explain(resolved.request);
    const sched::Decision &d = e.decision;
    m_outcome = d.outcome;
    if (d.outcome != sched::Outcome::Fail)
        m_podId = str(d.podId);
    if (d.outcome == sched::Outcome::Rebind)
        m_previousPodId = str(d.previousPodId);
    m_decision->setText(tr("%1: %2").arg(model::DecisionText::outcomeName(d.outcome),
                                         model::DecisionText::decision(d, *m_engine)));
    m_model->setRows(model::CandidateTableModel::rowsFrom(e));
    m_view->resizeColumnsToContents();
    m_apply->setEnabled(d.changesBindings());
}

} // namespace gui
