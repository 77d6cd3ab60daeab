// SPDX-License-Identifier: Apache-2.0
#include "scenariocheck.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace whatif {

class ReferenceCheck::Checker
{
public:
    Checker(const Scenario &scenario, const sched::CloudState &base) : m_scenario(scenario)
    {
        m_baseTenants.reserve(base.bindings.size());
        for (const sched::Binding &b : base.bindings)
            m_baseTenants.insert(b.tenantId);
        for (const sched::Pod &p : base.pods)
            addPod(p);
    }

    std::optional<Problem> check(std::size_t index, const Event &event)
    {
        m_index = index;
        if (m_knownName.size() < m_scenario.nameCount()) { // names interned since: known if the base binds them
            const std::size_t from = m_knownName.size();
            m_knownName.resize(m_scenario.nameCount(), 0);
            for (std::size_t id = from; id < m_knownName.size(); ++id)
                m_knownName[id] = m_baseTenants.count(m_scenario.name(NameId(id))) ? 1 : 0;
        }
        return std::visit([this](const auto &e) { return visit(e); }, event);
    }

private:
    std::optional<Problem> problem(const char *field, ProblemCode code, std::string_view name) const
    {
        return Problem{m_index, field, code, std::string(name)};
    }

    void addPod(const sched::Pod &p)
    {
        const auto slot = std::uint32_t(m_alive.size());
        m_alive.push_back(1);
        if (!p.isTop()) {
            m_azs.insert(p.azName);
            m_groups.insert({p.azName, sched::groupKey(p.tags)});
            m_groups.insert({std::string(), sched::groupKey(p.tags)});
        }
        m_pods[p.id] = slot;
        m_pods[p.name] = slot;
    }
    bool podAlive(std::string_view ref) const
    {
        const auto it = m_pods.find(std::string(ref));
        return it != m_pods.end() && m_alive[it->second];
    }
    std::optional<Problem> needPod(NameId pod) const
    {
        if (podAlive(m_scenario.name(pod)))
            return std::nullopt;
        return problem("pod", ProblemCode::UnknownPod, m_scenario.name(pod));
    }
    void markList(std::uint32_t list)
    {
        for (const NameId t : m_scenario.tenantList(list))
            m_knownName[t] = 1;
    }
    std::optional<Problem> needTenants(const TenantRef &who, bool listIntroduces)
    {
        if (who.tenant != kNoId && !m_knownName[who.tenant])
            return problem("tenant", ProblemCode::UnknownTenant, m_scenario.name(who.tenant));
        if (who.list == kNoId)
            return std::nullopt;
        if (listIntroduces)
            markList(who.list);
        for (const NameId t : m_scenario.tenantList(who.list))
            if (!m_knownName[t])
                return problem("tenants", ProblemCode::UnknownTenant, m_scenario.name(t));
        return std::nullopt;
    }

    // An AZ some pod of the base or an earlier add_pod has ("" = any AZ).
    // AZs are never forgotten: one found stays known, by its NameId.
    std::optional<Problem> needAz(NameId az)
    {
        if (az < m_knownAz.size() && m_knownAz[az])
            return std::nullopt;
        const std::string_view name = m_scenario.name(az);
        if (name.empty() || m_azs.count(std::string(name))) {
            if (az >= m_knownAz.size())
                m_knownAz.resize(std::max<std::size_t>(az + 1, m_scenario.nameCount()), 0);
            m_knownAz[az] = 1;
            return std::nullopt;
        }
        return problem("az", ProblemCode::UnknownAz, name);
    }
    std::optional<Problem> visit(const CreateVm &e)
    {
        if (auto p = needTenants(e.who, true))
            return p;
        return needAz(e.az);
    }
    std::optional<Problem> visit(const DeleteVm &e)
    {
        if (auto p = needTenants(e.who, false))
            return p;
        return needAz(e.az);
    }
    std::optional<Problem> visit(const Grow &e)
    {
        if (e.az != kNoId)
            if (auto p = needAz(e.az))
                return p;
        const std::string az(e.az == kNoId ? std::string_view() : m_scenario.name(e.az));
        if (e.group == kNoId || m_groups.count({az, std::string(m_scenario.name(e.group))}))
            return std::nullopt;
        return problem("group", ProblemCode::UnknownGroup, m_scenario.name(e.group));
    }
    std::optional<Problem> visit(const SetUsage &e) const { return needPod(e.pod); }
    std::optional<Problem> visit(const SetCapacity &e) const { return needPod(e.pod); }
    std::optional<Problem> visit(const SetPodState &e) const { return needPod(e.pod); }
    std::optional<Problem> visit(const DrainPod &e) const { return needPod(e.pod); }
    std::optional<Problem> visit(const RemovePod &e)
    {
        if (auto p = needPod(e.pod))
            return p;
        const std::uint32_t slot = m_pods.at(std::string(m_scenario.name(e.pod)));
        m_alive[slot] = 0;
        return std::nullopt;
    }
    std::optional<Problem> visit(const AddPod &e)
    {
        const sched::Pod &p = m_scenario.newPods()[e.pod];
        if (p.isTop())
            return problem("pod.az_name", ProblemCode::TopPod, p.name);
        if (podAlive(p.id))
            return problem("pod.pod_id", ProblemCode::PodExists, p.id);
        if (podAlive(p.name))
            return problem("pod.pod_name", ProblemCode::PodExists, p.name);
        addPod(p);
        return std::nullopt;
    }
    std::optional<Problem> visit(const NewTenants &e)
    {
        markList(e.list);
        return std::nullopt;
    }

    const Scenario &m_scenario;
    std::size_t m_index = 0;
    std::unordered_set<std::string_view> m_baseTenants; // bound in the base
    std::vector<std::uint8_t> m_knownName; // per NameId: a known tenant
    std::vector<std::uint8_t> m_knownAz;   // per NameId: an AZ found already
    std::unordered_map<std::string, std::uint32_t> m_pods; // id or name -> slot
    std::vector<std::uint8_t> m_alive;
    std::unordered_set<std::string> m_azs; // AZ names of bottom pods seen so far
    std::set<std::pair<std::string, std::string>> m_groups; // (AZ or "", group) of bottom pods seen so far
};

ReferenceCheck::ReferenceCheck(const Scenario &scenario, const sched::CloudState &base)
    : m_checker(std::make_unique<Checker>(scenario, base))
{
}

ReferenceCheck::~ReferenceCheck() = default;

std::optional<Problem> ReferenceCheck::check(std::size_t index, const Event &event)
{
    return m_checker->check(index, event);
}

std::optional<Problem> checkReferences(const Scenario &scenario, const sched::CloudState &base)
{
    ReferenceCheck checker(scenario, base);
    for (std::size_t i = 0; i < scenario.events.size(); ++i)
        if (auto p = checker.check(i, scenario.events[i]))
            return p;
    return std::nullopt;
}

} // namespace whatif
