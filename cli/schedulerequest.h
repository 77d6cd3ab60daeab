// SPDX-License-Identifier: Apache-2.0
#pragma once

// The options of `trio2o-sched schedule`, parsed and validated apart from
// running the decision.

#include "cloud.h"
#include "result.h"
#include "schedulerconfig.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace cli {

struct ScheduleOptions {
    QString tenant;
    QString az;
    sched::TagSet group;
    std::optional<sched::Amounts> size;
    sched::SchedulerConfig config;
    bool explain = false;
    bool json = false;
    bool dryRun = false;
    QString statePath; // empty: the database
};

class ScheduleOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleOptionsParser)

public:
    static void addOptions(QCommandLineParser &parser);
    static model::Result<ScheduleOptions> read(const QCommandLineParser &parser);
};

} // namespace cli
