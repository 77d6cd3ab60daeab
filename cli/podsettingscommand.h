// SPDX-License-Identifier: Apache-2.0
#pragma once

// `trio2o-sched pods set POD ...`: the options and the run, apart from the
// rest of `pods` (list, create, delete). One PodSettingsOperation, as the
// console's pod dialog.

#include "backend.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

class PodSettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PodSettingsCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    // POD is positional argument 1.
    static int run(model::Backend &backend, const QCommandLineParser &parser);
};

} // namespace cli
