// SPDX-License-Identifier: Apache-2.0
#include "subcommand.h"

#include <algorithm>

namespace cli {

namespace {
std::vector<Subcommand> &registry()
{
    static std::vector<Subcommand> all; // function-local: safe during static initialisation
    return all;
}
} // namespace

const std::vector<Subcommand> &subcommands() { return registry(); }

SubcommandRegistration::SubcommandRegistration(const char *name, int order, const char *summary,
                                               int (*run)(const QStringList &))
{
    auto &all = registry();
    all.push_back({name, order, summary, run});
    std::stable_sort(all.begin(), all.end(), [](const Subcommand &a, const Subcommand &b) { return a.order < b.order; });
}

} // namespace cli
