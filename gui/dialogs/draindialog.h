// SPDX-License-Identifier: Apache-2.0
#pragma once

// Drain pod, and "Maintenance and drain": a thin caller of
// model::DrainOperation. The preview (off the GUI thread) lists every tenant
// that would move and where, with the scheduler's reason, those that cannot
// move and why, and per target pod how many tenants it receives and its usage
// against its threshold. Apply runs the operation with progress (the
// console's events run while it waits for the backend): on the SQL store one transaction (with the pod's maintenance
// state; a Cancel while it runs takes it back whole), on a live cloud one
// tenant after the other with Cancel between them, and the summary says who
// moved.

#include "drainoperation.h"

#include <QDialog>
#include <QFutureWatcher>


class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace gui {

class DrainDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Phase { Previewing, Ready, Applying, Done };

    // `maintenance`: the pod goes into maintenance with the moves (checked at first).
    DrainDialog(model::Backend &backend, sched::CloudState state, const sched::SchedulerConfig &config,
                const std::string &podId, bool maintenance = false, QWidget *parent = nullptr);
    ~DrainDialog() override;

    Phase phase() const { return m_phase; }
    const model::DrainPreview &preview() const { return m_preview; }
    // What was written and stays written (for one undo step); empty when nothing.
    bool changedSomething() const { return m_changed; }
    QString summary() const;
    QPushButton *drainButton() const { return m_drain; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *maintenanceBox() const { return m_maintenance; }
    QTreeWidget *previewTree() const { return m_tree; }

signals:
    void phaseChanged(gui::DrainDialog::Phase phase);

protected:
    void reject() override;

private:
    struct Outcome {
        model::DrainPreview preview;
        model::Status written;
        QString takenBack; // local Cancel: why the take-back failed (empty: it worked or was not asked)
        bool cancelled = false;
    };
    void startPreview();
    void showPreview(const model::Result<model::DrainPreview> &preview);
    void apply();
    void run();
    void applied(const Outcome &outcome);
    void finish(const QString &summary);
    void setPhase(Phase phase);

    model::Backend &m_backend;
    sched::CloudState m_state;
    sched::SchedulerConfig m_config;
    std::string m_podId;
    model::DrainPreview m_preview;
    bool m_changed = false;
    QFutureWatcher<model::Result<model::DrainPreview>> m_previewWatcher;
    bool m_cancelRequested = false;
    QLabel *m_header;
    QCheckBox *m_maintenance;
    QTreeWidget *m_tree;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_drain;
    QPushButton *m_cancel;
    Phase m_phase = Phase::Previewing;
};

} // namespace gui
