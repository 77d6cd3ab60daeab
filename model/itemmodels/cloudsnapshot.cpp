// SPDX-License-Identifier: Apache-2.0
#include "cloudsnapshot.h"

#include "naturalorder.h"
#include "statevalidator.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace model {

namespace {

int caseInsensitive(QStringView a, QStringView b) { return a.compare(b, Qt::CaseInsensitive); }

// Ranks of `keys` in ascending order of `compare`; equal keys share a rank.
// Names of pods, AZs and groups sort naturally (az2 < az10); tenant ids,
// hundreds of thousands of hex strings, by the cheaper case-insensitive order.
std::vector<int> ranksOf(const std::vector<QString> &keys, int (*compare)(QStringView, QStringView))
{
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return compare(keys[std::size_t(a)], keys[std::size_t(b)]) < 0; });
    std::vector<int> rank(keys.size());
    int r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(keys[std::size_t(order[i - 1])], keys[std::size_t(order[i])]) != 0)
            ++r;
        rank[std::size_t(order[i])] = r;
    }
    return rank;
}

} // namespace

CloudSnapshot::Builder::Builder(std::vector<sched::Pod> pods, std::int64_t loadedAtUs, QString source)
    : m_snapshot(std::make_shared<CloudSnapshot>())
{
    m_snapshot->m_loadedAtUs = loadedAtUs;
    m_snapshot->m_source = std::move(source);
    m_snapshot->m_pods = std::move(pods);
    m_snapshot->indexPods();
    for (std::size_t i = 0; i < m_snapshot->m_podIds.size(); ++i)
        m_podIndex.insert(m_snapshot->m_podIds[i], int(i));
}

int CloudSnapshot::Builder::podIndex(const QString &podId) const { return m_podIndex.value(podId, -1); }

void CloudSnapshot::Builder::reserve(std::size_t bindings) { m_snapshot->m_bindings.reserve(bindings); }

void CloudSnapshot::Builder::addBinding(const QString &tenantId, int pod, bool active, std::int64_t createdAtUs,
                                        std::int64_t endedAtUs)
{
    if (pod < 0)
        return; // the store refuses such rows; be robust anyway
    auto tenant = m_tenantIndex.constFind(tenantId);
    if (tenant == m_tenantIndex.constEnd()) {
        tenant = m_tenantIndex.insert(tenantId, int(m_snapshot->m_tenantNames.size()));
        m_snapshot->m_tenantNames.append(tenantId);
    }
    BindingRow row;
    row.createdAtUs = createdAtUs;
    row.endedAtUs = endedAtUs;
    row.tenant = tenant.value();
    row.pod = pod;
    row.active = active;
    m_snapshot->m_bindings.push_back(row);
}

void CloudSnapshot::Builder::setUsageHistory(std::map<std::string, sched::UsageHistory, std::less<>> history)
{
    m_snapshot->m_usageHistory = std::move(history);
}

std::shared_ptr<const CloudSnapshot> CloudSnapshot::Builder::finish()
{
    m_tenantIndex.clear();
    m_snapshot->m_bindings.shrink_to_fit();
    m_snapshot->indexTenants();
    // Ranking the tenant ids sorts them all (a third of a second at 300,000):
    // done here, off the GUI thread, not when a table first sorts by tenant.
    m_snapshot->tenantRanks();
    return std::move(m_snapshot);
}

std::shared_ptr<const CloudSnapshot> CloudSnapshot::build(sched::CloudState &&state, std::int64_t loadedAtUs,
                                                          QString source)
{
    Builder builder(std::move(state.pods), loadedAtUs, std::move(source));
    builder.reserve(state.bindings.size());
    builder.setUsageHistory(std::move(state.usageHistory));
    for (const sched::Binding &b : state.bindings)
        builder.addBinding(QString::fromStdString(b.tenantId), builder.podIndex(QString::fromStdString(b.podId)),
                           b.active, b.createdAtUs, b.endedAtUs.value_or(b.active ? 0 : b.updatedAtUs.value_or(0)));
    return builder.finish();
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
    std::sort(m_azNames.begin(), m_azNames.end(), NaturalOrder());
    for (std::size_t i = 0; i < n; ++i)
        if (!m_pods[i].isTop())
            m_podAzIndex[i] = int(m_azNames.indexOf(m_podAzs[i]));
    m_podNameRank = ranksOf(m_podNames, &NaturalOrder::compare);
    m_azNameRank = ranksOf(m_podAzs, &NaturalOrder::compare);
    m_groupRank = ranksOf(m_podGroups, &NaturalOrder::compare);
}

void CloudSnapshot::indexTenants()
{
    const std::size_t tenants = std::size_t(m_tenantNames.size());
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
    countBoundTenants();
}

void CloudSnapshot::countBoundTenants()
{
    m_boundTenantsPerAz.assign(std::size_t(m_azNames.size()), 0);
    m_boundTenantsPerPod.assign(m_pods.size(), 0);
    m_boundTenants = 0;
    std::vector<int> pods, azs; // of one tenant, deduplicated
    for (std::size_t t = 0; t + 1 < m_tenantOffsets.size(); ++t) {
        pods.clear();
        azs.clear();
        for (int i = m_tenantOffsets[t]; i < m_tenantOffsets[t + 1]; ++i) {
            const BindingRow &b = m_bindings[std::size_t(m_tenantBindings[std::size_t(i)])];
            if (!b.active)
                continue;
            if (std::find(pods.begin(), pods.end(), b.pod) == pods.end())
                pods.push_back(b.pod);
            const int az = azIndexOfPod(b.pod);
            if (az >= 0 && std::find(azs.begin(), azs.end(), az) == azs.end())
                azs.push_back(az);
        }
        for (int p : pods)
            ++m_boundTenantsPerPod[std::size_t(p)];
        for (int az : azs)
            ++m_boundTenantsPerAz[std::size_t(az)];
        m_boundTenants += !pods.empty();
    }
}

const std::vector<int> &CloudSnapshot::tenantRanks() const
{
    std::call_once(m_tenantRankOnce, [this] {
        m_tenantRank = ranksOf(std::vector<QString>(m_tenantNames.begin(), m_tenantNames.end()), &caseInsensitive);
    });
    return m_tenantRank;
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
