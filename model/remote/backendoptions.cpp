#include "backendoptions.h"

#include "localbackend.h"
#include "remotebackend.h"
#include "sqlstore.h"

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
        {opt("os-auth-url"), tr("Keystone URL (env OS_AUTH_URL)."), tr("URL")},
        {opt("os-username"), tr("Keystone user (env OS_USERNAME)."), tr("NAME")},
        {opt("os-password"), tr("Keystone password (env OS_PASSWORD; prefer the variable)."), tr("PASSWORD")},
        {opt("os-project-name"), tr("Project to scope to (env OS_PROJECT_NAME)."), tr("NAME")},
        {opt("os-user-domain-name"), tr("User domain (env OS_USER_DOMAIN_NAME, default Default)."), tr("NAME")},
        {opt("os-project-domain-name"), tr("Project domain (env OS_PROJECT_DOMAIN_NAME, default Default)."), tr("NAME")},
        {opt("os-region-name"), tr("Region of the Trio2o endpoint in the catalog (env OS_REGION_NAME)."), tr("NAME")},
        {opt("os-interface"), tr("Catalog interface: public, internal or admin (env OS_INTERFACE, default public)."),
         tr("NAME")},
        {opt("os-token"), tr("Use this token instead of a password (env OS_TOKEN)."), tr("TOKEN")},
        {opt("os-cacert"), tr("Also trust the CA certificates in FILE (PEM; env OS_CACERT)."), tr("FILE")},
        {opt("insecure"), tr("Do not verify TLS certificates (dangerous).")},
        {opt("noauth"), tr("Development clouds without Keystone: no token, send an X-Role header instead.")},
        {opt("os-roles"), tr("Roles sent as X-Role with --noauth (default admin)."), tr("ROLES")},
        {opt("timeout"), tr("Network timeout in seconds (default 30)."), tr("SECONDS")},
    });
}

Status BackendOptions::validate(const ConnectionSettings &settings)
{
    const QString problem = settings.problem();
    return problem.isEmpty() ? Status{} : Status{Error{problem}};
}

Result<BackendChoice> BackendOptions::fromParser(const QCommandLineParser &parser, const QProcessEnvironment &env)
{
    BackendChoice choice;
    const bool remote = parser.isSet(opt("remote")) || parser.isSet(opt("endpoint")) || parser.isSet(opt("os-auth-url"));
    if (!remote) {
        choice.databasePath = parser.isSet(opt("db")) ? parser.value(opt("db")) : SqlStore::defaultPath();
        return choice;
    }
    if (parser.isSet(opt("db")))
        return Error{tr("--db and --remote (or --endpoint, --os-auth-url) exclude each other")};
    ConnectionSettings s;
    s.endpoint = QUrl(parser.isSet(opt("remote")) ? parser.value(opt("remote")) : parser.value(opt("endpoint")));
    const auto text = [&parser](const char *name, QString &field) {
        if (parser.isSet(opt(name)))
            field = parser.value(opt(name));
    };
    if (parser.isSet(opt("os-auth-url")))
        s.authUrl = QUrl(parser.value(opt("os-auth-url")));
    text("os-username", s.username);
    text("os-password", s.password);
    text("os-project-name", s.projectName);
    text("os-region-name", s.regionName);
    text("os-token", s.token);
    text("os-cacert", s.caCertFile);
    text("os-roles", s.roles);
    s.noAuth = parser.isSet(opt("noauth"));
    s.insecure = parser.isSet(opt("insecure"));
    s.fillFromEnvironment(env); // only fields still empty; domains and interface below win over OS_*
    text("os-user-domain-name", s.userDomainName);
    text("os-project-domain-name", s.projectDomainName);
    text("os-interface", s.interface);
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
    if (Status v = validate(s); !v)
        return Error{v.error()};
    if (s.insecure)
        choice.warnings.append(insecureWarning());
    choice.remote = std::move(s);
    return choice;
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
