// SPDX-License-Identifier: Apache-2.0
#pragma once

// The policies of a what-if run side by side: one row per figure (decisions
// kept, bound, rebound, failed, VMs, changes, tenants whose outcome differs),
// one column per policy, the primary first.

#include "whatifresult.h"

#include <QAbstractTableModel>

namespace model {

class PolicyComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Row { Keep, Bind, Rebind, Fail, Events, VmsCreated, VmsDeleted, Skipped, Changes, Failures,
                     Differing, Count };

    explicit PolicyComparisonModel(QObject *parent = nullptr);

    void setResult(WhatIfResultPtr result);
    // The raw figure of a policy (column) for a row; -1 for "differing" of the primary.
    qint64 figure(Row row, int policy) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString rowName(Row row);

    WhatIfResultPtr m_result;
};

} // namespace model
