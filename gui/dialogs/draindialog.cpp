#include "draindialog.h"

#include "backend.h"
#include "icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

DrainDialog::DrainDialog(model::Backend &backend, sched::CloudState state, const sched::SchedulerConfig &config,
                         const std::string &podId, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_header(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)), m_drain(new QPushButton(tr("&Drain"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Drain Pod"));
    setWindowIcon(icon(IconId::Pods));
    m_header->setWordWrap(true);
    m_header->setText(tr("Working out where every tenant would go…"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Tenant"), tr("Moves to / why it cannot move")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_drain->setEnabled(false);
    m_drain->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_drain, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_drain, &QPushButton::clicked, this, &DrainDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &DrainDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 480);

    // The preview runs on a copy of the state, off the GUI thread.
    connect(&m_preview, &QFutureWatcherBase::finished, this, [this] {
        if (m_preview.future().resultCount())
            showPlan(m_preview.result());
    });
    m_progress->setRange(0, 0);
    m_preview.setFuture(QtConcurrent::run([state = std::move(state), config, podId] {
        return model::DrainPlanner::plan(state, config, podId);
    }));
}

DrainDialog::~DrainDialog() { m_preview.waitForFinished(); }

void DrainDialog::setPhase(Phase phase)
{
    m_phase = phase;
    emit phaseChanged(phase);
}

void DrainDialog::showPlan(const model::Result<model::DrainPlan> &plan)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!plan) {
        m_header->setText(tr("No preview: %1").arg(plan.error()));
        setPhase(Phase::Done);
        return;
    }
    m_plan = plan.value();
    const QString willMove = tr("Draining %1: %n tenant(s) will move.", nullptr, int(m_plan.moves.size())).arg(m_plan.podName);
    const QString cannotMove = tr("%n tenant(s) cannot move.", nullptr, int(m_plan.stuck.size()));
    m_header->setText(tr("%1 %2", "drain preview: the tenants that move, the tenants that cannot").arg(willMove, cannotMove));
    auto *moving = new QTreeWidgetItem(m_tree, {tr("Will move (%1)").arg(m_plan.moves.size())});
    for (const model::DrainMove &m : m_plan.moves)
        new QTreeWidgetItem(moving, {str(m.tenantId), tr("→ %1").arg(m.toPodName)});
    auto *stuck = new QTreeWidgetItem(m_tree, {tr("Cannot move (%1)").arg(m_plan.stuck.size())});
    for (const model::DrainStuck &s : m_plan.stuck)
        new QTreeWidgetItem(stuck, {str(s.tenantId), s.reason});
    m_tree->expandAll();
    m_progress->setRange(0, std::max<int>(1, int(m_plan.moves.size())));
    m_drain->setEnabled(!m_plan.moves.empty());
    setPhase(Phase::Ready);
}

void DrainDialog::apply()
{
    m_drain->setEnabled(false);
    m_cancelRequested = false;
    setPhase(Phase::Applying);
    if (m_backend.kind() == model::Backend::Kind::Local)
        applyLocal();
    else
        applyNextRemote();
}

void DrainDialog::applyLocal()
{
    std::vector<model::BindingChange> changes;
    for (const model::DrainMove &m : m_plan.moves)
        changes.push_back({m.tenantId, m.bindingId, m.toPodId, {}, 0});
    auto *watcher = new QFutureWatcher<model::Result<std::vector<sched::Binding>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto r = watcher->future().resultCount() ? watcher->result()
                                                       : model::Result<std::vector<sched::Binding>>();
        if (!r) {
            finish(tr("Nothing was changed: %1").arg(r.error()));
            return;
        }
        for (std::size_t i = 0; i < m_plan.moves.size() && i < r->size(); ++i) {
            const model::DrainMove &m = m_plan.moves[i];
            m_applied.push_back({m.tenantId, r.value()[i].id, m.fromPodId, m.toPodId});
        }
        m_progress->setValue(int(m_applied.size()));
        if (m_cancelRequested)
            takeBack(); // one transaction already committed: undo it whole
        else
            finish(tr("%n tenant(s) moved off %1 in one transaction.", nullptr, int(m_applied.size())).arg(m_plan.podName));
    });
    watcher->setFuture(m_backend.applyChanges(changes));
}

void DrainDialog::takeBack()
{
    std::vector<model::BindingChange> back;
    for (const MoveTenantsCommand::Move &m : m_applied)
        back.push_back({m.tenantId, m.bindingId, m.fromPodId, {}, 0});
    auto *watcher = new QFutureWatcher<model::Result<std::vector<sched::Binding>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const bool ok = watcher->future().resultCount() && watcher->result().ok();
        if (ok) {
            m_applied.clear();
            m_progress->setValue(0);
            finish(tr("Cancelled: nothing changed."));
        } else {
            finish(tr("Cancelled, but the moves could not be taken back; undo the drain."));
        }
    });
    watcher->setFuture(m_backend.applyChanges(back));
}

void DrainDialog::applyNextRemote()
{
    if (m_cancelRequested || m_next >= m_plan.moves.size() || !m_failure.isEmpty()) {
        const std::size_t left = m_plan.moves.size() - m_applied.size();
        QString text = tr("%n tenant(s) moved", nullptr, int(m_applied.size()));
        if (left > 0)
            text += QLatin1String("; ") + tr("%n not moved (still on %1)", nullptr, int(left)).arg(m_plan.podName);
        if (!m_failure.isEmpty())
            text += QLatin1String(": ") + m_failure;
        finish(text + QLatin1Char('.'));
        return;
    }
    const model::DrainMove m = m_plan.moves[m_next++];
    auto *watcher = new QFutureWatcher<model::Result<model::RebindOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, m] {
        watcher->deleteLater();
        const auto r = watcher->future().resultCount() ? watcher->result() : model::Result<model::RebindOutcome>();
        if (!r)
            m_failure = tr("%1: %2").arg(str(m.tenantId), r.error());
        else
            m_applied.push_back({m.tenantId, r->created.id, m.fromPodId, m.toPodId});
        if (r && !r->oldEnded)
            m_failure = tr("%1 is bound twice (the old binding could not be deleted: %2)").arg(str(m.tenantId), r->oldEndError);
        m_progress->setValue(int(m_applied.size()));
        applyNextRemote();
    });
    watcher->setFuture(m_backend.rebind(m.tenantId, m.bindingId, m.toPodId));
}

void DrainDialog::finish(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->show();
    m_cancel->setText(tr("Close"));
    m_cancel->setEnabled(true);
    setPhase(Phase::Done);
}

QString DrainDialog::summary() const { return m_summary->text(); }

void DrainDialog::reject()
{
    if (m_phase == Phase::Applying) {
        m_cancelRequested = true; // acted on between operations / after the transaction
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        return;
    }
    if (m_phase == Phase::Previewing)
        m_preview.cancel();
    QDialog::reject();
}

} // namespace gui
