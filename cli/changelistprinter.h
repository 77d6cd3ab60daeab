// SPDX-License-Identifier: Apache-2.0
#pragma once

// Prints what an operation (drain, apply) changes or changed, per tenant, and
// what each target pod receives: as a table, or as JSON for scripts.

#include "tenantchange.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cli {

class ChangeListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeListPrinter)

public:
    // The per-tenant table and the per-target summary, on stdout.
    static void printText(const model::ChangeList &list);
    // {"changes": [...], "targets": [...], "counts": {"applied": N, ...}}
    static QJsonObject toJson(const model::ChangeList &list);
    // "12 moved, 3 cannot move" style line of the non-zero counts.
    static QString countsLine(const model::ChangeList &list);
};

} // namespace cli
