// SPDX-License-Identifier: Apache-2.0
#pragma once

// An immutable, compact view of one loaded cloud state, shared by every item
// model of the console. Pods stay as value structs (there are few); bindings
// (possibly millions) become fixed-size rows with interned tenant and pod
// indices, so a model never holds a QString or QVariant per binding.

#include "cloud.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace model {

struct BindingRow {
    std::int64_t createdAtUs = 0;
    std::int64_t endedAtUs = 0; // 0 = not ended (or unknown)
    std::int32_t tenant = 0;    // index into CloudSnapshot::tenantNames
    std::int32_t pod = 0;       // index into CloudSnapshot::pods
    bool active = true;
};

class CloudSnapshot
{
public:
    // Streams rows into a snapshot without ever holding a full sched::CloudState
    // (a million bindings as value structs would need over 1 GB).
    class Builder
    {
    public:
        Builder(std::vector<sched::Pod> pods, std::int64_t loadedAtUs, QString source);
        int podIndex(const QString &podId) const; // -1 when unknown
        void addBinding(const QString &tenantId, int pod, bool active, std::int64_t createdAtUs, std::int64_t endedAtUs);
        void reserve(std::size_t bindings);
        // The pods' usage history (the Capacity view's input), by pod id.
        void setUsageHistory(std::map<std::string, sched::UsageHistory, std::less<>> history);
        std::shared_ptr<const CloudSnapshot> finish();

    private:
        std::shared_ptr<CloudSnapshot> m_snapshot;
        QHash<QString, int> m_podIndex;
        QHash<QString, int> m_tenantIndex;
    };

    // Builds the snapshot, consuming `state` (its bindings are freed as they are converted).
    static std::shared_ptr<const CloudSnapshot> build(sched::CloudState &&state, std::int64_t loadedAtUs,
                                                      QString source);

    const std::vector<sched::Pod> &pods() const { return m_pods; }
    const std::vector<BindingRow> &bindings() const { return m_bindings; }
    const std::map<std::string, sched::UsageHistory, std::less<>> &usageHistory() const { return m_usageHistory; }
    const QStringList &tenantNames() const { return m_tenantNames; }
    // Distinct bottom AZ names, in natural order (az2 before az10).
    const QStringList &azNames() const { return m_azNames; }

    int podCount() const { return int(m_pods.size()); }
    int tenantCount() const { return int(m_tenantNames.size()); }
    int bindingCount() const { return int(m_bindings.size()); }
    int topPod() const { return m_topPod; } // -1 when there is no top region

    // Per pod (index into pods()).
    const QString &podName(int pod) const { return m_podNames[std::size_t(pod)]; }
    const QString &podAz(int pod) const { return m_podAzs[std::size_t(pod)]; }
    const QString &podGroup(int pod) const { return m_podGroups[std::size_t(pod)]; } // translated label
    int azIndexOfPod(int pod) const { return m_podAzIndex[std::size_t(pod)]; }       // -1 = top
    int activeBindings(int pod) const { return m_activePerPod[std::size_t(pod)]; }
    // Rank of the pod's name / AZ / group among all pods: raw keys for sorting.
    int podNameRank(int pod) const { return m_podNameRank[std::size_t(pod)]; }
    int podAzRank(int pod) const { return m_azNameRank[std::size_t(pod)]; }
    int podGroupRank(int pod) const { return m_groupRank[std::size_t(pod)]; }
    // Computed on first use (sorting 200,000 names is not free), thread-safe.
    int tenantRank(int tenant) const { return tenantRanks()[std::size_t(tenant)]; }
    int podIndex(const QString &podId) const;

    // The bindings of one tenant (indices into bindings()), oldest first.
    std::vector<int> bindingsOfTenant(int tenant) const;
    int activeBindingsOfTenant(int tenant) const { return m_tenantActive[std::size_t(tenant)]; }
    int totalBindingsOfTenant(int tenant) const
    {
        return m_tenantOffsets[std::size_t(tenant) + 1] - m_tenantOffsets[std::size_t(tenant)];
    }
    int activeBindingCount() const { return m_activeTotal; }
    // Distinct tenants with an active binding: anywhere, in one AZ, on one pod.
    int boundTenantCount() const { return m_boundTenants; }
    int boundTenantsOfAz(int azIndex) const { return m_boundTenantsPerAz[std::size_t(azIndex)]; }
    int boundTenantsOfPod(int pod) const { return m_boundTenantsPerPod[std::size_t(pod)]; }
    // True when the tenant has an active binding in that AZ (-1 = any) and pod (-1 = any).
    bool tenantBoundIn(int tenant, int azIndex, int pod) const;

    std::int64_t loadedAtUs() const { return m_loadedAtUs; }
    const QString &source() const { return m_source; }

private:
    const std::vector<int> &tenantRanks() const;
    void indexPods();
    void indexTenants();
    void countBoundTenants();

    std::vector<sched::Pod> m_pods;
    std::vector<BindingRow> m_bindings;
    std::map<std::string, sched::UsageHistory, std::less<>> m_usageHistory;
    QStringList m_tenantNames;
    QStringList m_azNames;
    std::vector<QString> m_podNames, m_podAzs, m_podGroups, m_podIds;
    std::vector<int> m_podAzIndex, m_activePerPod, m_podNameRank, m_azNameRank, m_groupRank;
    mutable std::once_flag m_tenantRankOnce;
    mutable std::vector<int> m_tenantRank;
    std::vector<int> m_tenantActive;
    std::vector<int> m_tenantOffsets, m_tenantBindings; // CSR: bindings per tenant
    int m_topPod = -1;
    int m_activeTotal = 0;
    std::vector<int> m_boundTenantsPerAz, m_boundTenantsPerPod;
    int m_boundTenants = 0;
    std::int64_t m_loadedAtUs = 0;
    QString m_source;
};

using SnapshotPtr = std::shared_ptr<const CloudSnapshot>;

} // namespace model
