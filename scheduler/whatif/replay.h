// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs one scenario under one policy on an Engine built from a copy of the
// base state (the base itself is never changed; it must outlive the Replay).
//
// What events do:
// - create_vm: for each of `count` VMs, resolve (tenant, az, group, size) and
//   select(); unless it failed, the VM lands on the decided pod:
//   addUsage(pod, size, 1). Known usage grows; unknown usage stays unknown.
// - delete_vm: subtracts count x size (and count VMs) from the pod the tenant
//   is actively bound to for that group (and AZ, when given; without one the
//   first AZ in AZ order where it has such a binding) - also a pod an earlier
//   remove_pod took away, whose binding lasts until the tenant's next request.
//   No binding there: counted as skipped, reported as a failure of kind
//   NoBinding. Usage stops at 0: a delete of more than the pod holds counts in
//   Summary::clampedDeletes, and only the VMs the pod held count as deleted.
//   Bindings never change.
// - set_usage / set_capacity / pod_state / add_pod / remove_pod: the engine's
//   mutations; a removed pod's tenants rebind on their next request.
// - drain_pod: Engine::drain() - every tenant bound to the pod is rebound at
//   once (weighted decision with the pod ignored; VMs stay where they are).
// - new_tenants: nothing to replay (the tenants exist from then on).
// - grow: the expanded requests (growth.h) as create_vm VMs, in the order
//   of GrowthSequence (the pods' growths interleaved over the period).
// Cancellation is checked between events and every 4096 VMs of a burst.

#include "engine.h"
#include "reportbuilder.h"
#include "scenario.h"

#include <atomic>
#include <memory>

namespace whatif {

class Replay
{
public:
    Replay(const Scenario &scenario, const sched::CloudState &base, const PolicyRun &policy);
    // For events still being read (ReplayPipeline): `eventCount` events will
    // come, one step() each; the scenario may intern names, add tenant lists
    // and pods between steps.
    Replay(const Scenario &scenario, const sched::CloudState &base, const PolicyRun &policy, std::uint64_t eventCount);

    // Runs every event, or stops when *cancel becomes true (returns false).
    // Adds the work done (VMs + other events) to *done as it goes.
    bool run(const std::atomic<bool> *cancel = nullptr, std::atomic<std::uint64_t> *done = nullptr);
    // Or one event at a time, in order: false when *cancel stopped it within
    // the event (the replay has stopped then). watch() first.
    void watch(const std::atomic<bool> *cancel, std::atomic<std::uint64_t> *done)
    {
        m_cancel = cancel;
        m_done = done;
    }
    bool step(std::uint32_t index, const Event &event);
    // Stops between events (a cancelled run): finish() reports it.
    void stop() { m_stopped = true; }
    // Adds the work not yet added to *done.
    void publishProgress();
    // The report; call once, after run().
    Report finish();

    const sched::Engine &engine() const { return m_engine; }
    // trio2o rotations after which upstream would leave the tenant bound twice
    // in one AZ (engine indices), in event order.
    struct BoundTwice {
        std::uint32_t event = 0;
        std::uint32_t tenant = 0;
        std::uint32_t az = 0;
        std::uint32_t endedPod = 0;
        std::uint32_t newPod = 0;
    };
    const std::vector<BoundTwice> &boundTwice() const { return m_boundTwice; }
    // Failed requests per engine tenant id (for comparisons).
    std::uint32_t failuresOf(std::uint32_t engineTenant) const
    {
        return engineTenant < m_failures.size() ? m_failures[engineTenant] : 0;
    }

private:
    bool apply(std::uint32_t index, const CreateVm &e);
    bool apply(std::uint32_t index, const DeleteVm &e);
    bool apply(std::uint32_t index, const SetUsage &e);
    bool apply(std::uint32_t index, const SetCapacity &e);
    bool apply(std::uint32_t index, const SetPodState &e);
    bool apply(std::uint32_t index, const AddPod &e);
    bool apply(std::uint32_t index, const RemovePod &e);
    bool apply(std::uint32_t index, const DrainPod &e);
    bool apply(std::uint32_t index, const NewTenants &e);
    bool apply(std::uint32_t index, const Grow &e);

    void createOne(std::uint32_t index, NameId tenant, NameId az, NameId group, const sched::Amounts &size);

    bool resolve(NameId tenant, NameId az, NameId group, const sched::Amounts &size, sched::ResolvedRequest &out);
    std::optional<std::uint32_t> boundPod(std::uint32_t tenant, NameId az, NameId group) const;
    NameId tenantAt(const TenantRef &who, std::uint64_t i) const;
    void countFailure(const sched::Decision &d);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void progress(std::uint64_t units);

    const Scenario &m_scenario;
    sched::Engine m_engine;
    ReportBuilder m_builder;
    // Per scenario NameId: the engine's interned id, kUnresolved until first use.
    std::vector<std::uint32_t> m_tenantIds;
    std::vector<std::uint32_t> m_azIds;
    std::vector<std::uint32_t> m_groupIds;
    std::vector<std::uint32_t> m_failures; // per engine tenant
    std::vector<BoundTwice> m_boundTwice;
    const std::atomic<bool> *m_cancel = nullptr;
    std::atomic<std::uint64_t> *m_done = nullptr;
    std::uint64_t m_unpublished = 0;
    bool m_stopped = false;
};

} // namespace whatif
