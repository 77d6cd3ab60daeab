// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a remote Trio2o cloud is and how to authenticate to it, with the same
// names OpenStack tools use (--os-auth-url / OS_AUTH_URL ...). A plain value;
// the password and token are never persisted, printed or logged: use
// describe() for anything shown to a user.

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace model::remote {

struct ConnectionSettings {
    enum class Auth { Password, Token, ApplicationCredential, NoAuth };

    QUrl endpoint;          // the Trio2o API (…/v1.0); empty: found in the Keystone catalog
    QUrl authUrl;           // Keystone, e.g. https://keystone:5000/v3 (/v3 is added when missing)
    QString username;
    QString userId;         // instead of username (+ domain)
    QString password;       // secret: never persisted or printed
    QString projectName;
    QString projectId;      // instead of projectName (+ domain)
    QString userDomainName = QStringLiteral("Default");
    QString projectDomainName = QStringLiteral("Default");
    QString userDomainId;   // wins over userDomainName
    QString projectDomainId; // wins over projectDomainName
    QString systemScope;    // "all": a system-scoped token instead of a project
    QString applicationCredentialId;
    QString applicationCredentialSecret; // secret
    std::optional<Auth> authType; // OS_AUTH_TYPE; unset: inferred (token, credential, password)
    QString regionName;     // region of the Trio2o endpoint in the catalog
    QString interface = QStringLiteral("public");
    QString token;          // secret: a given token (--os-token)
    QString caCertFile;     // an extra CA to trust (--os-cacert)
    bool insecure = false;  // no TLS verification (warned about loudly)
    bool noAuth = false;    // development clouds without Keystone: X-Role header only
    QString roles = QStringLiteral("admin"); // X-Role in noauth mode
    int timeoutMs = 30000;
    qint64 maxAnswerBytes = 256 * 1024 * 1024; // a longer API answer is an error (100,000 bindings: ~25 MB)
    int getRetries = 2;     // extra attempts for GETs after connection errors
    int retryBackoffMs = 250; // doubled on every attempt
    int usageParallelism = 8;
    bool collectUsage = true;
    QString stateDirectory; // snapshot and usage history; empty: the application data folder
    // The store holding the pod settings and the audit log (--db): an SQLite
    // file or a postgresql:// URL. Empty: SqlStore::defaultPath(), the store the
    // console and the CLI share (with a stateDirectory: store.sqlite in it).
    QString storeLocation;
    bool rememberPassword = false; // the console keeps the password in the desktop keyring (opt-in)

    Auth auth() const;
    // Whether Keystone is asked for a token scoped to a project or the system.
    bool hasScope() const { return !projectName.isEmpty() || !projectId.isEmpty() || !systemScope.isEmpty(); }
    // Every secret these settings hold (password, token, credential secret).
    QStringList secrets() const;
    // Empty when usable; otherwise what is missing, as a sentence.
    QString problem() const;
    // "https://host:19996/v1.0 (user admin, project admin)": never a secret.
    QString describe() const;
    // A stable key of the cloud and user for the local overlay/snapshot files.
    QString cloudKey() const;
    QUrl keystoneV3() const;
};

} // namespace model::remote
