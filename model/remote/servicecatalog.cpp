#include "servicecatalog.h"

#include <QJsonObject>

namespace model::remote {

ServiceCatalog ServiceCatalog::fromJson(const QJsonArray &catalog)
{
    ServiceCatalog c;
    for (const QJsonValue &service : catalog) {
        const QJsonObject s = service.toObject();
        const QString type = s.value(QLatin1String("type")).toString();
        const QString name = s.value(QLatin1String("name")).toString();
        for (const QJsonValue &endpoint : s.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject e = endpoint.toObject();
            const QUrl url(e.value(QLatin1String("url")).toString());
            if (type.isEmpty() || !url.isValid() || url.isEmpty())
                continue;
            // v3 names the region "region_id" (and the older "region").
            QString region = e.value(QLatin1String("region_id")).toString();
            if (region.isEmpty())
                region = e.value(QLatin1String("region")).toString();
            c.m_endpoints.push_back({type, name, e.value(QLatin1String("interface")).toString(), region, url});
        }
    }
    return c;
}

QUrl ServiceCatalog::endpoint(const QString &type, const QString &interface, const QString &region) const
{
    const QString wanted = interface.isEmpty() ? QStringLiteral("public") : interface;
    for (const Endpoint &e : m_endpoints) {
        if (e.serviceType.compare(type, Qt::CaseInsensitive) != 0)
            continue;
        // "publicURL" (v2 spelling) and "public" are the same interface.
        if (!e.interface.startsWith(wanted.chopped(wanted.endsWith(QLatin1String("URL")) ? 3 : 0), Qt::CaseInsensitive))
            continue;
        if (!region.isEmpty() && e.region != region)
            continue;
        return e.url;
    }
    return {};
}

} // namespace model::remote
