// SPDX-License-Identifier: Apache-2.0
#pragma once

// Keystone v3 authentication: POST {auth_url}/v3/auth/tokens with a password
// (user by name and domain, or by id), a given token, or an application
// credential, scoped to a project (by name and domain, or id) or the system;
// the token comes back in the X-Subject-Token header, the catalog and
// expires_at in the body. Renews the token shortly before it expires.

#include "result.h"
#include "servicecatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

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
    // Authenticates when there is no token yet or it expires within the
    // renewal margin: a tenth of its lifetime, at least kMinimumMarginSeconds.
    Status ensureToken();
    qint64 renewalMarginSeconds() const;
    // Tests move time on instead of waiting.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    static constexpr qint64 kMinimumMarginSeconds = 5;
    // A catalog of a few hundred regions is well under a megabyte.
    static constexpr qint64 kMaxTokenAnswerBytes = 16 * 1024 * 1024;
    // Forgets the token (after a 401) so the next ensureToken() asks again.
    void invalidate() { m_token.clear(); }

    QString token() const { return m_token; }
    const ServiceCatalog &catalog() const { return m_catalog; }
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    QByteArray requestBody() const;
    QJsonObject identity() const;

    const ConnectionSettings &m_settings;
    HttpClient &m_http;
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_obtainedAt;
    ServiceCatalog m_catalog;
    std::function<QDateTime()> m_now;
};

} // namespace model::remote
