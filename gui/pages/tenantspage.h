// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Tenants tab: every tenant with its active and ended bindings; the
// chosen tenant's bindings as a timeline below.

#include "cloudsnapshot.h"
#include "tablepage.h"

#include <QFuture>

class QLabel;

namespace model {
class TenantTableModel;
class TenantProxyModel;
} // namespace model

namespace gui {

class TenantTimelineWidget;

class TenantsPage final : public TablePage
{
    Q_OBJECT

public:
    explicit TenantsPage(QWidget *parent = nullptr);

    // Sorts and filters a big snapshot's rows on a worker for the scope it will
    // be shown in; setSnapshot() with it, once the future has finished, only
    // swaps them in (and takes that scope).
    QFuture<void> prepare(model::SnapshotPtr snapshot, const Scope &scope);
    void setSnapshot(model::SnapshotPtr snapshot);
    void setScope(const Scope &scope) override;
    TenantTimelineWidget *timeline() const { return m_timeline; }
    model::TenantProxyModel *proxy() const { return m_proxy; }

private:
    void showTenant(const QModelIndex &proxyIndex);
    void updateCount();

    model::TenantTableModel *m_model;
    model::TenantProxyModel *m_proxy;
    QLabel *m_timelineTitle;
    TenantTimelineWidget *m_timeline;
};

} // namespace gui
