// SPDX-License-Identifier: Apache-2.0
#pragma once

// The History tab: the store's audit log, newest first — who changed what,
// when and why — filtered by tenant, pod, kind (or operation) and time, read
// off the GUI thread through the backend (a local store reads its own rows, a
// remote cloud its rows of the shared store). The filter box narrows what was
// read; the table exports as CSV like every other.

#include "auditrecord.h"
#include "cloudsnapshot.h"
#include "tablepage.h"

#include <QPointer>

class QComboBox;
class QSortFilterProxyModel;

namespace model {
class AuditTableModel;
class Backend;
}

namespace gui {

class AuditLogLoader;

class HistoryPage final : public TablePage
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    // The backend to read from (nullptr: nothing); reads at once.
    void setBackend(model::Backend *backend);
    // Fills the pod filter with the cloud's pods and reads again (the cloud changed).
    void setSnapshot(const model::SnapshotPtr &snapshot);
    void setScope(const Scope &) override {}
    // Reads again with the current filters.
    void reload();
    // The filters as the backend is asked (since: relative to now).
    model::AuditFilter filter() const;

    model::AuditTableModel *auditModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QComboBox *podCombo() const { return m_pod; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *sinceCombo() const { return m_since; }
    bool isLoading() const;

signals:
    // The rows of the newest read are shown (or its failure is).
    void loaded();

private:
    void showRecords(const std::vector<model::AuditRecord> &records);
    void showFailure(const QString &message);
    void updateCount();

    QPointer<model::Backend> m_backend;
    AuditLogLoader *m_loader;
    model::AuditTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_tenant;
    QComboBox *m_pod;
    QComboBox *m_kind;
    QComboBox *m_since;
    QString m_failure;
};

} // namespace gui
