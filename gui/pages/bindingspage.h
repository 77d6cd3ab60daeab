// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Bindings tab: active bindings (and, on request, their history),
// filtered as you type by tenant or pod. Built for millions of rows.

#include "cloudsnapshot.h"
#include "tablepage.h"

#include <QFuture>

class QCheckBox;

namespace model {
class BindingTableModel;
class BindingProxyModel;
} // namespace model

namespace gui {

class BindingsPage final : public TablePage
{
    Q_OBJECT

public:
    explicit BindingsPage(QWidget *parent = nullptr);

    // Sorts and filters a big snapshot's rows on a worker for the scope it will
    // be shown in; setSnapshot() with it, once the future has finished, only
    // swaps them in (and takes that scope).
    QFuture<void> prepare(model::SnapshotPtr snapshot, const Scope &scope);
    void setSnapshot(model::SnapshotPtr snapshot);
    void setScope(const Scope &scope) override;
    void setShowHistory(bool show);
    bool showHistory() const;
    model::BindingProxyModel *proxy() const { return m_proxy; }

signals:
    void showHistoryChanged(bool show);

private:
    void updateCount();

    model::BindingTableModel *m_model;
    model::BindingProxyModel *m_proxy;
    QCheckBox *m_history;
};

} // namespace gui
