// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Pods tab: every pod with usage bars, filtered by text and tree scope.

#include "cloudsnapshot.h"
#include "tablepage.h"

namespace model {
class PodTableModel;
class PodProxyModel;
} // namespace model

namespace gui {

class PodsPage final : public TablePage
{
    Q_OBJECT

public:
    explicit PodsPage(QWidget *parent = nullptr);

    void setSnapshot(model::SnapshotPtr snapshot);
    void setScope(const Scope &scope) override;
    bool restorePodsHeader(const ConsoleSettings &settings);
    model::PodProxyModel *proxy() const { return m_proxy; }
    QString idOf(const QModelIndex &row) const override; // the pod's id
    // Selects the pod's row (clearing a filter that hides it); false when not shown in this scope.
    bool selectPod(int pod);

private:
    void updateCount();
    void fitColumns();

    model::PodTableModel *m_model;
    model::PodProxyModel *m_proxy;
    bool m_columnsFitted = false;
};

} // namespace gui
