// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Bindings tab: active bindings (and, on request, their history),
// filtered as you type by tenant or pod. Built for millions of rows.

#include "cloudsnapshot.h"
#include "tablepage.h"

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
