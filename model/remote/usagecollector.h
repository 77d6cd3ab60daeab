// SPDX-License-Identifier: Apache-2.0
#pragma once

// Usage per bottom pod from Nova's hypervisor statistics: the pod's region is
// its pod_name, its compute endpoint comes from the Keystone catalog, and
// GET {compute}/os-hypervisors/statistics gives vcpus, memory_mb, local_gb,
// their *_used and running_vms. Pods are asked in parallel with a bounded
// number of connections; pods that cannot be reached keep unknown usage.

#include "cloud.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace model::remote {

class HttpClient;
class ServiceCatalog;

class UsageCollector
{
    Q_DECLARE_TR_FUNCTIONS(UsageCollector)

public:
    struct Problem {
        std::string podId;
        QString message; // one sentence
    };

    UsageCollector(HttpClient &http, const ServiceCatalog &catalog, QString interface, QString token, int parallel);

    // Fills capacity, used and runningVms of every pod that answered;
    // returns the pods that did not (usage stays unknown).
    std::vector<Problem> collect(std::vector<sched::Pod> &pods);

    // Applies one {"hypervisor_statistics": {...}} body; false if malformed.
    static bool applyStatistics(const QJsonObject &root, sched::Pod &pod);

private:
    HttpClient &m_http;
    const ServiceCatalog &m_catalog;
    QString m_interface;
    QString m_token;
    int m_parallel;
};

} // namespace model::remote
