// SPDX-License-Identifier: Apache-2.0
#include "draindialog.h"

#include "backend.h"
#include "changereversal.h"
#include "decisiontext.h"
#include "futurewait.h"
#include "icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gui {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

using model::TenantChange;

} // namespace

DrainDialog::DrainDialog(model::Backend &backend, sched::CloudState state, const sched::SchedulerConfig &config,
                         const std::string &podId, bool maintenance, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_state(std::move(state)), m_config(config), m_podId(podId),
      m_header(new QLabel(this)), m_maintenance(new QCheckBox(tr("Put the pod into &maintenance, in the same step"), this)),
      m_tree(new QTreeWidget(this)), m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_drain(new QPushButton(tr("&Drain"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(maintenance ? tr("Maintenance and Drain") : tr("Drain Pod"));
    setWindowIcon(icon(IconId::Pods));
    m_header->setWordWrap(true);
    m_maintenance->setChecked(maintenance);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Tenant"), tr("Moves to / why it cannot move")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_drain->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_drain, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_drain, &QPushButton::clicked, this, &DrainDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &DrainDialog::reject);
    connect(m_maintenance, &QCheckBox::toggled, this, &DrainDialog::startPreview);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_previewWatcher.future().resultCount())
            showPreview(m_previewWatcher.result());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_maintenance);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 480);
    startPreview();
}

DrainDialog::~DrainDialog() { m_previewWatcher.waitForFinished(); }

void DrainDialog::setPhase(Phase phase)
{
    m_phase = phase;
    emit phaseChanged(phase);
}

// The preview runs on a copy of the state, off the GUI thread.
void DrainDialog::startPreview()
{
    if (m_phase != Phase::Previewing && m_phase != Phase::Ready)
        return;
    m_previewWatcher.waitForFinished();
    m_drain->setEnabled(false);
    m_header->setText(tr("Working out where every tenant would go…"));
    m_progress->setRange(0, 0);
    setPhase(Phase::Previewing);
    const model::DrainRequest request{m_podId, {}, m_maintenance->isChecked()};
    m_previewWatcher.setFuture(QtConcurrent::run([state = m_state, config = m_config, request] {
        return model::DrainOperation::preview(state, config, request);
    }));
}

void DrainDialog::showPreview(const model::Result<model::DrainPreview> &preview)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_tree->clear();
    if (!preview) {
        m_header->setText(tr("No preview: %1").arg(preview.error()));
        setPhase(Phase::Done);
        return;
    }
    m_preview = preview.value();
    const model::ChangeList &list = m_preview.list;
    const int moves = list.count(TenantChange::Status::Planned), stuck = list.count(TenantChange::Status::Stuck);
    const QString podName = str(m_preview.pod.name);
    const QString willMove = tr("Draining %1: %n tenant(s) will move.", nullptr, moves).arg(podName);
    const QString cannotMove = tr("%n tenant(s) cannot move.", nullptr, stuck);
    m_header->setText(tr("%1 %2", "drain preview: the tenants that move, the tenants that cannot").arg(willMove, cannotMove));
    auto *moving = new QTreeWidgetItem(m_tree, {tr("Will move (%1)").arg(moves)});
    auto *stuckItem = new QTreeWidgetItem(m_tree, {tr("Cannot move (%1)").arg(stuck)});
    for (const TenantChange &c : list.changes) {
        if (c.status == TenantChange::Status::Stuck)
            new QTreeWidgetItem(stuckItem, {str(c.tenantId), c.reason});
        else
            new QTreeWidgetItem(moving, {str(c.tenantId), tr("→ %1 (%2)", "target pod (reason)").arg(c.toPodName, c.reason)});
    }
    auto *targets = new QTreeWidgetItem(m_tree, {tr("Target pods (%1)").arg(list.targets.size())});
    for (const model::TargetLoad &t : list.targets)
        new QTreeWidgetItem(targets, {t.podName, tr("receives %n tenant(s); usage %1 of threshold %2", nullptr, t.received)
                                                     .arg(model::TenantChangeText::usageText(t.usage),
                                                          model::TenantChangeText::usageText(t.threshold))});
    m_tree->expandAll();
    m_progress->setRange(0, std::max(1, moves));
    m_drain->setEnabled(moves > 0 || m_preview.changesPod);
    setPhase(Phase::Ready);
}

void DrainDialog::apply()
{
    m_drain->setEnabled(false);
    m_maintenance->setEnabled(false);
    m_cancelRequested = false;
    setPhase(Phase::Applying);
    QTimer::singleShot(0, this, &DrainDialog::run); // after the click has returned
}

void DrainDialog::run()
{
    Outcome o;
    o.preview = m_preview;
    o.written = model::DrainOperation::apply(m_backend, o.preview, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        return !m_cancelRequested;
    });
    o.cancelled = m_cancelRequested;
    // A Cancel the transaction could not stop: take it back whole.
    if (o.cancelled && o.written && m_backend.isTransactional()) {
        const auto now = model::waitForResult(m_backend.fetchState());
        auto back = now ? model::ChangeReversal::of(o.preview.list, now.value())
                        : model::Result<model::ChangeList>(model::Error{now.error()});
        const model::Status undone = back ? model::ChangeWriter::write(m_backend, back.value(),
                                                                      o.preview.changesPod ? &o.preview.pod : nullptr)
                                          : model::Status{model::Error{back.error()}};
        if (undone)
            o.preview.list = model::ChangeList{};
        else
            o.takenBack = undone.error();
    }
    applied(o);
}

void DrainDialog::applied(const Outcome &o)
{
    m_preview = o.preview;
    const model::ChangeList &list = m_preview.list;
    const int moved = list.count(TenantChange::Status::Applied);
    const QString podName = str(m_preview.pod.name);
    m_progress->setValue(moved);
    if (o.cancelled && m_backend.isTransactional()) {
        m_changed = !o.takenBack.isEmpty();
        finish(o.takenBack.isEmpty() ? tr("Cancelled: nothing changed.")
                                     : tr("Cancelled, but the moves could not be taken back (%1); undo the drain.").arg(o.takenBack));
        return;
    }
    if (m_backend.isTransactional()) {
        m_changed = o.written.ok();
        finish(o.written ? tr("%n tenant(s) moved off %1 in one transaction.", nullptr, moved).arg(podName)
                         : tr("Nothing was changed: %1").arg(o.written.error()));
        return;
    }
    m_changed = moved > 0 || (m_preview.changesPod && o.written.ok());
    const int left = list.count(TenantChange::Status::NotApplied) + list.count(TenantChange::Status::Failed);
    QString text = tr("%n tenant(s) moved", nullptr, moved);
    if (left > 0)
        text += QLatin1String("; ") + tr("%n not moved (still on %1)", nullptr, left).arg(podName);
    if (!o.written && !o.cancelled)
        text += QLatin1String(": ") + o.written.error();
    if (left > 0)
        text += QLatin1String(". ") + tr("Drain again to move the rest.");
    finish(text);
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
        m_cancelRequested = true; // acted on between tenants / after the transaction
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        return;
    }
    if (m_phase == Phase::Previewing)
        m_previewWatcher.cancel();
    QDialog::reject();
}

} // namespace gui
