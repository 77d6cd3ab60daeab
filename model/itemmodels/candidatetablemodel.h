// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pods a scheduling decision looked at: the acceptable ones ranked by
// total weight with each weigher's share, then every rejected pod with the
// filter that rejected it and why. Rows are plain values (the engine's
// string views are copied), so the model outlives the engine.

#include "decision.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace sched {
class Engine;
}

namespace model {

struct CandidateRow {
    QString podId;
    QString podName;
    bool passed = false;
    bool chosen = false;  // the scheduler's recommendation
    bool current = false; // the tenant's binding now
    double total = 0.0;
    std::array<double, sched::kWeigherCount> weights{}; // weighted shares
    QString filter;       // rejected: the filter's name
    QString reason;       // rejected: why (sizes in human units: GiB, TiB)
    QString sizes;        // "vCPUs: 40 of 64 …" in human units; empty when the pod was not given
};

class CandidateTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Pod, Verdict, Total, then one column per weigher, then Rejected by, Reason.
    enum Column { PodColumn, VerdictColumn, TotalColumn, FirstWeigherColumn,
                  FilterColumn = FirstWeigherColumn + int(sched::kWeigherCount), ReasonColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, PodIdRole, PassedRole, ChosenRole };

    explicit CandidateTableModel(QObject *parent = nullptr);

    // Passed rows first (best total first), then the rejected ones in table order.
    // With `state`: each pod's used / total in human units, as the Pod column's tooltip.
    static std::vector<CandidateRow> rowsFrom(const sched::Explanation &explanation,
                                              const sched::CloudState *state = nullptr);
    // A rejection in words, its sizes in human units in the user's locale.
    static QString rejectionText(const sched::Rejection &rejection);
    // "vCPUs: 40 vCPUs of 64 vCPUs · RAM: 1.5 TiB of 2 TiB · …"
    static QString sizesText(const sched::Pod &pod);
    void setRows(std::vector<CandidateRow> rows);
    const std::vector<CandidateRow> &rows() const { return m_rows; }
    int rowOfPod(const QString &podId) const; // -1 when absent
    int chosenRow() const;                    // -1 when the decision failed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant display(const CandidateRow &row, int column) const;

    std::vector<CandidateRow> m_rows;
};

} // namespace model
