// SPDX-License-Identifier: Apache-2.0
#include "reporttablemodel.h"

namespace model {

void ReportTableModel::setResult(WhatIfResultPtr result, int report)
{
    beginResetModel();
    m_result = std::move(result);
    m_report = report;
    endResetModel();
}

const whatif::Report *ReportTableModel::report() const
{
    if (!m_result || m_report < 0 || std::size_t(m_report) >= m_result->reports.size())
        return nullptr;
    return &m_result->reports[std::size_t(m_report)];
}

} // namespace model
