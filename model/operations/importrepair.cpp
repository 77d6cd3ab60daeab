// SPDX-License-Identifier: Apache-2.0
#include "importrepair.h"

#include "statevalidator.h"
#include "tenantid.h"

#include <algorithm>
#include <deque>
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
// pod_id (its unique index's order). Sorted by views into the state, so a
// million bindings cost no allocation per binding (the console counts these
// after every load of a live cloud).
void ImportRepair::findBoundTwice()
{
    std::unordered_map<std::string_view, std::size_t> podIndex;
    std::vector<std::string> groups(m_state.pods.size());
    for (std::size_t i = 0; i < m_state.pods.size(); ++i) {
        podIndex.emplace(m_state.pods[i].id, i);
        groups[i] = sched::groupKey(m_state.pods[i].tags);
    }
    struct Entry {
        std::string_view tenant;
        std::size_t pod;
        std::size_t binding;
    };
    std::deque<std::string> trimmed; // the rare ids stored with white space (stable addresses)
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < m_state.bindings.size(); ++i) {
        const sched::Binding &b = m_state.bindings[i];
        const auto pod = podIndex.find(b.podId);
        if (!b.active || pod == podIndex.end() || m_state.pods[pod->second].isTop() || leftOut(i))
            continue;
        entries.push_back({b.tenantId, pod->second, i});
    }
    for (Entry &e : entries)
        if (!isTrimmedTenantId(e.tenant))
            e.tenant = trimmed.emplace_back(trimmedTenantId(e.tenant));
    const auto key = [&](const Entry &e) {
        return std::tuple(e.tenant, std::string_view(m_state.pods[e.pod].azName), std::string_view(groups[e.pod]));
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) { return key(a) < key(b); });
    for (std::size_t first = 0; first < entries.size();) {
        std::size_t last = first + 1;
        while (last < entries.size() && key(entries[last]) == key(entries[first]))
            ++last;
        if (last - first > 1)
            addBoundTwice(entries[first].tenant, entries[first].pod, groups[entries[first].pod], [&] {
                std::vector<std::size_t> list;
                for (std::size_t k = first; k < last; ++k)
                    list.push_back(entries[k].binding);
                return list;
            }());
        first = last;
    }
}

void ImportRepair::addBoundTwice(std::string_view tenant, std::size_t pod, const std::string &group,
                                 std::vector<std::size_t> list)
{
    std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
        return m_state.bindings[a].podId < m_state.bindings[b].podId;
    });
    QStringList records;
    for (const std::size_t i : list)
        records << bindingLabel(i);
    m_found.push_back({Anomaly::Kind::BoundTwice,
                       tr("tenant %1 is bound %n time(s) in AZ %2, group %3: %4", nullptr, int(list.size()))
                           .arg(QString::fromUtf8(tenant.data(), qsizetype(tenant.size())), str(m_state.pods[pod].azName),
                                StateValidator::groupLabel(group), records.join(QStringLiteral("; "))),
                       {},
                       std::move(list)});
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
