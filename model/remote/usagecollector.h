// SPDX-License-Identifier: Apache-2.0
#pragma once

// Usage per bottom pod, as Nova itself counts it. A pod's region is its
// pod_name. When the Keystone catalog has a `placement` service for the
// region, capacity and usage come from Placement: the region's resource
// providers, each one's inventories and usages, summed per resource class with
// capacity = (total − reserved) × allocation_ratio (PlacementReader). Without
// one, they come from the region's Nova GET {compute}/os-hypervisors/statistics,
// whose totals are physical: vCPUs and RAM are multiplied by the pod's own
// overcommit ratios (vcpuRatio, ramRatio; 1.0 by default). Each pod records
// where its numbers came from (sched::Pod::usageSource).
//
// Requests go out in parallel with a bounded number of connections, in two
// rounds: the provider lists and the statistics, then every provider's
// inventories and usages (1 + 2 × providers calls per Placement region, at
// most kMaxProvidersPerRegion providers). A pod whose answers fail keeps
// unknown usage and is reported; it never falls back to other numbers
// silently.

#include "cloud.h"
#include "httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <vector>

namespace model::remote {

class ServiceCatalog;

class UsageCollector
{
    Q_DECLARE_TR_FUNCTIONS(UsageCollector)

public:
    struct Problem {
        std::string podId;
        QString message; // one sentence
    };
    static constexpr int kMaxProvidersPerRegion = 2000;
    // The microversion asked for: the shapes PlacementReader reads.
    static constexpr const char *kPlacementVersion = "placement 1.0";

    UsageCollector(HttpClient &http, const ServiceCatalog &catalog, QString interface, QString token, int parallel);

    // Fills capacity, used, runningVms and usageSource of every pod that
    // answered; returns the pods that did not (usage stays unknown).
    std::vector<Problem> collect(std::vector<sched::Pod> &pods);
    // Requests sent by the last collect() (for tests and the --debug log).
    int requestCount() const { return m_requests; }

    // Applies one {"hypervisor_statistics": {...}} body with the pod's ratios; false if malformed.
    static bool applyStatistics(const QJsonObject &root, sched::Pod &pod);

private:
    struct PlacementPod {
        sched::Pod *pod = nullptr;
        QUrl root; // the region's Placement endpoint
        std::vector<QString> providers;
    };
    HttpRequest get(const QUrl &base, const QString &path, qint64 maxBytes, bool placement) const;
    std::vector<HttpResponse> send(const std::vector<HttpRequest> &requests);
    void readStatistics(sched::Pod &pod, const HttpRequest &request, const HttpResponse &response,
                        std::vector<Problem> &problems) const;
    bool readProviders(PlacementPod &p, const HttpRequest &request, const HttpResponse &response,
                       std::vector<Problem> &problems) const;
    void collectProviders(std::vector<PlacementPod> &pods, std::vector<Problem> &problems);

    HttpClient &m_http;
    const ServiceCatalog &m_catalog;
    QString m_interface;
    QString m_token;
    int m_parallel;
    int m_requests = 0;
};

} // namespace model::remote
