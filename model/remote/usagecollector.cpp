// SPDX-License-Identifier: Apache-2.0
#include "usagecollector.h"

#include "apierrorreader.h"
#include "httpclient.h"
#include "servicecatalog.h"

#include <QJsonDocument>

namespace model::remote {

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
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        pod.capacity[r] = *read(totals[r]);
        pod.used[r] = read(used[r]);
    }
    pod.runningVms = read("running_vms");
    return true;
}

std::vector<UsageCollector::Problem> UsageCollector::collect(std::vector<sched::Pod> &pods)
{
    std::vector<Problem> problems;
    std::vector<HttpRequest> requests;
    std::vector<sched::Pod *> asked;
    for (sched::Pod &pod : pods) {
        if (pod.isTop())
            continue;
        const QString region = QString::fromStdString(pod.name);
        QUrl url = m_catalog.endpoint(QStringLiteral("compute"), m_interface, region);
        if (url.isEmpty()) {
            problems.push_back({pod.id, tr("Usage of pod %1 is unknown: the catalog has no compute endpoint for region %1.")
                                            .arg(region)});
            continue;
        }
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/os-hypervisors/statistics"));
        HttpRequest req;
        req.url = url;
        req.maxBodyBytes = 1024 * 1024; // a few hundred bytes of statistics
        if (!m_token.isEmpty())
            req.headers.append({QByteArrayLiteral("X-Auth-Token"), m_token.toLatin1()});
        requests.push_back(std::move(req));
        asked.push_back(&pod);
    }
    const std::vector<HttpResponse> responses = m_http.sendAll(requests, m_parallel);
    for (std::size_t i = 0; i < responses.size(); ++i) {
        sched::Pod &pod = *asked[i];
        const QString action = tr("read the usage of pod %1").arg(QString::fromStdString(pod.name));
        if (responses[i].status != 200) {
            problems.push_back({pod.id, ApiErrorReader::describe(action, requests[i].url, responses[i])});
            continue;
        }
        if (!applyStatistics(QJsonDocument::fromJson(responses[i].body).object(), pod))
            problems.push_back({pod.id, ApiErrorReader::malformed(action, tr("no complete \"hypervisor_statistics\""))});
    }
    return problems;
}

} // namespace model::remote
