// SPDX-License-Identifier: Apache-2.0
#include "rebindtenantsdialog.h"

#include "icons.h"
#include "statevalidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>
#include <string_view>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

QFuture<model::Result<RebindTenantsDialog::Start>>
RebindTenantsDialog::start(QFuture<model::Result<sched::CloudState>> state, const sched::SchedulerConfig &config,
                           std::vector<model::RebindItem> items)
{
    // Not QFuture::then(): on Qt 6.4 a continuation of the store's promise raced
    // with its end. The worker waits for the read (on the store's own thread).
    return QtConcurrent::run([config, items = std::move(items), read = std::move(state)]() mutable -> model::Result<Start> {
        read.waitForFinished();
        if (read.resultCount() == 0)
            return model::Error{tr("the cloud could not be read")};
        model::Result<sched::CloudState> s = read.takeResult(); // moved, not copied
        if (!s)
            return model::Error{s.error()};
        auto shared = std::make_shared<const sched::CloudState>(std::move(s).value());
        auto preview = model::RebindBatchOperation::preview(*shared, config, items, {});
        return Start{std::move(shared), std::move(preview)};
    });
}

RebindTenantsDialog::RebindTenantsDialog(Start start, const sched::SchedulerConfig &config,
                                         std::vector<model::RebindItem> items, QWidget *parent)
    : QDialog(parent), m_state(std::move(start.state)), m_schedulerPreview(std::move(start.schedulerPreview)),
      m_config(config), m_items(std::move(items)), m_target(new QComboBox(this)),
      m_tree(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Rebind Tenants"));
    setWindowIcon(icon(IconId::Bindings));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Tenant"), tr("Move")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_target->addItem(tr("The scheduler's choice, each in its own AZ and group"), QString());
    resize(640, 420);
    updatePreview();
    fillTargets(); // from the preview: where the chosen bindings are
    connect(m_target, &QComboBox::currentIndexChanged, this, &RebindTenantsDialog::updatePreview);
}

QPushButton *RebindTenantsDialog::rebindButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

// A pod by hand besides the scheduler only when every chosen binding is in one
// AZ and group (read from the first preview: no second pass over the state).
void RebindTenantsDialog::fillTargets()
{
    std::set<std::string_view> from;
    for (const model::TenantChange &c : m_preview.changes)
        if (!c.fromPodId.empty())
            from.insert(c.fromPodId);
    std::set<std::pair<std::string, std::string>> places;
    for (const std::string_view id : from)
        if (const sched::Pod *p = m_state->findPod(id))
            places.emplace(p->azName, sched::groupKey(p->tags));
    if (places.size() != 1) {
        m_target->setToolTip(tr("The chosen bindings are in different AZs or groups: the scheduler chooses for each"));
        return;
    }
    const auto &[az, group] = *places.begin();
    for (const sched::Pod &p : m_state->pods)
        if (!p.isTop() && p.azName == az && sched::groupKey(p.tags) == group)
            m_target->addItem(podStateIcon(p.state),
                              tr("%1 — AZ %2, %3").arg(str(p.name), str(az), model::StateValidator::groupLabel(group)),
                              str(p.id));
}

void RebindTenantsDialog::updatePreview()
{
    m_tree->clear();
    // The scheduler's preview was made on a worker; a pod by hand needs no scheduler (quick).
    const std::string podId = m_target->currentData().toString().toStdString();
    const model::Result<model::ChangeList> preview =
        podId.empty() ? m_schedulerPreview : model::RebindBatchOperation::preview(*m_state, m_config, m_items, podId);
    m_preview = preview ? preview.value() : model::ChangeList();
    m_problem = preview ? QString() : preview.error();
    const int moving = m_preview.count(model::TenantChange::Status::Planned);
    const int stuck = m_preview.count(model::TenantChange::Status::Stuck);
    auto *moves = new QTreeWidgetItem(m_tree, {tr("Will move (%1)").arg(moving)});
    auto *refused = new QTreeWidgetItem(m_tree, {tr("Cannot move (%1)").arg(stuck)});
    for (const model::TenantChange &c : m_preview.changes) {
        if (c.status == model::TenantChange::Status::Planned) {
            new QTreeWidgetItem(moves, {str(c.tenantId), tr("%1 → %2 (%3)", "from pod → to pod (reason)")
                                                              .arg(c.fromPodName, c.toPodName, c.reason)});
        } else {
            auto *row = new QTreeWidgetItem(refused, {str(c.tenantId), c.reason});
            row->setForeground(1, QColor(0xa1, 0x16, 0x0a));
            row->setToolTip(1, c.reason);
        }
    }
    auto *targets = new QTreeWidgetItem(m_tree, {tr("Target pods (%1)").arg(m_preview.targets.size())});
    for (const model::TargetLoad &t : m_preview.targets)
        new QTreeWidgetItem(targets, {t.podName, tr("receives %n tenant(s)", nullptr, t.received)});
    m_tree->expandAll();
    if (!m_problem.isEmpty())
        m_summary->setText(m_problem);
    else
        // Tenants, not bindings: a tenant chosen in the Tenants table may move from several AZs.
        m_summary->setText(tr("%n tenant(s) will move, all in one step (one undo step).", nullptr, tenantCount())
                           + (stuck > 0 ? QLatin1Char('\n') + tr("%n cannot move (named above).", nullptr, stuck)
                                        : QString()));
    rebindButton()->setText(tr("&Rebind %n", nullptr, moving));
    rebindButton()->setEnabled(moving > 0);
}

model::ChangeList RebindTenantsDialog::plannedChanges() const
{
    model::ChangeList planned;
    for (const model::TenantChange &c : m_preview.changes)
        if (c.status == model::TenantChange::Status::Planned)
            planned.changes.push_back(c);
    planned.targets = m_preview.targets;
    return planned;
}

int RebindTenantsDialog::tenantCount() const
{
    std::set<std::string> tenants;
    for (const model::TenantChange &c : m_preview.changes)
        if (c.status == model::TenantChange::Status::Planned)
            tenants.insert(c.tenantId);
    return int(tenants.size());
}

} // namespace gui
