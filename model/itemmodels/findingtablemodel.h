// SPDX-License-Identifier: Apache-2.0
#pragma once

// The server's inconsistencies `check` found (CheckOperation), one row each:
// what kind, what is wrong (naming the records), and the repair that would
// mend it - the console's list behind the findings banner.

#include "checkoperation.h"

#include <QAbstractTableModel>

#include <vector>

namespace model {

class FindingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Kind, Finding, Repair, Count };
    enum Role { KindKeyRole = Qt::UserRole }; // "bound_twice", ... (CheckOperation::kindKey)

    explicit FindingTableModel(QObject *parent = nullptr);

    void setFindings(std::vector<CheckFinding> findings);
    const std::vector<CheckFinding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const CheckFinding &f, Column column) const;

    std::vector<CheckFinding> m_findings;
};

} // namespace model
