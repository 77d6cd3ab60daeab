// SPDX-License-Identifier: Apache-2.0
#pragma once

// Sorts pods on PodTableModel::SortRole and filters them by text and by the
// part of the cloud chosen in the tree.

#include <QSortFilterProxyModel>

namespace model {

class PodProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PodProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // -1 = any AZ / pod.
    void setScope(int azIndex, int pod);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_azIndex = -1;
    int m_pod = -1;
};

} // namespace model
