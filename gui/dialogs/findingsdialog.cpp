// SPDX-License-Identifier: Apache-2.0
#include "findingsdialog.h"

#include "findingtablemodel.h"
#include "icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

FindingsDialog::FindingsDialog(const model::CheckReport &report, bool writable, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new model::FindingTableModel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_repair(m_buttons->addButton(tr("&Repair All"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Inconsistencies"));
    setWindowIcon(icon(IconId::Bindings));
    m_model->setFindings(report.findings);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(true);
    m_view->resizeColumnsToContents();
    m_view->resizeRowsToContents();
    m_summary->setWordWrap(true);
    const int changes = int(report.changes.changes.size()), pods = int(report.podsToDelete.size());
    if (report.clean())
        m_summary->setText(tr("No inconsistencies found: every tenant has at most one binding per AZ and group, every "
                              "binding points at a bottom pod, and there is one top region."));
    else
        m_summary->setText(tr("%n inconsistency(ies) found. Repair All ends the extra bindings (the one with the lowest "
                              "pod_id stays, the binding upstream Trio2o treats as current), rebinds tenants that are "
                              "left with nothing, and deletes a second top region: %1 and %2, as trio2o-sched check "
                              "--repair does.",
                              nullptr, int(report.findings.size()))
                               .arg(tr("%n binding change(s)", nullptr, changes), tr("%n pod deletion(s)", nullptr, pods)));
    if (const auto moved = std::count_if(report.findings.begin(), report.findings.end(), [](const model::CheckFinding &f) {
            return f.kind == model::CheckFinding::Kind::PodChanged;
        }))
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("%n pod(s) moved under their tenants are accepted where they are now (nothing is written "
                              "to the cloud).",
                              nullptr, int(moved)));
    m_repair->setEnabled(writable && !report.clean());
    if (!writable && !report.clean())
        m_repair->setToolTip(tr("The cloud shows a saved snapshot: nothing can be repaired until it answers again."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 420);
}

QString FindingsDialog::summary() const { return m_summary->text(); }

} // namespace gui
