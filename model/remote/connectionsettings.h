#pragma once

// Where a remote Trio2o cloud is and how to authenticate to it, with the same
// names OpenStack tools use (--os-auth-url / OS_AUTH_URL ...). A plain value;
// the password and token are never persisted, printed or logged: use
// describe() for anything shown to a user.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace model::remote {

struct ConnectionSettings {
    enum class Auth { Password, Token, NoAuth };

    QUrl endpoint;          // the Trio2o API (…/v1.0); empty: found in the Keystone catalog
    QUrl authUrl;           // Keystone, e.g. https://keystone:5000/v3 (/v3 is added when missing)
    QString username;
    QString password;       // secret: never persisted or printed
    QString projectName;
    QString userDomainName = QStringLiteral("Default");
    QString projectDomainName = QStringLiteral("Default");
    QString regionName;     // region of the Trio2o endpoint in the catalog
    QString interface = QStringLiteral("public");
    QString token;          // secret: a given token (--os-token)
    QString caCertFile;     // an extra CA to trust (--os-cacert)
    bool insecure = false;  // no TLS verification (warned about loudly)
    bool noAuth = false;    // development clouds without Keystone: X-Role header only
    QString roles = QStringLiteral("admin"); // X-Role in noauth mode
    int timeoutMs = 30000;
    int getRetries = 2;     // extra attempts for GETs after connection errors
    int retryBackoffMs = 250; // doubled on every attempt
    int usageParallelism = 8;
    bool collectUsage = true;
    QString stateDirectory; // overlay and snapshot; empty: the application data folder

    Auth auth() const;
    // Fills every field still empty from OS_* variables (OS_AUTH_URL,
    // OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME, OS_USER_DOMAIN_NAME,
    // OS_PROJECT_DOMAIN_NAME, OS_REGION_NAME, OS_TOKEN, OS_CACERT,
    // OS_INTERFACE, OS_ENDPOINT).
    void fillFromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static ConnectionSettings fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Empty when usable; otherwise what is missing, as a sentence.
    QString problem() const;
    // "https://host:19996/v1.0 (user admin, project admin)": never a secret.
    QString describe() const;
    // A stable key of the cloud and user for the local overlay/snapshot files.
    QString cloudKey() const;
    QUrl keystoneV3() const;
};

} // namespace model::remote
