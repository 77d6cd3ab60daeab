// SPDX-License-Identifier: Apache-2.0
#pragma once

// The dashboard's "needs attention" list, across every AZ: pods over their
// threshold or near it, pods in maintenance or disabled with tenants still
// bound, pods whose usage was never collected. One row per pod (its worst
// problem); SortRole holds raw values (headroom: threshold minus peak usage,
// so the most urgent sorts first ascending).

#include "cloudsnapshot.h"

#include <QAbstractTableModel>

namespace model {

class AttentionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Pod, Az, Problem, Peak, Headroom, Tenants, Count };
    enum class Problem { OverThreshold, NearThreshold, OutOfServiceWithTenants, UnknownUsage };
    enum Role {
        SortRole = Qt::UserRole,
        PodIndexRole,
        ProblemRole, // int(Problem)
    };
    // How close to the threshold counts as near (fraction of the total), as the usage bars draw it.
    static constexpr double kNearMargin = 0.05;

    explicit AttentionTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    int count(Problem problem) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int pod = -1;
        Problem problem = Problem::UnknownUsage;
        double peak = -1;     // highest known usage fraction; -1 unknown
        double headroom = 0;  // threshold - peak (negative: over)
    };
    static QString problemText(Problem problem);
    QVariant display(const Row &row, Column column) const;
    QVariant sortKey(const Row &row, Column column) const;

    SnapshotPtr m_snapshot;
    std::vector<Row> m_rows;
};

} // namespace model
