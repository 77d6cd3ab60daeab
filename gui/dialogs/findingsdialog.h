// SPDX-License-Identifier: Apache-2.0
#pragma once

// The server's inconsistencies behind the findings banner: one row per
// finding with its repair as `trio2o-sched check --repair --dry-run` shows it,
// and "Repair All", which the caller applies through CheckOperation's changes
// (one undo step).

#include "checkoperation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace model {
class FindingTableModel;
}

namespace gui {

class FindingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `writable` false (a saved snapshot): the repairs are shown, not offered.
    FindingsDialog(const model::CheckReport &report, bool writable, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    model::FindingTableModel *findings() const { return m_model; }
    QPushButton *repairButton() const { return m_repair; }
    QString summary() const;

private:
    QLabel *m_summary;
    QTableView *m_view;
    model::FindingTableModel *m_model;
    QDialogButtonBox *m_buttons;
    QPushButton *m_repair;
};

} // namespace gui
