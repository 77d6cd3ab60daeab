// SPDX-License-Identifier: Apache-2.0
#pragma once

// The dashboard's "needs attention" list, across every AZ: pods over their
// threshold or near it, pods whose trend crosses the threshold within the
// outlook's horizon (conservatively: the Capacity view's "at risk"), pods in
// maintenance or disabled with tenants still bound, pods whose usage was never
// collected. One row per pod (its worst problem), each with its time remaining
// from the capacity outlook ("Full in"). SortRole holds raw values (headroom:
// threshold minus peak usage, so the most urgent sorts first ascending; full
// in: the conservative days, rows without a projection last).
//
// The snapshot and the outlook arrive separately (the outlook is computed off
// the GUI thread after each snapshot): until the new outlook is handed in, a
// pod keeps the time remaining of the previous outlook (by pod id), so a
// refresh does not blank the column or drop at-risk rows for a moment.

#include "capacityoutlookdata.h"
#include "cloudsnapshot.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <unordered_map>

namespace model {

class AttentionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Pod, Az, Problem, Peak, Headroom, FullIn, Tenants, Count };
    enum class Problem { OverThreshold, NearThreshold, FullSoon, OutOfServiceWithTenants, UnknownUsage };
    enum Role {
        SortRole = Qt::UserRole,
        PodIndexRole,
        ProblemRole, // int(Problem)
        PodIdRole,   // QString: the pod's id (stays across snapshots)
    };
    // How close to the threshold counts as near (fraction of the total), as the usage bars draw it.
    static constexpr double kNearMargin = 0.05;

    explicit AttentionTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    // The outlook computed from the current snapshot; one of another snapshot is ignored.
    void setOutlook(const CapacityOutlookPtr &outlook);
    int count(Problem problem) const;
    // The horizon of the last outlook ("full soon" means within it).
    double horizonDays() const { return m_horizonDays; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A pod's time remaining from the outlook: the resource that runs out first.
    struct TimeRemaining {
        sched::Resource resource = sched::Resource::Vcpus;
        sched::outlook::Projection days;
        bool atRisk = false;
    };
    struct Row {
        int pod = -1;
        Problem problem = Problem::UnknownUsage;
        double peak = -1;    // highest known usage fraction; -1 unknown
        double headroom = 0; // threshold - peak (negative: over)
        std::optional<TimeRemaining> time; // nullopt: not in the outlook (yet)
    };
    std::vector<Row> buildRows() const;
    static bool sameRows(const std::vector<Row> &a, const std::vector<Row> &b);
    QString problemText(Problem problem) const;
    QString fullInText(const Row &row) const;
    QString fullInToolTip(const Row &row) const;
    static double fullInSortKey(const Row &row);
    QVariant display(const Row &row, Column column) const;
    QVariant sortKey(const Row &row, Column column) const;

    SnapshotPtr m_snapshot;
    std::vector<Row> m_rows;
    std::unordered_map<std::string, TimeRemaining> m_times; // by pod id
    bool m_outlookCurrent = false; // m_times come from the current snapshot's outlook
    double m_horizonDays = sched::outlook::OutlookOptions{}.horizonDays;
    std::int64_t m_outlookNowUs = 0;
};

} // namespace model
