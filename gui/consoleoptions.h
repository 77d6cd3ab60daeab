// SPDX-License-Identifier: Apache-2.0
#pragma once

// The console's command line as a plain struct, parsed by QCommandLineParser.
// The backend options (--db, --remote, --os-*) are the CLI's, from BackendOptions.

#include "backendoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gui {

struct ConsoleOptions {
    QString databasePath; // --db; default model::SqlStore::defaultPath(); empty when remote
    QString language;     // --lang; empty = the system locale
    QString screenshot;   // --screenshot FILE; empty = run normally
    model::remote::BackendChoice backend;
    bool databaseGiven = false; // --db was on the command line (the demo cloud is never seeded then)
};

class ConsoleOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptionsParser)

public:
    // nullopt when the parser already answered (--help, --version) or failed;
    // `message` then holds what to print and `exitCode` the status.
    static std::optional<ConsoleOptions> parse(const QStringList &arguments, QString *message, int *exitCode,
                                               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The value of --lang among `arguments` (empty when absent), found before
    // parsing so that the help text and the errors are in that language too.
    static QString languageArgument(const QStringList &arguments);
};

} // namespace gui
