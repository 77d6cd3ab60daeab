// SPDX-License-Identifier: Apache-2.0
#pragma once

// Each subcommand registers itself from its own source file, so adding one
// touches no shared table:
//   static const cli::SubcommandRegistration reg{"import", 10, QT_TRANSLATE_NOOP("Main", "..."), &run};

#include <QStringList>

#include <vector>

namespace cli {

struct Subcommand {
    const char *name;
    int order;           // position in the help listing
    const char *summary; // marked with QT_TRANSLATE_NOOP("Main", ...)
    int (*run)(const QStringList &args); // args[0] is the subcommand's name
};

// Sorted by order.
const std::vector<Subcommand> &subcommands();

struct SubcommandRegistration {
    SubcommandRegistration(const char *name, int order, const char *summary, int (*run)(const QStringList &));
};

} // namespace cli
