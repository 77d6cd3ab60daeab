// SPDX-License-Identifier: Apache-2.0
#pragma once

// One way for the CLI and the GUI to pick and build a Backend:
//
//   BackendOptions::addTo(parser);                      // --db, --remote, --os-* ...
//   auto choice = BackendOptions::fromParser(parser);    // Result<BackendChoice>
//   for (const QString &w : choice->warnings) ...       // e.g. --insecure
//   std::unique_ptr<model::Backend> b = BackendOptions::create(choice.value());
//
// The GUI's Connect dialog fills a ConnectionSettings itself and calls
// BackendOptions::createRemote(settings) (or create() with a BackendChoice).
// Remote is chosen as python-openstackclient does (see fromParser());
// otherwise the SQL database.

#include "backend.h"
#include "connectionsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

namespace model::remote {

struct BackendChoice {
    QString databasePath;                      // used when `remote` is empty
    std::optional<ConnectionSettings> remote;
    QStringList warnings;                      // to show loudly (never holding secrets)
    bool debug = false;                        // --debug: log every request
    // `remote` is complete but for the Keystone password (MissingPassword::LeaveToAsk).
    bool passwordMissing = false;
};

// What fromParser() does when Keystone needs a password that neither the
// options, the environment nor the prompt gave: the CLI refuses; the console
// leaves it to its Connect dialog, which asks for it.
enum class MissingPassword { Refuse, LeaveToAsk };

class OpenStackOptions;

// Asks the user for a password (e.g. on the terminal, without echo);
// nullopt when there is nobody to ask.
using PasswordPrompt = std::function<std::optional<QString>(const QString &question)>;

class BackendOptions
{
    Q_DECLARE_TR_FUNCTIONS(BackendOptions)

public:
    // Adds --remote, --endpoint, --os-cloud, every --os-* option of
    // OpenStackOptions, --noauth, --os-roles, --insecure, --timeout, --debug
    // (and --db unless `withDb` is false).
    static void addTo(QCommandLineParser &parser, bool withDb = true);
    // Remote when a flag names it (--remote, --endpoint, --os-auth-url,
    // --os-cloud, --noauth) or OS_AUTH_URL, OS_CLOUD or OS_ENDPOINT is set,
    // unless --db is given; settings from clouds.yaml, then OS_*, then flags.
    static Result<BackendChoice> fromParser(const QCommandLineParser &parser,
                                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                                            const PasswordPrompt &askPassword = {},
                                            MissingPassword missingPassword = MissingPassword::Refuse);
    // The cloud named by --os-cloud/OS_CLOUD (if any) under OS_* under `flags`.
    static Result<ConnectionSettings> settingsFrom(const OpenStackOptions &flags, const QProcessEnvironment &env);
    static QString passwordQuestion(const ConnectionSettings &settings);
    static Status validate(const ConnectionSettings &settings);
    static std::unique_ptr<Backend> create(const BackendChoice &choice, QObject *parent = nullptr);
    static std::unique_ptr<Backend> createRemote(const ConnectionSettings &settings, QObject *parent = nullptr);
    static QString insecureWarning();
};

} // namespace model::remote
