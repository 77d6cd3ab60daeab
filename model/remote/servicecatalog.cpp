// SPDX-License-Identifier: Apache-2.0
#include "servicecatalog.h"

namespace model::remote {

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
