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

#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
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

using Event = std::variant<CreateVm, DeleteVm, SetUsage, SetCapacity, SetPodState, AddPod, RemovePod, DrainPod,
                           NewTenants>;
// JSON spelling of the event's type: "create_vm", ..., "pod_state", ..., "new_tenants".
std::string_view eventKey(const Event &event);

// One policy to replay; the first of a scenario is the primary one (the plan
// and the detailed report are its), the others are compared against it.
struct PolicyRun {
    std::string name;
    sched::SchedulerConfig config;
};

class Scenario
{
public:
    Scenario() = default;
    Scenario(const Scenario &other); // the copy's index views its own names
    Scenario &operator=(const Scenario &other);
    Scenario(Scenario &&) = default; // a deque's elements stay where they are
    Scenario &operator=(Scenario &&) = default;

    std::vector<PolicyRun> policies;
    std::vector<Event> events;
    std::uint32_t maxSamples = 100; // time-series samples per pod (see Report)

    NameId intern(std::string_view name);
    std::string_view name(NameId id) const { return m_names[id]; }
    std::size_t nameCount() const { return m_names.size(); }

    std::uint32_t addTenantList(std::vector<NameId> tenants);
    const std::vector<NameId> &tenantList(std::uint32_t list) const { return m_lists[list]; }

    std::uint32_t addNewPod(sched::Pod pod);
    const std::vector<sched::Pod> &newPods() const { return m_newPods; }

    // How many VMs (decisions) the create_vm events ask for; the progress total.
    std::uint64_t workUnits() const;

private:
    // A deque: the names never move, so the index can key on views of them
    // (one copy of each name, and no string built per lookup).
    std::deque<std::string> m_names;
    std::unordered_map<std::string_view, NameId> m_index;
    std::vector<std::vector<NameId>> m_lists;
    std::vector<sched::Pod> m_newPods;
};

} // namespace whatif
