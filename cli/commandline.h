// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared pieces of the subcommands: the parser set-up, the store options, and
// writing a result file safely.

#include "backend.h"
#include "files/atomicfilewriter.h"
#include "files/boundedfilereader.h"
#include "futurewait.h"
#include "result.h"
#include "sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFuture>

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
    // Writes `state` into the database in one transaction; a database that
    // already holds a cloud is replaced only with --replace. Returns its location.
    model::Result<QString> replaceStoredState(const sched::CloudState &state) const;

    // Instead of addStoreOptions(): --db or a live cloud (--remote URL,
    // --endpoint, --os-auth-url and the other --os-* options, --noauth,
    // --os-roles, --insecure, --timeout; OS_* variables fill in the rest).
    void addBackendOptions();
    // The backend the options name (LocalBackend or RemoteBackend); warnings
    // such as --insecure are printed on stderr. A missing password is asked
    // for on the terminal; --debug turns the request log on.
    model::Result<std::unique_ptr<model::Backend>> openBackend() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Waits for a backend's future while this thread's events run.
template <typename T>
T waitFor(const QFuture<T> &future)
{
    return model::waitForResult(future);
}

// A pod named by id or by name (ids first), for the commands that take POD.
model::Result<sched::Pod> findPod(model::Backend &backend, const QString &idOrName);
// The same before a change: a pod found only in the snapshot (the cloud is
// unreachable) is an error that says so, not a lookup failure.
model::Result<sched::Pod> findPodToChange(model::Backend &backend, const QString &idOrName);

// Exit status of a command whose output came from the snapshot of an
// unreachable cloud instead of live data.
constexpr int kExitSnapshot = 4;
// After a read command printed its output: when it came from a snapshot, says
// so on stderr (with the snapshot's time) and returns kExitSnapshot; else 0.
int finishRead(const model::Backend &backend);

// Writes through model::AtomicFileWriter, so no half-written file is ever
// left behind; "-" or empty writes to stdout.
model::Status writeOutput(const QString &path, const QByteArray &data);
// The same for bytes handed over as they are made (a report of 150 MB never
// whole in memory). While the process knows a secret they are collected and
// scrubbed first, as above.
model::Status writeOutput(const QString &path, const model::AtomicFileWriter::Producer &produce);
// Reads a file, or stdin for "-", within the size limit of its kind.
model::Result<QByteArray> readInput(const QString &path,
                                    model::BoundedFileReader::Kind kind = model::BoundedFileReader::Kind::StateFile);

} // namespace cli
