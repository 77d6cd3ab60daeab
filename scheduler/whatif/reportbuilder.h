// SPDX-License-Identifier: Apache-2.0
#pragma once

// Collects a Report while a Replay runs: counts decisions, turns the engine's
// binding changes into change records with the plan's binding references,
// keeps bound-tenant counts per pod, and samples the time series.

#include "engine.h"
#include "report.h"

#include <map>

namespace whatif {

class ReportBuilder
{
public:
    ReportBuilder(sched::Engine &engine, const sched::CloudState &base, const PolicyRun &policy,
                  std::uint64_t eventCount, std::uint32_t maxSamples);

    // After a select() or drain(): records the decision and the changes it applied.
    void decision(std::uint32_t event, const sched::Decision &d, bool drain);
    // A create_vm VM of `size` landed on `pod` during `event`.
    void vmCreated(std::uint32_t event, std::uint32_t pod, const sched::Amounts &size)
    {
        ++m_report.summary.vmsCreated;
        if (m_crossedAt[pod] == kNoId)
            noteThreshold(event, pod, &size);
    }
    // set_usage, set_capacity, add_pod changed the pod's usage or limits.
    void podChanged(std::uint32_t event, std::uint32_t pod);
    void vmsDeleted(std::uint64_t vms, bool clamped)
    {
        m_report.summary.vmsDeleted += vms;
        m_report.summary.clampedDeletes += clamped ? 1 : 0;
    }
    void deleteSkipped(std::uint32_t event, std::uint32_t engineTenant, std::string_view az, std::string_view group);
    void podAdded(std::uint32_t pod);
    void growth(std::uint32_t event, const Growth &g);
    // After each event; samples when due.
    void eventDone(std::uint64_t eventsDone);

    Report finish(bool cancelled);

private:
    void takeChanges(std::uint32_t event, const sched::Decision &d, bool drain);
    void record(std::uint32_t event, const sched::Decision &d, std::uint32_t from, std::uint32_t to, BindingRef end,
                BindingRef created, ChangeReason reason);
    PodFigures figures(std::uint32_t pod) const;
    void sample(std::uint64_t eventsDone);
    void noteThreshold(std::uint32_t event, std::uint32_t pod, const sched::Amounts *size = nullptr);
    std::optional<sched::Resource> resourceAtThreshold(std::uint32_t pod, const sched::Amounts *size = nullptr) const;
    void sampleHeadroom(std::uint64_t eventsDone);
    std::uint32_t headroomSlot(const PodReport &pod);
    std::uint32_t tenantIndex(std::uint32_t engineTenant);
    std::uint32_t azIndex(std::string_view az);
    std::uint32_t groupIndex(std::string_view group);
    std::uint32_t cachedIndex(std::vector<std::pair<const char *, std::uint32_t>> &seen,
                              std::map<std::string, std::uint32_t, std::less<>> &index, std::vector<std::string> &names,
                              std::string_view name);
    std::uint32_t nameIndex(std::map<std::string, std::uint32_t, std::less<>> &index, std::vector<std::string> &names,
                            std::string_view name);
    std::uint32_t reportPod(std::uint32_t enginePod) const { return enginePod < m_podSlot.size() ? m_podSlot[enginePod] : kNoId; }
    BindingRef exportRef(BindingRef ref);

    sched::Engine &m_engine;
    Report m_report;
    std::vector<std::uint32_t> m_boundTenants; // per engine pod
    // Per engine pod: the event it first reached its threshold at, kNoId
    // while below (pods full before the first event: kFullBefore).
    std::vector<std::uint32_t> m_crossedAt;
    std::vector<std::uint32_t> m_headroomSlot; // Report::pods -> Report::headroom
    std::map<std::pair<std::string, std::string>, std::uint32_t> m_headroomIndex;
    std::vector<std::uint32_t> m_podSlot;      // engine pod -> Report::pods, kNoId for the top
    std::vector<std::uint32_t> m_tenantSlot;   // engine tenant -> Report::tenants
    std::map<std::string, std::uint32_t, std::less<>> m_azIndex;
    std::map<std::string, std::uint32_t, std::less<>> m_groupIndex;
    std::vector<std::pair<const char *, std::uint32_t>> m_azSeen; // view address -> index
    std::vector<std::pair<const char *, std::uint32_t>> m_groupSeen;
    sched::FlatMap64<BindingRef> m_activeRefs; // (engine tenant, engine pod) -> binding
    std::vector<std::string_view> m_baseIds;   // base binding ids, by BindingRef before copying
    std::vector<std::uint32_t> m_baseIdSlot;   // -> Report::bindingIds
    std::vector<sched::BindingChange> m_pending; // taken from the engine, not yet recorded
    std::size_t m_pendingAt = 0;
    std::uint32_t m_nextNew = 0;
    std::uint64_t m_nextSample = 0;
};

} // namespace whatif
