// SPDX-License-Identifier: Apache-2.0
#pragma once

// Sorts a what-if table (changes, failures, differences, plan operations) on
// its raw values (WhatIfSortRole) and filters rows by text found in
// WhatIfSearchRole. Translated display text never decides the order.

#include <QSortFilterProxyModel>

namespace model {

class ReportTableProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportTableProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace model
