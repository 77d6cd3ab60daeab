// SPDX-License-Identifier: Apache-2.0
// The Placement API part of FakeCloud, one per region that has providers:
// GET /resource_providers, /resource_providers/{uuid}/inventories and
// /resource_providers/{uuid}/usages, in the shapes of the Placement API
// reference; errors as Placement sends them ({"errors": [{"status", "title",
// "detail"}]}); the microversion header checked (1.0–1.39, else 406).

#include "fakecloud.h"

#include "errorbodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace testserver {

namespace {

constexpr int kMaxMinor = 39;

HttpAnswer placementError(int status, const QString &title, const QString &detail)
{
    const QJsonObject error{{QStringLiteral("status"), status},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("detail"), detail},
                            {QStringLiteral("request_id"), QStringLiteral("req-placement")}};
    return json(QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}).toJson(QJsonDocument::Compact),
                status);
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject providerJson(const PlacementProvider &p)
{
    const QString self = QStringLiteral("/resource_providers/") + p.uuid;
    return {{QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("generation"), 1},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("href"), self}, {QStringLiteral("rel"), QStringLiteral("self")}},
                        QJsonObject{{QStringLiteral("href"), self + QStringLiteral("/inventories")},
                                    {QStringLiteral("rel"), QStringLiteral("inventories")}},
                        QJsonObject{{QStringLiteral("href"), self + QStringLiteral("/usages")},
                                    {QStringLiteral("rel"), QStringLiteral("usages")}}}}};
}

QJsonObject inventoriesJson(const PlacementProvider &p, bool malformed)
{
    QJsonObject all;
    for (const auto &[rc, i] : p.inventories) {
        QJsonObject o{{QStringLiteral("reserved"), double(i.reserved)},
                      {QStringLiteral("min_unit"), 1},
                      {QStringLiteral("max_unit"), double(i.total)},
                      {QStringLiteral("step_size"), 1},
                      {QStringLiteral("allocation_ratio"), i.allocationRatio}};
        if (!malformed)
            o.insert(QStringLiteral("total"), double(i.total));
        all.insert(rc, o);
    }
    return {{QStringLiteral("resource_provider_generation"), 1}, {QStringLiteral("inventories"), all}};
}

QJsonObject usagesJson(const PlacementProvider &p)
{
    QJsonObject all;
    for (const auto &[rc, i] : p.inventories) {
        const auto used = p.usages.find(rc);
        all.insert(rc, double(used == p.usages.end() ? 0 : used->second));
    }
    return {{QStringLiteral("resource_provider_generation"), 1}, {QStringLiteral("usages"), all}};
}

} // namespace

void FakeCloud::setPlacement(const QString &region, std::vector<PlacementProvider> providers)
{
    QMutexLocker l(&m_mutex);
    if (providers.empty())
        m_placement.erase(region);
    else
        m_placement[region] = std::move(providers);
}

HttpAnswer FakeCloud::placement(const HttpRequest &r, const QString &region, const QByteArray &path)
{
    const auto providers = m_placement.find(region);
    if (providers == m_placement.end())
        return placementError(404, QStringLiteral("Not Found"), QStringLiteral("No Placement for region %1.").arg(region));
    if (!validToken(r.header("x-auth-token")))
        return tokenRefused();
    const QString version = QString::fromLatin1(r.header("openstack-api-version")).trimmed();
    if (!version.isEmpty()) {
        const auto m = QRegularExpression(QStringLiteral("^placement 1\\.(\\d+)$")).match(version);
        if (!m.hasMatch() || m.captured(1).toInt() > kMaxMinor)
            return placementError(406, QStringLiteral("Not Acceptable"),
                                  QStringLiteral("Unacceptable version header: %1").arg(version));
    }
    if (m_faults.placementFailingRegions.contains(region))
        return placementError(503, QStringLiteral("Service Unavailable"),
                              QStringLiteral("Placement of %1 cannot reach its database.").arg(region));
    if (r.method != "GET")
        return placementError(405, QStringLiteral("Method Not Allowed"), QStringLiteral("Only GET here."));
    HttpAnswer a;
    if (path == "/resource_providers") {
        QJsonArray all;
        for (const PlacementProvider &p : providers->second)
            all.append(providerJson(p));
        a = json(compact({{QStringLiteral("resource_providers"), all}}));
    } else {
        const auto parts = path.split('/'); // "", "resource_providers", uuid, what
        const auto it = parts.size() == 4 && parts[1] == "resource_providers"
                            ? std::find_if(providers->second.begin(), providers->second.end(),
                                           [&](const PlacementProvider &p) { return p.uuid.toLatin1() == parts[2]; })
                            : providers->second.end();
        if (it == providers->second.end())
            return placementError(404, QStringLiteral("Not Found"),
                                  QStringLiteral("No resource provider with uuid %1 found.").arg(QString::fromLatin1(parts.value(2))));
        if (parts[3] == "inventories")
            a = json(compact(inventoriesJson(*it, m_faults.placementMalformedRegions.contains(region))));
        else if (parts[3] == "usages")
            a = json(compact(usagesJson(*it)));
        else
            return placementError(404, QStringLiteral("Not Found"), QStringLiteral("The resource could not be found."));
    }
    return a;
}

} // namespace testserver
