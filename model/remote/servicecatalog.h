// SPDX-License-Identifier: Apache-2.0
#pragma once

// The service catalog of a Keystone v3 token: endpoints by service type,
// interface and region.

#include <QString>
#include <QUrl>

#include <utility>
#include <vector>

namespace model::remote {

class ServiceCatalog
{
public:
    struct Endpoint {
        QString serviceType;
        QString serviceName;
        QString interface;
        QString region;
        QUrl url;
    };

    ServiceCatalog() = default;
    // KeystoneTokenReader reads the endpoints from a token's "catalog".
    explicit ServiceCatalog(std::vector<Endpoint> endpoints) : m_endpoints(std::move(endpoints)) {}

    // Case-insensitive type; an empty region matches any region (first wins).
    QUrl endpoint(const QString &type, const QString &interface, const QString &region = {}) const;
    const std::vector<Endpoint> &endpoints() const { return m_endpoints; }
    bool isEmpty() const { return m_endpoints.empty(); }

private:
    std::vector<Endpoint> m_endpoints;
};

} // namespace model::remote
