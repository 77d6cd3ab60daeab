// SPDX-License-Identifier: Apache-2.0
#include "backendoptions.h"

#include "cloudsyaml.h"
#include "localbackend.h"
#include "openstackoptions.h"
#include "remotebackend.h"
#include "sqlstore.h"

#include <QFile>
#include <QSslCertificate>

namespace model::remote {

namespace {

QString opt(const char *name) { return QString::fromLatin1(name); }

} // namespace

void BackendOptions::addTo(QCommandLineParser &parser, bool withDb)
{
    if (withDb)
        parser.addOption({opt("db"), tr("SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).").arg(SqlStore::defaultPath()), tr("PATH")});
    parser.addOptions({
        {opt("remote"), tr("Work on a live Trio2o Admin API at URL (e.g. http://host:19996/v1.0) instead of a database."),
         tr("URL")},
        {opt("endpoint"), tr("The Trio2o API URL, skipping the Keystone catalog (same as --remote)."), tr("URL")},
        {opt("os-cloud"), tr("The cloud of clouds.yaml to use (env OS_CLOUD); OS_* variables and flags override its settings."),
         tr("NAME")},
        {opt("os-auth-url"), tr("Keystone URL (env OS_AUTH_URL)."), tr("URL")},
        {opt("os-auth-type"), tr("password, token or v3applicationcredential (env OS_AUTH_TYPE; default: inferred)."),
         tr("TYPE")},
        {opt("os-username"), tr("Keystone user (env OS_USERNAME)."), tr("NAME")},
        {opt("os-user-id"), tr("Keystone user id instead of the name (env OS_USER_ID)."), tr("ID")},
        {opt("os-password"), tr("Keystone password (env OS_PASSWORD; prefer the variable or the prompt)."), tr("PASSWORD")},
        {opt("os-project-name"), tr("Project to scope to (env OS_PROJECT_NAME)."), tr("NAME")},
        {opt("os-project-id"), tr("Project id to scope to (env OS_PROJECT_ID)."), tr("ID")},
        {opt("os-user-domain-name"), tr("User domain (env OS_USER_DOMAIN_NAME, default Default)."), tr("NAME")},
        {opt("os-user-domain-id"), tr("User domain id (env OS_USER_DOMAIN_ID)."), tr("ID")},
        {opt("os-project-domain-name"), tr("Project domain (env OS_PROJECT_DOMAIN_NAME, default Default)."), tr("NAME")},
        {opt("os-project-domain-id"), tr("Project domain id (env OS_PROJECT_DOMAIN_ID)."), tr("ID")},
        {opt("os-default-domain"), tr("Domain id of the user and project when neither is given (env OS_DEFAULT_DOMAIN)."),
         tr("ID")},
        {opt("os-system-scope"), tr("Scope the token to the system instead of a project: all (env OS_SYSTEM_SCOPE)."),
         tr("SCOPE")},
        {opt("os-region-name"), tr("Region of the Trio2o endpoint in the catalog (env OS_REGION_NAME)."), tr("NAME")},
        {opt("os-interface"), tr("Catalog interface: public, internal or admin (env OS_INTERFACE, default public)."),
         tr("NAME")},
        {opt("os-token"), tr("Use this token instead of a password (env OS_TOKEN)."), tr("TOKEN")},
        {opt("os-application-credential-id"), tr("Application credential id (env OS_APPLICATION_CREDENTIAL_ID)."),
         tr("ID")},
        {opt("os-application-credential-secret"),
         tr("Application credential secret (env OS_APPLICATION_CREDENTIAL_SECRET; prefer the variable)."), tr("SECRET")},
        {opt("os-cacert"), tr("Also trust the CA certificates in FILE (PEM; env OS_CACERT)."), tr("FILE")},
        {opt("insecure"), tr("Do not verify TLS certificates (dangerous).")},
        {opt("noauth"), tr("Development clouds without Keystone: no token, send an X-Role header instead.")},
        {opt("os-roles"), tr("Roles sent as X-Role with --noauth (default admin)."), tr("ROLES")},
        {opt("timeout"), tr("Network timeout in seconds (default 30)."), tr("SECONDS")},
        {opt("debug"), tr("Log every request (method, URL, status, duration, request id) on standard error; the "
                          "logging categories are trio2o.http, trio2o.keystone and trio2o.api (QT_LOGGING_RULES).")},
    });
}

Status BackendOptions::validate(const ConnectionSettings &settings)
{
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return Error{problem};
    if (!settings.caCertFile.isEmpty()) {
        QFile file(settings.caCertFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("cannot read the CA file %1 (--os-cacert): %2").arg(settings.caCertFile, file.errorString())};
        if (QSslCertificate::fromData(file.read(16 * 1024 * 1024), QSsl::Pem).isEmpty())
            return Error{tr("the CA file %1 (--os-cacert) holds no PEM certificate").arg(settings.caCertFile)};
    }
    return {};
}

namespace {

bool remoteInEnvironment(const QProcessEnvironment &env)
{
    for (const char *var : {"OS_AUTH_URL", "OS_CLOUD", "OS_ENDPOINT"})
        if (!env.value(QLatin1String(var)).isEmpty())
            return true;
    return false;
}

} // namespace

Result<BackendChoice> BackendOptions::fromParser(const QCommandLineParser &parser, const QProcessEnvironment &env,
                                                 const PasswordPrompt &askPassword, MissingPassword missingPassword)
{
    BackendChoice choice;
    choice.debug = parser.isSet(opt("debug"));
    const OpenStackOptions flags = OpenStackOptions::fromParser(parser);
    const bool explicitRemote = flags.has(QStringLiteral("endpoint")) || flags.has(QStringLiteral("auth_url"))
                                || flags.has(QStringLiteral("cloud")) || parser.isSet(opt("noauth"));
    // The OS_* variables alone select the cloud, as for the openstack client;
    // --db alone picks the database whatever the environment says. With a
    // cloud named by a flag, --db names the store of its pod settings and
    // audit log (shared by a team on PostgreSQL).
    if ((parser.isSet(opt("db")) && !explicitRemote) || !(explicitRemote || remoteInEnvironment(env))) {
        choice.databasePath = parser.isSet(opt("db")) ? parser.value(opt("db")) : SqlStore::defaultPath();
        return choice;
    }
    auto settings = settingsFrom(flags, env);
    if (!settings)
        return Error{settings.error()};
    ConnectionSettings s = std::move(settings).value();
    if (parser.isSet(opt("os-roles")))
        s.roles = parser.value(opt("os-roles"));
    s.noAuth = s.noAuth || parser.isSet(opt("noauth"));
    if (s.noAuth) {
        s.token.clear();
        s.authUrl.clear();
    }
    if (parser.isSet(opt("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(opt("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return Error{tr("--timeout must be a number of seconds from 0.001 to 3600, not \"%1\"").arg(parser.value(opt("timeout")))};
        s.timeoutMs = std::max(1, int(seconds * 1000));
    }
    if (s.auth() == ConnectionSettings::Auth::Password && s.password.isEmpty() && askPassword && !s.authUrl.isEmpty()
        && (!s.username.isEmpty() || !s.userId.isEmpty()))
        if (const std::optional<QString> typed = askPassword(passwordQuestion(s)))
            s.password = *typed;
    choice.passwordMissing = missingPassword == MissingPassword::LeaveToAsk && s.auth() == ConnectionSettings::Auth::Password
                             && s.password.isEmpty();
    // Everything else must hold already: only the password is left to ask.
    ConnectionSettings checked = s;
    if (choice.passwordMissing)
        checked.password = QStringLiteral("to be asked");
    if (Status v = validate(checked); !v)
        return Error{v.error()};
    if (parser.isSet(opt("db")))
        s.storeLocation = parser.value(opt("db"));
    if (s.insecure)
        choice.warnings.append(insecureWarning());
    choice.remote = std::move(s);
    return choice;
}

Result<ConnectionSettings> BackendOptions::settingsFrom(const OpenStackOptions &flags, const QProcessEnvironment &env)
{
    const OpenStackOptions vars = OpenStackOptions::fromEnvironment(env);
    OpenStackOptions file;
    const QString cloud = flags.has(QStringLiteral("cloud")) ? flags.value(QStringLiteral("cloud")) : vars.value(QStringLiteral("cloud"));
    if (!cloud.isEmpty()) {
        const auto clouds = CloudsYaml::load(env);
        if (!clouds)
            return Error{clouds.error()};
        const auto values = clouds->cloud(cloud);
        if (!values)
            return Error{values.error()};
        file = OpenStackOptions(values.value());
    }
    return file.overlaidBy(vars).overlaidBy(flags).toSettings();
}

QString BackendOptions::passwordQuestion(const ConnectionSettings &s)
{
    return tr("Password for %1 at %2: ").arg(s.username.isEmpty() ? s.userId : s.username,
                                             s.authUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

QString BackendOptions::insecureWarning()
{
    return tr("WARNING: --insecure: TLS certificates are NOT verified; anyone on the network path can read and change "
              "this session, including the token. Use --os-cacert instead.");
}

std::unique_ptr<Backend> BackendOptions::create(const BackendChoice &choice, QObject *parent)
{
    if (choice.remote)
        return createRemote(*choice.remote, parent);
    return std::make_unique<LocalBackend>(choice.databasePath, parent);
}

std::unique_ptr<Backend> BackendOptions::createRemote(const ConnectionSettings &settings, QObject *parent)
{
    return std::make_unique<RemoteBackend>(settings, parent);
}

} // namespace model::remote
