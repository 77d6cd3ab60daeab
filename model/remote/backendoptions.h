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
// Remote is chosen by --remote/--endpoint/--os-auth-url (OS_* variables fill
// in what is not given on the command line); otherwise the SQLite database.

#include "backend.h"
#include "connectionsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace model::remote {

struct BackendChoice {
    QString databasePath;                      // used when `remote` is empty
    std::optional<ConnectionSettings> remote;
    QStringList warnings;                      // to show loudly (never holding secrets)
};

class BackendOptions
{
    Q_DECLARE_TR_FUNCTIONS(BackendOptions)

public:
    // Adds --remote, --endpoint, --os-auth-url, --os-username, --os-password,
    // --os-project-name, --os-user-domain-name, --os-project-domain-name,
    // --os-region-name, --os-token, --os-cacert, --os-interface, --noauth,
    // --os-roles, --insecure, --timeout (and --db unless `withDb` is false).
    static void addTo(QCommandLineParser &parser, bool withDb = true);
    static Result<BackendChoice> fromParser(const QCommandLineParser &parser,
                                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static Status validate(const ConnectionSettings &settings);
    static std::unique_ptr<Backend> create(const BackendChoice &choice, QObject *parent = nullptr);
    static std::unique_ptr<Backend> createRemote(const ConnectionSettings &settings, QObject *parent = nullptr);
    static QString insecureWarning();
};

} // namespace model::remote
