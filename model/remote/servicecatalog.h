#pragma once

// The service catalog of a Keystone v3 token: endpoints by service type,
// interface and region.

#include <QJsonArray>
#include <QString>
#include <QUrl>

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
    // `catalog` is the token's "catalog" array; malformed entries are skipped.
    static ServiceCatalog fromJson(const QJsonArray &catalog);

    // Case-insensitive type; an empty region matches any region (first wins).
    QUrl endpoint(const QString &type, const QString &interface, const QString &region = {}) const;
    const std::vector<Endpoint> &endpoints() const { return m_endpoints; }
    bool isEmpty() const { return m_endpoints.empty(); }

private:
    std::vector<Endpoint> m_endpoints;
};

} // namespace model::remote
