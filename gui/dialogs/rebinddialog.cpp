// SPDX-License-Identifier: Apache-2.0
#include "rebinddialog.h"

#include "candidatetablemodel.h"
#include "checkoperation.h"
#include "decisiontext.h"
#include "engine.h"
#include "icons.h"
#include "naturalorder.h"
#include "rebindoperation.h"
#include "statevalidator.h"
#include "tenantid.h"

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
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

RebindDialog::RebindDialog(const sched::CloudState &state, const sched::SchedulerConfig &config, const QString &tenant,
                           const QString &fromPodId, QWidget *parent)
    : QDialog(parent), m_state(state), m_engine(std::make_unique<sched::Engine>(state, config)),
      m_tenant(new QLineEdit(this)), m_az(new QComboBox(this)), m_group(new QComboBox(this)),
      m_decision(new QLabel(this)), m_showAll(new QCheckBox(tr("Show all &pods (other AZs and groups too)"), this)),
      m_view(new QTableView(this)), m_model(new model::CandidateTableModel(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Rebind Tenant"));
    setWindowIcon(icon(IconId::Bindings));
    QSet<QString> tenants, azs, groups;
    for (const sched::Binding &b : state.bindings)
        if (b.active)
            tenants.insert(str(b.tenantId));
    for (const sched::Pod &p : state.pods) {
        if (p.isTop())
            continue;
        azs.insert(str(p.azName));
        groups.insert(str(sched::groupKey(p.tags)));
    }
    QStringList tenantList = tenants.values(), azList = azs.values(), groupList = groups.values();
    tenantList.sort();
    std::sort(azList.begin(), azList.end(), model::NaturalOrder());
    groupList.sort();
    auto *completer = new QCompleter(tenantList, this);
    completer->setFilterMode(Qt::MatchContains);
    m_tenant->setCompleter(completer);
    m_tenant->setPlaceholderText(tr("tenant (project) id"));
    for (const QString &az : azList)
        m_az->addItem(az, az);
    for (const QString &g : groupList)
        m_group->addItem(model::StateValidator::groupLabel(g.toStdString()), g);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rebind…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&AZ:"), m_az);
    form->addRow(tr("Pod &group:"), m_group);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_decision);
    auto *candidatesLabel = new QLabel(tr("&Candidate pods (pick another acceptable pod to override):"), this);
    candidatesLabel->setBuddy(m_view);
    auto *candidatesRow = new QHBoxLayout;
    candidatesRow->addWidget(candidatesLabel, 1);
    candidatesRow->addWidget(m_showAll);
    layout->addLayout(candidatesRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_az, &QComboBox::currentIndexChanged, this, &RebindDialog::explain);
    connect(m_group, &QComboBox::currentIndexChanged, this, &RebindDialog::explain);
    connect(m_showAll, &QCheckBox::toggled, this, &RebindDialog::explain);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RebindDialog::updateSummary);
    resize(1100, 520);
    m_tenant->setText(tenant);
    // Opened on a binding: that binding's AZ and group, not the tenant's first one.
    if (const sched::Pod *from = fromPodId.isEmpty() ? nullptr : state.findPod(fromPodId.toStdString()); from && !from->isTop())
        preselect(*from);
    else
        tenantChanged();
    connect(m_tenant, &QLineEdit::textChanged, this, &RebindDialog::tenantChanged);
}

RebindDialog::~RebindDialog() = default;

QString RebindDialog::tenant() const { return str(model::trimmedTenantId(m_tenant->text().toStdString())); }

QString RebindDialog::decisionText() const { return m_decision->text(); }

void RebindDialog::preselect(const sched::Pod &pod)
{
    {
        const QSignalBlocker blockAz(m_az), blockGroup(m_group);
        m_az->setCurrentIndex(m_az->findData(str(pod.azName)));
        m_group->setCurrentIndex(m_group->findData(str(sched::groupKey(pod.tags))));
    }
    explain();
}

void RebindDialog::tenantChanged()
{
    // Start from the tenant's first active binding: its AZ and group.
    const std::string t = tenant().toStdString();
    for (const sched::Binding &b : m_state.bindings) {
        const sched::Pod *pod = b.active && model::sameTenant(b.tenantId, t) ? m_state.findPod(b.podId) : nullptr;
        if (pod && !pod->isTop()) {
            preselect(*pod);
            return;
        }
    }
    explain();
}

int RebindDialog::findCurrent(const std::string &tenant, const std::string &az, const std::string &group)
{
    m_current = {};
    int found = 0;
    for (const sched::Binding &b : m_state.bindings) {
        const sched::Pod *pod = b.active && model::sameTenant(b.tenantId, tenant) ? m_state.findPod(b.podId) : nullptr;
        if (pod && pod->azName == az && sched::groupKey(pod->tags) == group) {
            m_current = b;
            ++found;
        }
    }
    return found;
}

void RebindDialog::explain()
{
    const std::string t = tenant().toStdString(), az = m_az->currentData().toString().toStdString(),
                      group = m_group->currentData().toString().toStdString();
    const int bound = findCurrent(t, az, group);
    m_model->setRows({});
    if (t.empty() || bound != 1) {
        m_current = {};
        const model::Status twice = model::CheckOperation::refuseWhileBoundTwice(m_state, t, az, group);
        m_decision->setText(t.empty() ? tr("Enter the tenant to move.")
                            : !twice  ? twice.error() // bound twice: which one moves would be a guess
                                      : tr("%1 has no binding in AZ %2 and this group: nothing to move (use New "
                                           "Binding).")
                                            .arg(tenant(), str(az)));
        updateSummary();
        return;
    }
    sched::Request request{t, az, *sched::parseGroup(group), std::nullopt, {m_current.podId}, std::nullopt};
    const sched::ResolveResult resolved = m_engine->resolve(request);
    if (!resolved.ok()) {
        m_decision->setText(tr("The request is not valid."));
        updateSummary();
        return;
    }
    const sched::Explanation e = m_engine->explain(resolved.request);
    showRows(e, az, group);
    const auto acceptable = std::count_if(m_model->rows().begin(), m_model->rows().end(),
                                          [](const model::CandidateRow &r) { return r.passed; });
    // A lone acceptable pod is compared with nothing: its weights normalise to 0.000.
    m_decision->setText(tr("Scheduler: %1").arg(model::DecisionText::decision(e.decision, *m_engine))
                        + (acceptable == 1 ? QLatin1Char('\n')
                                                 + tr("Only one pod is acceptable, so the weighers had nothing to "
                                                      "compare it with: its weights show as 0.000.")
                                           : QString()));
    m_view->resizeColumnsToContents();
    if (const int row = m_model->chosenRow(); row >= 0)
        m_view->selectRow(row);
    updateSummary();
}

// The pods of the chosen AZ and group first; the others only with "Show all
// pods". "Current" is the binding of this AZ and group, never one elsewhere.
void RebindDialog::showRows(const sched::Explanation &explanation, const std::string &az, const std::string &group)
{
    std::vector<model::CandidateRow> rows = model::CandidateTableModel::rowsFrom(explanation, &m_state);
    const QString current = str(m_current.podId);
    const auto here = [&](const model::CandidateRow &r) {
        const sched::Pod *pod = m_state.findPod(r.podId.toStdString());
        return pod && pod->azName == az && sched::groupKey(pod->tags) == group;
    };
    for (model::CandidateRow &r : rows)
        r.current = r.podId == current;
    const auto elsewhere = std::stable_partition(rows.begin(), rows.end(), here);
    if (!m_showAll->isChecked())
        rows.erase(elsewhere, rows.end());
    m_model->setRows(std::move(rows));
}

bool RebindDialog::selectPod(const QString &podId)
{
    const int row = m_model->rowOfPod(podId);
    if (row < 0 || !m_model->rows()[std::size_t(row)].passed)
        return false;
    m_view->selectRow(row);
    return true;
}

QString RebindDialog::chosenPodId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(model::CandidateTableModel::PodIdRole).toString();
}

QString RebindDialog::chosenPodName() const
{
    const sched::Pod *pod = m_state.findPod(chosenPodId().toStdString());
    return pod ? str(pod->name) : QString();
}

QString RebindDialog::summary() const
{
    const sched::Pod *from = m_state.findPod(m_current.podId);
    if (!from || chosenPodId().isEmpty())
        return {};
    return tr("%1: %2 → %3").arg(tenant(), str(from->name), chosenPodName());
}

model::Result<model::ChangeList> RebindDialog::changes() const
{
    if (m_current.id.empty() || chosenPodId().isEmpty())
        return model::Error{tr("nothing to move")};
    return model::RebindOperation::preview(m_state, m_current.tenantId, m_current.id, chosenPodId().toStdString());
}

void RebindDialog::updateSummary()
{
    const QString s = summary();
    m_summary->setText(s.isEmpty() ? QString() : tr("Move %1").arg(s));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!s.isEmpty());
}

} // namespace gui
