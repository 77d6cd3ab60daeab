// SPDX-License-Identifier: Apache-2.0
#include "usagecollector.h"

#include "apierrorreader.h"
#include "httpclient.h"
#include "placementreader.h"
#include "servicecatalog.h"

#include <QJsonDocument>

#include <cmath>

namespace model::remote {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

std::int64_t times(std::int64_t total, double ratio)
{
    return std::int64_t(std::min(std::floor(double(total) * ratio), 9.0e15));
}

} // namespace

UsageCollector::UsageCollector(HttpClient &http, const ServiceCatalog &catalog, QString interface, QString token,
                               int parallel)
    : m_http(http), m_catalog(catalog), m_interface(std::move(interface)), m_token(std::move(token)), m_parallel(parallel)
{
}

bool UsageCollector::applyStatistics(const QJsonObject &root, sched::Pod &pod)
{
    const QJsonObject s = root.value(QLatin1String("hypervisor_statistics")).toObject();
    const auto read = [&s](const char *key) -> std::optional<std::int64_t> {
        const QJsonValue v = s.value(QLatin1String(key));
        return v.isDouble() && v.toDouble() >= 0 ? std::optional<std::int64_t>(std::int64_t(v.toDouble())) : std::nullopt;
    };
    const char *totals[] = {"vcpus", "memory_mb", "local_gb"};
    const char *used[] = {"vcpus_used", "memory_mb_used", "local_gb_used"};
    for (std::size_t r = 0; r < sched::kResourceCount; ++r)
        if (!read(totals[r]) || !read(used[r]))
            return false;
    // The statistics count physical vCPUs and RAM; Nova lets the pod allocate
    // that many times more (its overcommit), which the pod's ratios stand for.
    const double ratios[] = {pod.vcpuRatio, pod.ramRatio, 1.0};
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        pod.capacity[r] = times(*read(totals[r]), ratios[r]);
        pod.used[r] = read(used[r]);
    }
    pod.runningVms = read("running_vms");
    pod.usageSource = sched::UsageSource::HypervisorStatistics;
    return true;
}

HttpRequest UsageCollector::get(const QUrl &base, const QString &path, qint64 maxBytes, bool placement) const
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    HttpRequest req;
    req.url = url;
    req.maxBodyBytes = maxBytes;
    if (!m_token.isEmpty())
        req.headers.append({QByteArrayLiteral("X-Auth-Token"), m_token.toLatin1()});
    if (placement)
        req.headers.append({QByteArrayLiteral("OpenStack-API-Version"), QByteArray(kPlacementVersion)});
    return req;
}

std::vector<HttpResponse> UsageCollector::send(const std::vector<HttpRequest> &requests)
{
    m_requests += int(requests.size());
    return m_http.sendAll(requests, m_parallel);
}

void UsageCollector::readStatistics(sched::Pod &pod, const HttpRequest &request, const HttpResponse &response,
                                    std::vector<Problem> &problems) const
{
    const QString action = tr("read the usage of pod %1").arg(q(pod.name));
    if (response.status != 200)
        problems.push_back({pod.id, ApiErrorReader::describe(action, request.url, response)});
    else if (!applyStatistics(QJsonDocument::fromJson(response.body).object(), pod))
        problems.push_back({pod.id, ApiErrorReader::malformed(action, tr("no complete \"hypervisor_statistics\""))});
}

bool UsageCollector::readProviders(PlacementPod &p, const HttpRequest &request, const HttpResponse &response,
                                   std::vector<Problem> &problems) const
{
    const QString action = tr("list the resource providers of pod %1 in Placement").arg(q(p.pod->name));
    if (response.status != 200) {
        problems.push_back({p.pod->id, ApiErrorReader::describe(action, request.url, response)});
        return false;
    }
    auto providers = PlacementReader::providers(response.body);
    if (!providers) {
        problems.push_back({p.pod->id, ApiErrorReader::malformed(action, providers.error())});
        return false;
    }
    if (providers->size() > std::size_t(kMaxProvidersPerRegion)) {
        problems.push_back({p.pod->id, tr("Usage of pod %1 is unknown: its Placement lists %2 resource providers, more "
                                          "than the %3 this console reads per region.")
                                           .arg(q(p.pod->name)).arg(providers->size()).arg(kMaxProvidersPerRegion)});
        return false;
    }
    p.providers = std::move(providers).value();
    return true;
}

// Round two: every provider's inventories and usages, all pods at once. A pod
// counts only when every one of its providers answered.
void UsageCollector::collectProviders(std::vector<PlacementPod> &pods, std::vector<Problem> &problems)
{
    std::vector<HttpRequest> requests;
    for (const PlacementPod &p : pods)
        for (const QString &uuid : p.providers) {
            const QString base = QStringLiteral("/resource_providers/") + uuid;
            requests.push_back(get(p.root, base + QStringLiteral("/inventories"), 1024 * 1024, true));
            requests.push_back(get(p.root, base + QStringLiteral("/usages"), 1024 * 1024, true));
        }
    const std::vector<HttpResponse> responses = send(requests);
    std::size_t at = 0;
    for (PlacementPod &p : pods) {
        sched::Amounts capacity{}, used{};
        QString failure;
        for (const QString &uuid : p.providers) {
            const std::size_t i = at;
            at += 2;
            if (!failure.isEmpty())
                continue;
            const QString action = tr("read resource provider %1 of pod %2 in Placement").arg(uuid, q(p.pod->name));
            for (std::size_t k : {i, i + 1})
                if (responses[k].status != 200 && failure.isEmpty())
                    failure = ApiErrorReader::describe(action, requests[k].url, responses[k]);
            if (!failure.isEmpty())
                continue;
            const auto inventories = PlacementReader::inventories(responses[i].body);
            const auto usages = PlacementReader::usages(responses[i + 1].body);
            if (!inventories || !usages)
                failure = ApiErrorReader::malformed(action, !inventories ? inventories.error() : usages.error());
            else
                PlacementReader::add(inventories.value(), usages.value(), capacity, used);
        }
        if (!failure.isEmpty()) {
            problems.push_back({p.pod->id, failure});
            continue;
        }
        sched::Pod &pod = *p.pod;
        pod.capacity = capacity;
        for (std::size_t r = 0; r < sched::kResourceCount; ++r)
            pod.used[r] = used[r];
        pod.runningVms.reset(); // Placement does not count instances
        pod.usageSource = sched::UsageSource::Placement;
    }
}

std::vector<UsageCollector::Problem> UsageCollector::collect(std::vector<sched::Pod> &pods)
{
    m_requests = 0;
    std::vector<Problem> problems;
    std::vector<HttpRequest> requests;
    std::vector<sched::Pod *> statsPods;
    std::vector<PlacementPod> placementPods;
    for (sched::Pod &pod : pods) {
        if (pod.isTop())
            continue;
        const QString region = q(pod.name);
        if (const QUrl placement = m_catalog.endpoint(QStringLiteral("placement"), m_interface, region); !placement.isEmpty()) {
            placementPods.push_back({&pod, placement, {}});
            continue;
        }
        const QUrl compute = m_catalog.endpoint(QStringLiteral("compute"), m_interface, region);
        if (compute.isEmpty()) {
            problems.push_back({pod.id, tr("Usage of pod %1 is unknown: the catalog has no placement or compute "
                                           "endpoint for region %1.").arg(region)});
            continue;
        }
        statsPods.push_back(&pod);
    }
    // Round one: the provider lists first, then the statistics (a few hundred bytes each).
    for (const PlacementPod &p : placementPods)
        requests.push_back(get(p.root, QStringLiteral("/resource_providers"), 16 * 1024 * 1024, true));
    for (sched::Pod *pod : statsPods)
        requests.push_back(get(m_catalog.endpoint(QStringLiteral("compute"), m_interface, q(pod->name)),
                               QStringLiteral("/os-hypervisors/statistics"), 1024 * 1024, false));
    const std::vector<HttpResponse> responses = send(requests);
    std::vector<PlacementPod> listed;
    for (std::size_t i = 0; i < placementPods.size(); ++i)
        if (readProviders(placementPods[i], requests[i], responses[i], problems))
            listed.push_back(std::move(placementPods[i]));
    for (std::size_t i = 0; i < statsPods.size(); ++i) {
        const std::size_t k = placementPods.size() + i;
        readStatistics(*statsPods[i], requests[k], responses[k], problems);
    }
    collectProviders(listed, problems);
    return problems;
}

} // namespace model::remote
