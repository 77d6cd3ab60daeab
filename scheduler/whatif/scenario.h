// SPDX-License-Identifier: Apache-2.0
#pragma once

// A what-if scenario as plain values: the policies to replay and an ordered
// list of events with already-validated fields. Strings (tenant ids, AZs,
// groups, pod references) are interned once into the scenario's name table, so
// a million-event scenario stays a flat array of small structs.
//
//   whatif::Scenario s;
//   s.policies.push_back({"weighted", {}});
//   s.events.push_back(whatif::CreateVm{{s.intern("t1")}, s.intern("az1"), s.intern(""), {2, 4096, 20}, 1});

#include "cloud.h"
#include "schedulerconfig.h"
#include "stringpool.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace whatif {

using NameId = std::uint32_t; // index into Scenario's name table
inline constexpr std::uint32_t kNoId = std::numeric_limits<std::uint32_t>::max();

// Who a VM event is for: one tenant, or a list spread round-robin (VM i goes
// to tenant i mod list size).
struct TenantRef {
    NameId tenant = kNoId;
    std::uint32_t list = kNoId; // index of a tenant list
};

struct CreateVm {
    TenantRef who;
    NameId az = kNoId;    // "" = any bottom AZ
    NameId group = kNoId; // canonical group text, "" = general
    sched::Amounts size{};
    std::uint32_t count = 1;
};
// Removes `count` VMs of `size` from the pod the tenant is actively bound to
// for exactly that AZ and group (an empty AZ: the first AZ, in AZ order, where
// it has such a binding). Bindings do not change.
struct DeleteVm {
    TenantRef who;
    NameId az = kNoId;
    NameId group = kNoId;
    sched::Amounts size{};
    std::uint32_t count = 1;
};
struct SetUsage {
    NameId pod = kNoId; // pod id or name
    sched::Resource resource = sched::Resource::Vcpus;
    std::optional<std::int64_t> used; // nullopt = unknown (never collected)
};
struct SetCapacity {
    NameId pod = kNoId;
    sched::Resource resource = sched::Resource::Vcpus;
    std::int64_t total = 0;
    std::optional<double> threshold;
};
struct SetPodState {
    NameId pod = kNoId;
    sched::PodState state = sched::PodState::Enabled;
};
struct AddPod {
    std::uint32_t pod = kNoId; // index into Scenario::newPods()
};
struct RemovePod {
    NameId pod = kNoId;
};
struct DrainPod {
    NameId pod = kNoId;
};
struct NewTenants {
    std::uint32_t list = kNoId;
};
// The projected growth of the base's pods over `days` (growth.h): expanded
// once the base is loaded (expandGrowth) into create-VM requests of each
// pod's tenants, which go through the scheduler.
struct Grow {
    std::uint32_t days = 0;
    NameId az = kNoId;    // kNoId: every AZ
    NameId group = kNoId; // kNoId: every group; otherwise canonical group text
    std::optional<sched::Amounts> vm; // the VM size; nullopt: the base's typical VM
    std::uint32_t growth = kNoId;     // Scenario::growth(), once expanded
};

using Event = std::variant<CreateVm, DeleteVm, SetUsage, SetCapacity, SetPodState, AddPod, RemovePod, DrainPod,
                           NewTenants, Grow>;
// JSON spelling of the event's type: "create_vm", ..., "pod_state", ..., "new_tenants", "grow".
std::string_view eventKey(const Event &event);

// Why a grow event adds no VMs for a pod of its AZ and group.
enum class GrowSkip : std::uint8_t {
    TooLittleHistory, // no resource has enough history for a trend
    FlatOrFalling,    // no resource grows
    PoorFit,          // a trend that bent: not projected
    NoVmSize,         // it grows only in resources the VM size does not use
    LessThanOneVm,    // the growth over the days is less than half a VM
    NoTenants,        // no tenant is actively bound to it
};
inline constexpr std::size_t kGrowSkipCount = 6;
std::string_view growSkipKey(GrowSkip s); // "too_little_history", ...

// One pod's share of a grow event: `vms` create-VM requests of its tenants
// (VM j goes to tenant j mod the list's size) in its AZ and group.
struct GrowPod {
    std::string podName;
    NameId az = kNoId;
    NameId group = kNoId;
    std::uint32_t tenants = kNoId; // tenant list: actively bound to the pod, by id
    std::uint64_t vms = 0;
};

// A grow event expanded against the base (expandGrowth).
struct Growth {
    std::uint32_t days = 0;
    std::int64_t nowUs = 0;              // the outlook's now: the base's latest history sample
    std::optional<sched::Amounts> vmSize; // given or measured; nullopt: none
    std::vector<GrowPod> pods;           // projected pods, in base order
    std::array<std::uint32_t, kGrowSkipCount> skipped{}; // pods per GrowSkip
    std::uint64_t requests() const;
};

// One policy to replay; the first of a scenario is the primary one (the plan
// and the detailed report are its), the others are compared against it.
struct PolicyRun {
    std::string name;
    sched::SchedulerConfig config;
};

class Scenario
{
public:

    std::vector<PolicyRun> policies;
    std::vector<Event> events;
    std::uint32_t maxSamples = 100; // time-series samples per pod (see Report)

    NameId intern(std::string_view name) { return m_names.intern(name); }
    std::string_view name(NameId id) const { return m_names.name(id); }
    std::size_t nameCount() const { return m_names.size(); }

    std::uint32_t addTenantList(std::vector<NameId> tenants);
    const std::vector<NameId> &tenantList(std::uint32_t list) const { return m_lists[list]; }
    std::size_t tenantListCount() const { return m_lists.size(); }

    std::uint32_t addNewPod(sched::Pod pod);
    const std::vector<sched::Pod> &newPods() const { return m_newPods; }

    std::uint32_t addGrowth(Growth growth);
    const Growth &growth(std::uint32_t index) const { return m_growths[index]; }

    // How many VMs (decisions) the create_vm events ask for; the progress total.
    std::uint64_t workUnits() const;

private:
    // One copy of each name; a lookup costs about two cache misses.
    sched::StringPool m_names;
    std::vector<std::vector<NameId>> m_lists;
    std::vector<sched::Pod> m_newPods;
    std::vector<Growth> m_growths;
};

} // namespace whatif
