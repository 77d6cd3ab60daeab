// SPDX-License-Identifier: Apache-2.0
#include "importrepair.h"

#include "statevalidator.h"
#include "tenantid.h"

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

ImportRepair::ImportRepair(const sched::CloudState &state, Labels labels) : m_state(state), m_labels(labels)
{
    findSecondTopRegions();
    findOrphans();
    findBoundTwice();
}

QStringList ImportRepair::anomalies() const
{
    QStringList out;
    for (const Anomaly &a : m_found)
        out << a.text;
    return out;
}

QString ImportRepair::podLabel(std::size_t pod) const
{
    const sched::Pod &p = m_state.pods[pod];
    if (m_labels == Labels::Live)
        return tr("pod %1 (pod_id %2)").arg(str(p.name), str(p.id));
    return tr("pods[%1] (%2, pod_id %3)").arg(pod).arg(str(p.name), str(p.id));
}

QString ImportRepair::bindingLabel(std::size_t binding) const
{
    const sched::Binding &b = m_state.bindings[binding];
    if (m_labels == Labels::Live) {
        const sched::Pod *pod = m_state.findPod(b.podId);
        return tr("binding %1 (tenant %2, pod %3)").arg(str(b.id), str(b.tenantId), pod ? str(pod->name) : str(b.podId));
    }
    return tr("pod_bindings[%1] (id %2, tenant %3, pod_id %4)").arg(binding).arg(str(b.id), str(b.tenantId), str(b.podId));
}

bool ImportRepair::leftOut(std::size_t binding) const
{
    return std::binary_search(m_orphans.begin(), m_orphans.end(), binding);
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
        m_found.push_back({Anomaly::Kind::SecondTopRegion,
                           tr("%1 is a second top region (empty az_name); %2 is the top region already")
                               .arg(podLabel(i), str(top->name)),
                           {i},
                           {}});
    }
}

// Bindings that place their tenant nowhere: to a pod that does not exist, to
// a left-out second top region, or to the top region itself.
void ImportRepair::findOrphans()
{
    std::unordered_map<std::string_view, std::size_t> pods;
    for (std::size_t i = 0; i < m_state.pods.size(); ++i)
        pods.emplace(m_state.pods[i].id, i);
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        const auto pod = pods.find(m_state.bindings[i].podId);
        Anomaly a{Anomaly::Kind::MissingPod, {}, {}, {i}};
        if (pod == pods.end()) {
            a.text = tr("%1 is bound to a pod that does not exist").arg(bindingLabel(i));
        } else if (std::binary_search(m_extraTops.begin(), m_extraTops.end(), pod->second)) {
            a.kind = Anomaly::Kind::SecondTopBinding;
            a.text = tr("%1 binds the second top region").arg(bindingLabel(i));
        } else if (m_state.pods[pod->second].isTop()) {
            a.kind = Anomaly::Kind::TopRegionBinding;
            a.text = tr("%1 binds the top region, which takes no tenants").arg(bindingLabel(i));
        } else {
            continue;
        }
        m_orphans.push_back(i);
        m_found.push_back(std::move(a));
    }
}

// Active bindings of one tenant (trimmed, as the server compares it) to bottom
// pods of one AZ and group, more than one: upstream's current is the lowest
// pod_id (its unique index's order).
void ImportRepair::findBoundTwice()
{
    std::unordered_map<std::string_view, const sched::Pod *> pods;
    for (const sched::Pod &p : m_state.pods)
        pods.emplace(p.id, &p);
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> keys;
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        const sched::Binding &b = m_state.bindings[i];
        const auto pod = pods.find(b.podId);
        if (!b.active || pod == pods.end() || pod->second->isTop() || leftOut(i))
            continue;
        keys[{trimmedTenantId(b.tenantId), pod->second->azName, sched::groupKey(pod->second->tags)}].push_back(i);
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
        m_found.push_back({Anomaly::Kind::BoundTwice,
                           tr("tenant %1 is bound %n time(s) in AZ %2, group %3: %4", nullptr, int(list.size()))
                               .arg(str(std::get<0>(key)), str(std::get<1>(key)),
                                    StateValidator::groupLabel(std::get<2>(key)), records.join(QStringLiteral("; "))),
                           {},
                           list});
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
    for (const Anomaly &a : m_found) {
        if (a.kind != Anomaly::Kind::BoundTwice)
            continue;
        for (std::size_t k = 1; k < a.bindings.size(); ++k) {
            ended[a.bindings[k]] = true;
            repairs << tr("ended %1: %2 keeps the lowest pod_id, the binding upstream treats as current")
                           .arg(bindingLabel(a.bindings[k]), bindingLabel(a.bindings.front()));
        }
    }
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        if (leftOut(i)) {
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
