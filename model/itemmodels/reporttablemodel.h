// SPDX-License-Identifier: Apache-2.0
#pragma once

// Base of the tables that show one policy's part of a what-if result
// (changes, failures): which result and which report they show.

#include "whatifresult.h"

#include <QAbstractTableModel>

namespace model {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // `report`: 0 = the primary policy, i + 1 = the i-th compared one.
    void setResult(WhatIfResultPtr result, int report = 0);
    // nullptr when there is no result or no such report.
    const whatif::Report *report() const;

private:
    WhatIfResultPtr m_result;
    int m_report = 0;
};

} // namespace model
