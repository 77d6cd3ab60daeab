// SPDX-License-Identifier: Apache-2.0
#include "importrepair.h"

#include "statevalidator.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

namespace model {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

ImportRepair::ImportRepair(const sched::CloudState &state) : m_state(state)
{
    findSecondTopRegions();
    findOrphans();
    findBoundTwice();
}

QString ImportRepair::podLabel(std::size_t pod) const
{
    const sched::Pod &p = m_state.pods[pod];
    return tr("pods[%1] (%2, pod_id %3)").arg(pod).arg(str(p.name), str(p.id));
}

QString ImportRepair::bindingLabel(std::size_t binding) const
{
    const sched::Binding &b = m_state.bindings[binding];
    return tr("pod_bindings[%1] (id %2, tenant %3, pod_id %4)").arg(binding).arg(str(b.id), str(b.tenantId), str(b.podId));
}

void ImportRepair::findSecondTopRegions()
{
    const sched::Pod *top = nullptr;
    for (std::size_t i = 0; i < m_state.pods.size(); ++i) {
        const sched::Pod &p = m_state.pods[i];
        if (!p.isTop())
            continue;
        if (!top) {
            top = &p;
            continue;
        }
        m_extraTops.push_back(i);
        m_anomalies << tr("%1 is a second top region (empty az_name); %2 is the top region already")
                           .arg(podLabel(i), str(top->name));
    }
}

void ImportRepair::findOrphans()
{
    std::set<std::string_view> known, leftOut;
    for (std::size_t i = 0; i < m_state.pods.size(); ++i)
        (std::binary_search(m_extraTops.begin(), m_extraTops.end(), i) ? leftOut : known).insert(m_state.pods[i].id);
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        const std::string &pod = m_state.bindings[i].podId;
        if (known.count(pod))
            continue;
        m_orphans.push_back(i);
        m_anomalies << (leftOut.count(pod) ? tr("%1 binds the second top region").arg(bindingLabel(i))
                                           : tr("%1 is bound to a pod that does not exist").arg(bindingLabel(i)));
    }
}

// Active bindings of one tenant to bottom pods of one AZ and group, more than
// one: upstream's current is the lowest pod_id (its unique index's order).
void ImportRepair::findBoundTwice()
{
    std::unordered_map<std::string_view, const sched::Pod *> pods;
    for (const sched::Pod &p : m_state.pods)
        pods.emplace(p.id, &p);
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> keys;
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        const sched::Binding &b = m_state.bindings[i];
        const auto pod = pods.find(b.podId);
        if (!b.active || pod == pods.end() || pod->second->isTop() || std::binary_search(m_orphans.begin(), m_orphans.end(), i))
            continue;
        keys[{b.tenantId, pod->second->azName, sched::groupKey(pod->second->tags)}].push_back(i);
    }
    for (auto &[key, list] : keys) {
        if (list.size() < 2)
            continue;
        std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
            return m_state.bindings[a].podId < m_state.bindings[b].podId;
        });
        QStringList records;
        for (const std::size_t i : list)
            records << bindingLabel(i);
        m_anomalies << tr("tenant %1 is bound %n time(s) in AZ %2, group %3: %4", nullptr, int(list.size()))
                           .arg(str(std::get<0>(key)), str(std::get<1>(key)),
                                StateValidator::groupLabel(std::get<2>(key)), records.join(QStringLiteral("; ")));
        m_twice.push_back(list);
    }
}

sched::CloudState ImportRepair::repaired(std::int64_t endedAtUs, QStringList &repairs) const
{
    sched::CloudState out;
    for (std::size_t i = 0; i < m_state.pods.size(); ++i) {
        if (std::binary_search(m_extraTops.begin(), m_extraTops.end(), i))
            repairs << tr("left out %1: a second top region").arg(podLabel(i));
        else
            out.pods.push_back(m_state.pods[i]);
    }
    std::vector<bool> ended(m_state.bindings.size(), false);
    for (const auto &list : m_twice) {
        for (std::size_t k = 1; k < list.size(); ++k) {
            ended[list[k]] = true;
            repairs << tr("ended %1: %2 keeps the lowest pod_id, the binding upstream treats as current")
                           .arg(bindingLabel(list[k]), bindingLabel(list.front()));
        }
    }
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        if (std::binary_search(m_orphans.begin(), m_orphans.end(), i)) {
            repairs << tr("left out %1: its pod is not imported").arg(bindingLabel(i));
            continue;
        }
        sched::Binding b = m_state.bindings[i];
        if (ended[i]) {
            b.active = false;
            b.endedAtUs = std::max(endedAtUs, b.createdAtUs);
        }
        out.bindings.push_back(std::move(b));
    }
    return out;
}

} // namespace model
