#pragma once

// Keystone v3 authentication: POST {auth_url}/v3/auth/tokens with a password
// (or a given token) scoped to a project; the token comes back in the
// X-Subject-Token header, the catalog and expires_at in the body. Renews the
// token shortly before it expires.

#include "result.h"
#include "servicecatalog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace model::remote {

struct ConnectionSettings;
class HttpClient;

class KeystoneClient
{
    Q_DECLARE_TR_FUNCTIONS(KeystoneClient)

public:
    KeystoneClient(const ConnectionSettings &settings, HttpClient &http);

    // True when a token can be had from Keystone (an auth URL is set).
    bool usesKeystone() const;
    Status authenticate();
    // Authenticates when there is no token yet or it expires within 5 minutes.
    Status ensureToken();
    // Forgets the token (after a 401) so the next ensureToken() asks again.
    void invalidate() { m_token.clear(); }

    QString token() const { return m_token; }
    const ServiceCatalog &catalog() const { return m_catalog; }
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    QByteArray requestBody() const;

    const ConnectionSettings &m_settings;
    HttpClient &m_http;
    QString m_token;
    QDateTime m_expiresAt;
    ServiceCatalog m_catalog;
};

} // namespace model::remote
