// SPDX-License-Identifier: Apache-2.0
#pragma once

// The human-readable what-if report (trio2o-sched whatif's default): the
// summary per policy side by side, pods whose figures changed (before ->
// after), the first binding changes and failures, and the tenants whose
// outcome differs between policies. Long lists are cut at `limit` rows.

#include "whatifrun.h"

#include <QCoreApplication>
#include <QString>

namespace model {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString format(const whatif::RunResult &result, int limit = 20);

private:
    static QString summaries(const whatif::RunResult &result);
    static QString podTable(const whatif::Report &report, int limit);
    static QString changeList(const whatif::Report &report, int limit);
    static QString failureList(const whatif::Report &report, int limit);
    static QString growthList(const whatif::Report &report);
    static QString growSkipName(whatif::GrowSkip skip);
    static QString differences(const whatif::RunResult &result, int limit);
};

} // namespace model
