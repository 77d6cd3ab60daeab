// SPDX-License-Identifier: Apache-2.0
#pragma once

// A table as the operator sees it, as CSV (RFC 4180): the header texts, then
// every row of the model in its current (filtered, sorted) order, the given
// columns in the given order, display text only. A cell that a spreadsheet
// would run as a formula (=, +, -, @ first, and not a number) gets a leading '.

#include <QByteArray>
#include <QList>

class QAbstractItemModel;

namespace model {

class TableCsv
{
public:
    // Each cell through model::csvField (files/csvfield.h), as every CSV the programs write.
    static QByteArray serialize(const QAbstractItemModel &model, const QList<int> &columns);
};

} // namespace model
