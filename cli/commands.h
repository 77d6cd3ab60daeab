#pragma once

// The subcommands of trio2o-sched. Each takes its arguments (the subcommand
// name first) and returns the process exit status.

#include <QStringList>

namespace cli {

int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runGenerate(const QStringList &args);

} // namespace cli
