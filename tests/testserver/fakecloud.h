// SPDX-License-Identifier: Apache-2.0
#pragma once

// The behaviour of a Trio2o deployment for tests: the Admin API v1.0 exactly
// as the real server answers (200 on create, null on delete, error bodies by
// status, its quirks), a Keystone v3 token endpoint with a catalog, and a
// Nova hypervisor-statistics endpoint per pod region, a Placement API for the
// regions given providers (fakeplacement.cpp); plus fault switches.
// Thread-safe: the server thread answers while a test changes state/faults.

#include "answergate.h"
#include "cloud.h"
#include "minihttpserver.h"

#include <QDateTime>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <map>

namespace testserver {

struct Faults {
    int delayMs = 0;             // every answer waits this long
    int dropNext = 0;            // that many API requests: connection closed without an answer
    int fail500Next = 0;         // that many API requests: 500 with an empty body
    int malformedNext = 0;       // that many GETs: 200 with broken JSON
    bool unauthorizedOnce = false; // the next API call: 401 as for an expired token
    qsizetype hugeBodyBytes = 0; // GET /pods carries an extra field this big
    int failDeleteBindingNext = 0; // that many DELETE /bindings/{id}: 500
    QByteArray loseAnswerOf;     // e.g. "POST": that many such API requests are
    int loseAnswerNext = 0;      // carried out, then the connection closes unanswered
    QSet<QString> unreachableRegions; // Nova of these regions drops the connection
    QSet<QString> placementFailingRegions;   // Placement of these regions: 503 with its error body
    QSet<QString> placementMalformedRegions; // Placement of these regions: inventories without "total"
    // A hostile or careless server: every error answer quotes the request's
    // body and its X-Auth-Token back (as some proxies and debug servers do).
    bool echoRequests = false;
    QByteArray redirectApiTo;    // every API request: 302 to this base URL + the same path
    bool endlessNext = false;    // the next request (Keystone or API): 200 with a body that never ends
    // Keep-alive race: the next request that arrives on a reused connection is
    // dropped unanswered and unprocessed (the server closed it as idle).
    bool closeReusedNext = false;
};

// One resource provider of a region's Placement, in the API's terms.
struct PlacementInventory {
    qint64 total = 0;
    qint64 reserved = 0;
    double allocationRatio = 1.0;
};
struct PlacementProvider {
    QString uuid;
    QString name; // the compute node's host name
    std::map<QString, PlacementInventory> inventories; // by resource class: VCPU, MEMORY_MB, DISK_GB, ...
    std::map<QString, qint64> usages;
};

struct User {
    QString name, password, project;
    QStringList roles;
    QString id;                // by default "id-" + name
    QString domain = QStringLiteral("Default");
};

struct ApplicationCredential {
    QString id, secret;
    QStringList roles;
};

class FakeCloud
{
public:
    FakeCloud();

    HttpAnswer handle(const HttpRequest &request);

    void setBaseUrl(const QByteArray &url); // http(s)://127.0.0.1:port
    void setNoAuth(bool on);                // trust X-Role, no Keystone tokens
    void setState(const sched::CloudState &state);
    // The region gets a `placement` service in the catalog, serving these
    // providers (GET /resource_providers, …/inventories, …/usages at
    // microversions 1.0–1.39); an empty list takes the region's Placement away.
    void setPlacement(const QString &region, std::vector<PlacementProvider> providers);
    sched::CloudState state() const;
    void setFaults(const Faults &faults);
    Faults faults() const;
    void addUser(const User &user);
    void addApplicationCredential(const ApplicationCredential &credential);
    void revokeTokens();
    // Tokens issued from now on expire after this long (default one hour);
    // an expired token is refused like a revoked one.
    void setTokenLifetimeSeconds(int seconds);
    // POST /auth/tokens answered 201 so far: the logins.
    int loginCount() const;
    // Each issued token's scope, as Keystone saw it: "project:<name or id>" or "system:all".
    QStringList scopes() const;
    // A valid token with these roles, as if issued by Keystone.
    QByteArray issueToken(const QStringList &roles);
    // Requests seen, "METHOD /path", oldest first.
    QStringList requestLog() const;
    QList<HttpRequest> requests() const;
    void clearLog();
    // A request of another client (an admin token, JSON body) carried out as
    // the API answers it: how tests make the states a real Trio2o ends up
    // with - a tenant bound twice, a pod deleted under its bindings, a second
    // top region sent with az_name "".
    HttpAnswer callAsOtherClient(const QByteArray &method, const QByteArray &apiPath, const QByteArray &jsonBody = {});
    // Every answer passes it after its request was carried out (answergate.h).
    AnswerGate &answers() { return m_answers; }

private:
    HttpAnswer keystone(const HttpRequest &r);
    HttpAnswer nova(const HttpRequest &r, const QString &region);
    HttpAnswer placement(const HttpRequest &r, const QString &region, const QByteArray &path);
    HttpAnswer api(const HttpRequest &r, const QByteArray &path);
    HttpAnswer pods(const HttpRequest &r, const QByteArray &id);
    HttpAnswer createPod(const HttpRequest &r);
    HttpAnswer bindings(const HttpRequest &r, const QByteArray &id);
    HttpAnswer createBinding(const HttpRequest &r);
    // The refusal for a missing/invalid token or role; nullopt when allowed.
    std::optional<HttpAnswer> authorize(const HttpRequest &r, const QString &action);
    QByteArray catalogJson() const;
    QStringList rolesOf(const QJsonObject &identity, const QString &method) const;
    QByteArray newToken(const QStringList &roles);
    bool validToken(const QByteArray &token, QStringList *roles = nullptr) const;
    // An error answer with the request quoted back when echoRequests is on.
    HttpAnswer echoed(HttpAnswer answer, const HttpRequest &r) const;
    QByteArray bindingsBody();

    mutable QMutex m_mutex;
    QByteArray m_baseUrl;
    bool m_noAuth = false;
    sched::CloudState m_state;
    std::map<QString, std::vector<PlacementProvider>> m_placement; // by region
    QByteArray m_bindingsCache; // GET /bindings, rebuilt after a change
    Faults m_faults;
    std::vector<User> m_users;
    struct Token {
        QStringList roles;
        QDateTime expiresAt;
    };
    std::map<QByteArray, Token> m_tokens;
    QList<HttpRequest> m_log;
    std::vector<ApplicationCredential> m_credentials;
    int m_tokenLifetime = 3600;
    int m_logins = 0;
    QStringList m_scopes;
    AnswerGate m_answers;
};

} // namespace testserver
