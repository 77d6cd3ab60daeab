#include "cloudsnapshot.h"

#include "statevalidator.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

namespace model {

namespace {

// Ranks of `keys` in ascending (locale-aware) order; equal keys share a rank.
std::vector<int> ranksOf(const std::vector<QString> &keys)
{
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return QString::compare(keys[std::size_t(a)], keys[std::size_t(b)], Qt::CaseInsensitive) < 0;
    });
    std::vector<int> rank(keys.size());
    int r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && QString::compare(keys[std::size_t(order[i - 1])], keys[std::size_t(order[i])], Qt::CaseInsensitive) != 0)
            ++r;
        rank[std::size_t(order[i])] = r;
    }
    return rank;
}

} // namespace

std::shared_ptr<const CloudSnapshot> CloudSnapshot::build(sched::CloudState &&state, std::int64_t loadedAtUs,
                                                          QString source)
{
    auto snap = std::make_shared<CloudSnapshot>();
    snap->m_loadedAtUs = loadedAtUs;
    snap->m_source = std::move(source);
    snap->m_pods = std::move(state.pods);
    snap->indexPods();

    std::unordered_map<std::string, int> podByID, tenantByName;
    for (std::size_t i = 0; i < snap->m_pods.size(); ++i)
        podByID.emplace(snap->m_pods[i].id, int(i));
    snap->m_bindings.reserve(state.bindings.size());
    for (sched::Binding &b : state.bindings) {
        const auto pod = podByID.find(b.podId);
        if (pod == podByID.end())
            continue; // the store refuses such rows; be robust anyway
        auto [tenant, fresh] = tenantByName.try_emplace(std::move(b.tenantId), int(snap->m_tenantNames.size()));
        if (fresh)
            snap->m_tenantNames.append(QString::fromStdString(tenant->first));
        BindingRow row;
        row.createdAtUs = b.createdAtUs;
        row.endedAtUs = b.endedAtUs.value_or(b.active ? 0 : b.updatedAtUs.value_or(0));
        row.tenant = tenant->second;
        row.pod = pod->second;
        row.active = b.active;
        snap->m_bindings.push_back(row);
        std::string().swap(b.id);
        std::string().swap(b.podId);
    }
    std::vector<sched::Binding>().swap(state.bindings);
    snap->indexTenants();
    return snap;
}

void CloudSnapshot::indexPods()
{
    const std::size_t n = m_pods.size();
    m_podNames.resize(n);
    m_podAzs.resize(n);
    m_podGroups.resize(n);
    m_podIds.resize(n);
    m_podAzIndex.assign(n, -1);
    m_activePerPod.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const sched::Pod &p = m_pods[i];
        m_podNames[i] = QString::fromStdString(p.name);
        m_podAzs[i] = QString::fromStdString(p.azName);
        m_podGroups[i] = StateValidator::groupLabel(sched::groupKey(p.tags));
        m_podIds[i] = QString::fromStdString(p.id);
        if (p.isTop())
            m_topPod = int(i);
        else if (!m_azNames.contains(m_podAzs[i]))
            m_azNames.append(m_podAzs[i]);
    }
    m_azNames.sort(Qt::CaseInsensitive);
    for (std::size_t i = 0; i < n; ++i)
        if (!m_pods[i].isTop())
            m_podAzIndex[i] = int(m_azNames.indexOf(m_podAzs[i]));
    m_podNameRank = ranksOf(m_podNames);
    m_azNameRank = ranksOf(m_podAzs);
    m_groupRank = ranksOf(m_podGroups);
}

void CloudSnapshot::indexTenants()
{
    const std::size_t tenants = std::size_t(m_tenantNames.size());
    m_tenantRank = ranksOf(std::vector<QString>(m_tenantNames.begin(), m_tenantNames.end()));
    m_tenantActive.assign(tenants, 0);
    m_tenantOffsets.assign(tenants + 1, 0);
    for (const BindingRow &b : m_bindings) {
        ++m_tenantOffsets[std::size_t(b.tenant) + 1];
        if (b.active) {
            ++m_tenantActive[std::size_t(b.tenant)];
            ++m_activePerPod[std::size_t(b.pod)];
            ++m_activeTotal;
        }
    }
    std::partial_sum(m_tenantOffsets.begin(), m_tenantOffsets.end(), m_tenantOffsets.begin());
    m_tenantBindings.resize(m_bindings.size());
    std::vector<int> fill(m_tenantOffsets.begin(), m_tenantOffsets.end() - 1);
    for (std::size_t i = 0; i < m_bindings.size(); ++i)
        m_tenantBindings[std::size_t(fill[std::size_t(m_bindings[i].tenant)]++)] = int(i);
}

int CloudSnapshot::podIndex(const QString &podId) const
{
    const auto it = std::find(m_podIds.begin(), m_podIds.end(), podId);
    return it == m_podIds.end() ? -1 : int(it - m_podIds.begin());
}

bool CloudSnapshot::tenantBoundIn(int tenant, int azIndex, int pod) const
{
    for (int i = m_tenantOffsets[std::size_t(tenant)]; i < m_tenantOffsets[std::size_t(tenant) + 1]; ++i) {
        const BindingRow &b = m_bindings[std::size_t(m_tenantBindings[std::size_t(i)])];
        if (b.active && (pod < 0 || b.pod == pod) && (azIndex < 0 || azIndexOfPod(b.pod) == azIndex))
            return true;
    }
    return false;
}

std::vector<int> CloudSnapshot::bindingsOfTenant(int tenant) const
{
    const auto begin = m_tenantBindings.begin() + m_tenantOffsets[std::size_t(tenant)];
    const auto end = m_tenantBindings.begin() + m_tenantOffsets[std::size_t(tenant) + 1];
    std::vector<int> out(begin, end);
    std::stable_sort(out.begin(), out.end(), [this](int a, int b) {
        return m_bindings[std::size_t(a)].createdAtUs < m_bindings[std::size_t(b)].createdAtUs;
    });
    return out;
}

} // namespace model
