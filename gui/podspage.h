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
    model::PodProxyModel *proxy() const { return m_proxy; }

private:
    void updateCount();

    model::PodTableModel *m_model;
    model::PodProxyModel *m_proxy;
};

} // namespace gui
