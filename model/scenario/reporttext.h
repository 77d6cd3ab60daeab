// SPDX-License-Identifier: Apache-2.0
#pragma once

// The human-readable what-if report (trio2o-sched whatif's default), at most
// 100 columns wide (display width: Chinese text takes two cells a character;
// long ids are cut in the middle, reasons wrap). What needs action comes
// first: pods that reach their threshold (with the event at which each first
// did) and the failures grouped by AZ, group and reason with counts. Then the
// summary per policy side by side, growth, each changed pod's resources
// before and after (ReportPodText), the first binding changes and failures,
// the tenants whose outcome differs between policies, and last the headroom
// per (AZ, group). Long lists are cut at `limit` rows.

#include "whatifrun.h"

#include <QCoreApplication>
#include <QString>

namespace model {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static constexpr int kLineWidth = 100;

    static QString format(const whatif::RunResult &result, int limit = 20);
    // A heading line (wrapped at the line width), ending in a newline.
    static QString heading(const QString &text);

private:
    static QString summaries(const whatif::RunResult &result);
    static QString crossings(const whatif::Report &report, int limit);
    static QString failureGroups(const whatif::Report &report, int limit);
    static QString changeList(const whatif::Report &report, int limit);
    static QString failureList(const whatif::Report &report, int limit);
    static QString growthList(const whatif::Report &report);
    static QString growSkipName(whatif::GrowSkip skip);
    static QString differences(const whatif::RunResult &result, int limit);
};

} // namespace model
