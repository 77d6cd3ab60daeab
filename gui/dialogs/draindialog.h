#pragma once

// Drain pod: previews (off the GUI thread) every tenant that would move and
// where, and those that cannot move and why; applies with progress and Cancel;
// says afterwards what happened. Local: one transaction (a Cancel while it
// runs takes the moves back, so nothing stays half-applied). Remote: one
// rebind after the other, Cancel between them, the summary lists both sides.

#include "movetenantscommand.h"
#include "drainplan.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace model {
class Backend;
}

namespace gui {

class DrainDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Phase { Previewing, Ready, Applying, Done };

    DrainDialog(model::Backend &backend, sched::CloudState state, const sched::SchedulerConfig &config,
                const std::string &podId, QWidget *parent = nullptr);
    ~DrainDialog() override;

    Phase phase() const { return m_phase; }
    const model::DrainPlan &plan() const { return m_plan; }
    // The moves that were written (for one undo command); bindingId = the new binding.
    const std::vector<MoveTenantsCommand::Move> &appliedMoves() const { return m_applied; }
    QString summary() const;
    QPushButton *drainButton() const { return m_drain; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *previewTree() const { return m_tree; }

signals:
    void phaseChanged(gui::DrainDialog::Phase phase);

protected:
    void reject() override;

private:
    void showPlan(const model::Result<model::DrainPlan> &plan);
    void apply();
    void applyLocal();
    void applyNextRemote();
    void takeBack();
    void finish(const QString &summary);
    void setPhase(Phase phase);

    model::Backend &m_backend;
    model::DrainPlan m_plan;
    std::vector<MoveTenantsCommand::Move> m_applied;
    QFutureWatcher<model::Result<model::DrainPlan>> m_preview;
    QLabel *m_header;
    QTreeWidget *m_tree;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_drain;
    QPushButton *m_cancel;
    Phase m_phase = Phase::Previewing;
    bool m_cancelRequested = false;
    std::size_t m_next = 0;
    QString m_failure;
};

} // namespace gui
