// SPDX-License-Identifier: Apache-2.0
#pragma once

// The tenants whose outcome under one compared policy differs from the
// primary's: where each ends up (pods of its active bindings) and how many
// of its requests failed, under both; and where upstream would have left it
// bound twice.

#include "whatifresult.h"

#include <QAbstractTableModel>

namespace model {

class TenantDifferenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Upstream: trio2o rotations after which upstream would leave the tenant
    // bound twice in one AZ ("upstream would leave t0 bound to Delta and Foxtrot in az1").
    enum class Column { Tenant, PrimaryPods, PrimaryFailures, OtherPods, OtherFailures, Upstream, Count };

    explicit TenantDifferenceModel(QObject *parent = nullptr);

    // `compared`: index into RunResult::differences (0 = the first compared policy).
    void setResult(WhatIfResultPtr result, int compared = 0);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<whatif::TenantDifference> *differences() const;
    static QVariant value(const whatif::TenantDifference &d, Column column);

    WhatIfResultPtr m_result;
    int m_compared = 0;
};

} // namespace model
