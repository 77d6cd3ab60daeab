// SPDX-License-Identifier: Apache-2.0
#pragma once

// New binding: a tenant and a bottom pod, checked as you type (the top region
// is never bound; one active binding per tenant, AZ and pod group). It works
// on the snapshot the console shows: no fresh load of every binding.

#include "cloud.h"
#include "cloudsnapshot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gui {

class BindingDialog final : public QDialog
{
    Q_OBJECT

public:
    BindingDialog(model::SnapshotPtr snapshot, const QString &tenant, const QString &podId, QWidget *parent = nullptr);

    QString tenant() const;
    QString podId() const;
    QString problem() const;
    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *podCombo() const { return m_pod; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void validate();

    model::SnapshotPtr m_snapshot;
    QLineEdit *m_tenant;
    QComboBox *m_pod;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// End binding: a tenant's active bindings as the snapshot shows them; the
// chosen one ends (kept as history locally, deleted remotely). The caller
// asks the backend for that binding's id (one narrow query).
class EndBindingDialog final : public QDialog
{
    Q_OBJECT

public:
    EndBindingDialog(model::SnapshotPtr snapshot, const QString &tenant, QWidget *parent = nullptr);

    QString tenant() const;
    QString podId() const; // the pod of the chosen binding; empty when none
    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *bindingCombo() const { return m_binding; }

private:
    void fillBindings();

    model::SnapshotPtr m_snapshot;
    QLineEdit *m_tenant;
    QComboBox *m_binding;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace gui
