// SPDX-License-Identifier: Apache-2.0
#include "scenario.h"

#include <algorithm>

namespace whatif {

namespace {
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang 14 has no class template argument deduction for aggregates.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

std::string_view eventKey(const Event &event)
{
    return std::visit(Overloaded{
                          [](const CreateVm &) { return std::string_view("create_vm"); },
                          [](const DeleteVm &) { return std::string_view("delete_vm"); },
                          [](const SetUsage &) { return std::string_view("set_usage"); },
                          [](const SetCapacity &) { return std::string_view("set_capacity"); },
                          [](const SetPodState &) { return std::string_view("pod_state"); },
                          [](const AddPod &) { return std::string_view("add_pod"); },
                          [](const RemovePod &) { return std::string_view("remove_pod"); },
                          [](const DrainPod &) { return std::string_view("drain_pod"); },
                          [](const NewTenants &) { return std::string_view("new_tenants"); },
                          [](const Grow &) { return std::string_view("grow"); },
                      },
                      event);
}

std::uint32_t Scenario::addTenantList(std::vector<NameId> tenants)
{
    m_lists.push_back(std::move(tenants));
    return std::uint32_t(m_lists.size() - 1);
}

std::uint32_t Scenario::addNewPod(sched::Pod pod)
{
    m_newPods.push_back(std::move(pod));
    return std::uint32_t(m_newPods.size() - 1);
}

std::string_view growSkipKey(GrowSkip s)
{
    static constexpr std::array<std::string_view, kGrowSkipCount> keys{
        "too_little_history", "flat_or_falling", "poor_fit", "no_vm_size", "less_than_one_vm", "no_tenants"};
    return keys[std::size_t(s)];
}

std::uint64_t Growth::requests() const
{
    std::uint64_t n = 0;
    for (const GrowPod &p : pods)
        n += p.vms;
    return n;
}

std::uint32_t Scenario::addGrowth(Growth growth)
{
    m_growths.push_back(std::move(growth));
    return std::uint32_t(m_growths.size() - 1);
}

std::uint64_t Scenario::workUnits() const
{
    std::uint64_t n = 0;
    for (const Event &e : events) {
        if (const auto *c = std::get_if<CreateVm>(&e))
            n += c->count;
        else if (const auto *g = std::get_if<Grow>(&e); g && g->growth != kNoId)
            n += std::max<std::uint64_t>(1, growth(g->growth).requests());
        else
            ++n;
    }
    return n;
}

} // namespace whatif
