#pragma once

// Shared pieces of the subcommands: the parser set-up, the store options, and
// writing a result file safely.

#include "result.h"
#include "sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace cli {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addStoreOptions();
    // Parses `args` (args[0] is the subcommand). Returns false after printing
    // help (exitCode 0) or an error (exitCode 1).
    bool parse(const QStringList &args, int *exitCode);
    // The value of an integer option; a clear error for anything else.
    model::Result<qint64> integer(const QString &option, qint64 min, qint64 max) const;

    QString databasePath() const;
    model::Result<std::unique_ptr<model::SqlStore>> openStore() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Writes through a temporary file and renames, so no half-written file is
// ever left behind; "-" or empty writes to stdout.
model::Status writeOutput(const QString &path, const QByteArray &data);
// Reads a file, or stdin for "-".
model::Result<QByteArray> readInput(const QString &path);

} // namespace cli
