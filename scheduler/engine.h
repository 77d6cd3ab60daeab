// SPDX-License-Identifier: Apache-2.0
#pragma once

// The embedded scheduler. Built from a CloudState and a SchedulerConfig, it
// interns tenant ids, AZs and groups, keeps pods in contiguous per-(AZ, group)
// buckets and the active bindings in a flat (tenant, bucket) -> pod map, so a
// decision compares integers only and allocates nothing once warm.
//
//   Engine e(cloud, config);
//   auto req = e.resolve({tenantId, "az1", *parseGroup("resource:gpu"), size});
//   Decision d = e.select(req.request);   // decided and applied in memory
//   for (auto &c : e.takeChanges()) ...   // the caller persists these in one transaction
//
// Not thread-safe: decisions share scratch buffers (preview/explain too).

#include "bindingchangelog.h"
#include "bucketsummary.h"
#include "decision.h"
#include "filter.h"
#include "flatmap64.h"
#include "grouptable.h"
#include "nametable.h"
#include "request.h"
#include "schedulerconfig.h"
#include "weigher.h"
#include "weighttable.h"

#include <deque>
#include <map>
#include <memory>
#include <unordered_map>

namespace sched {

class Engine
{
public:
    explicit Engine(const CloudState &cloud, const SchedulerConfig &config = {});
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const SchedulerConfig &config() const { return m_config; }
    void setConfig(const SchedulerConfig &config);

    // --- Requests -------------------------------------------------------
    // Interns the strings once (unknown tenants and AZs are added on the fly).
    ResolveResult resolve(const Request &request);
    ResolveResult resolve(std::string_view tenantId, std::string_view az, std::string_view groupText,
                          std::optional<Amounts> size = std::nullopt);

    Decision select(const ResolvedRequest &request);        // decide and apply
    Decision preview(const ResolvedRequest &request) const; // decide only (dry run)
    Explanation explain(const ResolvedRequest &request) const;
    // Rebinds every tenant actively bound to `pod`, with that pod ignored (uses
    // the weighted decision and needs the ignore_pods filter enabled).
    std::vector<Decision> drain(std::uint32_t pod);

    // --- Pods -------------------------------------------------------------
    std::size_t podCount() const { return m_records.size(); } // removed ones included
    const Pod &pod(std::uint32_t index) const { return m_pods[index]; } // current values
    const PodRecord &podRecord(std::uint32_t index) const { return m_records[index]; }
    bool podExists(std::uint32_t index) const { return index < m_records.size() && !m_records[index].removed; }
    std::optional<std::uint32_t> findPod(std::string_view idOrName) const;

    // Mutations for the what-if replay. Unknown usage stays unknown on add/subtract.
    // Sums saturate at the int64 limit (never wrap); a subtraction stops at 0
    // and returns true when it had to (more was removed than the pod held).
    void addUsage(std::uint32_t pod, const Amounts &size, std::int64_t vms = 1);
    bool subtractUsage(std::uint32_t pod, const Amounts &size, std::int64_t vms = 1);
    void setUsage(std::uint32_t pod, const KnownAmounts &used, std::optional<std::int64_t> runningVms);
    void setCapacity(std::uint32_t pod, const Amounts &capacity, std::optional<double> threshold = {});
    void setState(std::uint32_t pod, PodState state);
    std::uint32_t addPod(const Pod &pod); // returns its index
    void removePod(std::uint32_t pod);    // its bindings are rebound on their next request

    // --- Tenants, AZs, bindings -------------------------------------------
    std::optional<std::uint32_t> findTenant(std::string_view id) const { return m_tenants.find(id); }
    std::string_view tenantId(std::uint32_t tenant) const { return m_tenants.name(tenant); }
    std::size_t tenantCount() const { return m_tenants.size(); }
    std::optional<std::uint32_t> findAz(std::string_view name) const { return m_azs.find(name); }
    std::string_view azName(std::uint32_t az) const { return az == kNone ? std::string_view{} : m_azs.name(az); }
    const GroupTable &groups() const { return m_groups; }
    std::size_t bucketCount() const { return m_buckets.size(); }
    std::optional<std::uint32_t> activePod(std::uint32_t tenant, std::uint32_t bucket) const;
    // The pod the tenant is actively bound to for exactly this AZ (kNone: the
    // first AZ, in AZ order, where it has one) and group - a removed pod's
    // binding included (it lasts until the tenant's next request).
    std::optional<std::uint32_t> boundPod(std::uint32_t tenant, std::uint32_t az, std::uint32_t group) const;
    std::size_t activeBindingCount() const { return m_active.size(); }
    std::vector<ActiveBindingView> activeBindings() const; // sorted by tenant id, then pod id
    bool usedBefore(std::uint32_t tenant, std::uint32_t pod) const;

    // Binding changes since the last call, in the order they happened.
    std::vector<BindingChange> takeChanges() { return m_log.take(*this); }
    std::size_t pendingChangeCount() const { return m_log.size(); }

    // Bytes held by the engine's containers (capacities, not just sizes).
    std::size_t memoryBytes() const;

private:
    struct Bucket {
        std::uint32_t az = kNone;
        std::uint32_t group = 0;
        std::vector<std::uint32_t> pods; // existing pods, table order
    };
    struct Active {
        std::uint32_t pod = kNone;
    };
    struct Slot {
        std::uint32_t pod = kNone;
        std::uint32_t bucket = kNone;
    };

    // engine.cpp: construction and indexes
    void appendPod(const Pod &pod);
    void refreshRecord(std::uint32_t index);
    void rebuildIndexes();
    void rebuildCandidateBuckets();
    std::uint32_t bucketFor(std::uint32_t az, std::uint32_t group);
    void loadBindings(const std::vector<Binding> &bindings);
    const std::vector<std::uint32_t> &candidateBuckets(std::uint32_t group, std::uint32_t az) const;

    // engineweighted.cpp: the design's policy
    Decision decideWeighted(const ResolvedRequest &r) const;
    std::optional<Slot> findKeepable(const ResolvedRequest &r, Decision &d) const;
    void gatherCandidates(const ResolvedRequest &r, Failure &failure, RawRows *rows) const;
    std::uint32_t choose(const ResolvedRequest &r, const RawRows &rows) const;
    std::optional<Rejection> hotCheck(const PodRecord &pod, const ResolvedRequest &r) const;
    std::optional<Rejection> fullCheck(const PodRecord &pod, const ResolvedRequest &r) const;
    void weighForExplain(const ResolvedRequest &r, Explanation &e) const;

    // enginetrio2o.cpp: upstream's FilterScheduler
    Decision decideTrio2o(const ResolvedRequest &r) const;
    std::optional<Slot> trio2oCurrent(const ResolvedRequest &r) const;
    void noteUpstreamAlsoBound(Decision &d) const;
    const std::vector<std::uint32_t> &trio2oCandidates(const ResolvedRequest &r) const;

    // engine.cpp: applying
    Decision startDecision(const ResolvedRequest &r) const;
    void finishDecision(Decision &d, const ResolvedRequest &r) const;
    void apply(const Decision &d);
    void endBinding(std::uint32_t tenant, std::uint32_t bucket);
    void setActive(std::uint32_t tenant, std::uint32_t bucket, std::uint32_t pod);
    bool hasActive(std::uint32_t tenant) const
    {
        return tenant < m_activePerTenant.size() && m_activePerTenant[tenant] != 0;
    }
    const BucketSummary &summary(std::uint32_t bucket) const;

    friend class BindingChangeLog;

    SchedulerConfig m_config;
    std::vector<std::unique_ptr<Filter>> m_filters; // enabled ones, FilterKind order
    std::vector<const Filter *> m_hotFilters;       // minus those the buckets guarantee
    std::array<std::unique_ptr<Weigher>, kWeigherCount> m_weighers;
    std::vector<const Weigher *> m_activeWeighers; // multiplier != 0
    std::vector<double> m_activeMultipliers;

    std::deque<Pod> m_pods; // cold copy; deque so string views stay valid
    std::vector<PodRecord> m_records;
    std::unordered_map<std::string_view, std::uint32_t> m_podByIdOrName;
    NameTable m_tenants;
    NameTable m_azs;
    GroupTable m_groups;
    std::vector<Bucket> m_buckets; // ids never change: bindings are keyed by them
    std::map<std::uint64_t, std::uint32_t> m_bucketIndex; // (az, group) -> bucket
    std::vector<std::vector<std::uint32_t>> m_azBuckets;  // per AZ
    std::vector<std::uint32_t> m_allBuckets;
    std::vector<std::uint32_t> m_bottomPods;             // table order
    std::vector<std::vector<std::uint32_t>> m_azPods;    // per AZ, table order
    // [group][az, or azCount for any AZ] -> buckets a request may use
    std::vector<std::vector<std::vector<std::uint32_t>>> m_candidateBuckets;

    FlatMap64<Active> m_active;          // (tenant, bucket) -> pod
    std::vector<std::uint32_t> m_activePerTenant; // entries of m_active per tenant: most new tenants have none
    FlatMap64<std::uint8_t> m_history;   // (tenant, pod) rows that ever existed
    BindingChangeLog m_log;

    // Scratch for decisions; reused so a warm engine does not allocate.
    mutable std::vector<const PodRecord *> m_scratch;
    mutable std::vector<std::uint32_t> m_order;
    mutable WeightTable m_table;
    mutable std::vector<BucketSummary> m_summaries; // per bucket, rebuilt when stale
};

} // namespace sched
