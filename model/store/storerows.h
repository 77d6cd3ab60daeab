// SPDX-License-Identifier: Apache-2.0
#pragma once

// How pods and bindings map to rows of the store's two tables: the column
// lists, binding a pod's values to a prepared statement, and reading rows back.

#include "cloud.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace model {

class StoreRows
{
public:
    static QString podColumns();
    static QString bindingColumns();
    static int podColumnCount() { return 17; }

    static void bindPod(QSqlQuery &q, const sched::Pod &pod);
    static sched::Pod podFromRow(const QSqlQuery &q);
    static sched::Binding bindingFromRow(const QSqlQuery &q);

    static QVariant optionalValue(const std::optional<std::int64_t> &v);
    static std::optional<std::int64_t> optionalInt(const QVariant &v);
    static QString str(const std::string &s) { return QString::fromStdString(s); }
};

} // namespace model
