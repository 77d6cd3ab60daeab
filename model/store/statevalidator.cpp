// SPDX-License-Identifier: Apache-2.0
#include "statevalidator.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace model {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }

QString podLabel(std::size_t i, const sched::Pod &p)
{
    return QStringLiteral("pods[%1] (%2)").arg(i).arg(str(p.name.empty() ? p.id : p.name));
}

struct PairHash {
    std::size_t operator()(const std::pair<std::string_view, std::size_t> &k) const
    {
        return std::hash<std::string_view>()(k.first) * 31 + k.second;
    }
};

QString bindingLabel(std::size_t i, const sched::Binding &b)
{
    return QStringLiteral("pod_bindings[%1] (id %2)").arg(i).arg(str(b.id));
}

// The first index each key was seen at, for at most `capacity` keys, in one
// flat array: a node-based map per binding spent a fifth of the loading of a
// 240,000-binding state file (a what-if's base) on its allocations.
template <typename Key, typename Hash>
class FirstIndex
{
public:
    explicit FirstIndex(std::size_t capacity)
    {
        std::size_t size = 16;
        while (size < 2 * capacity)
            size *= 2;
        m_slots.assign(size, kEmpty);
        m_keys.reserve(capacity);
    }
    // The index `key` was first seen at; none (and `index` remembered) when it is new.
    std::optional<std::size_t> insert(const Key &key, std::size_t index)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = Hash{}(key) & mask;
        for (; m_slots[i] != kEmpty; i = (i + 1) & mask)
            if (m_keys[m_slots[i]].first == key)
                return m_keys[m_slots[i]].second;
        m_slots[i] = m_keys.size();
        m_keys.emplace_back(key, index);
        return std::nullopt;
    }

private:
    static constexpr std::size_t kEmpty = std::size_t(-1);
    std::vector<std::size_t> m_slots; // indices into m_keys; at most half full
    std::vector<std::pair<Key, std::size_t>> m_keys;
};
} // namespace

QString StateValidator::groupLabel(const std::string &groupKey)
{
    return groupKey.empty() ? tr("general") : str(groupKey);
}

Status StateValidator::validatePods(const std::vector<sched::Pod> &pods)
{
    std::unordered_map<std::string, std::size_t> ids, names;
    const sched::Pod *top = nullptr;
    for (std::size_t i = 0; i < pods.size(); ++i) {
        const sched::Pod &p = pods[i];
        if (auto [it, fresh] = ids.emplace(p.id, i); !fresh)
            return Error{tr("%1: field \"pod_id\" duplicates pods[%2]: %3").arg(podLabel(i, p)).arg(it->second).arg(str(p.id))};
        if (auto [it, fresh] = names.emplace(p.name, i); !fresh)
            return Error{tr("%1: field \"pod_name\" duplicates pods[%2]: %3").arg(podLabel(i, p)).arg(it->second).arg(str(p.name))};
        if (p.isTop()) {
            if (top)
                return Error{tr("%1: field \"az_name\" is empty, but %2 is already the top region; there can be only one")
                                 .arg(podLabel(i, p), str(top->name))};
            top = &p;
        }
    }
    return {};
}

Status StateValidator::validate(const sched::CloudState &state)
{
    if (Status s = validatePods(state.pods); !s)
        return s;
    // Pods by id, each with its group text and its (AZ, group) slot computed
    // once: the slot stands for the pair in the active-binding keys below.
    struct PodInfo {
        const sched::Pod *pod;
        std::string group;
        std::size_t slot;
    };
    std::unordered_map<std::string_view, PodInfo> podsById;
    std::unordered_map<std::string, std::size_t> groupSlots;
    podsById.reserve(state.pods.size());
    for (const sched::Pod &p : state.pods) {
        std::string group = sched::groupKey(p.tags);
        // The AZ's length first keeps the pair apart whatever bytes (a U+001F
        // separator, say) the AZ name and the group hold.
        const std::string pair = std::to_string(p.azName.size()) + ':' + p.azName + group;
        const std::size_t slot = groupSlots.emplace(pair, groupSlots.size()).first->second;
        podsById.emplace(p.id, PodInfo{&p, std::move(group), slot});
    }

    FirstIndex<std::string_view, std::hash<std::string_view>> bindingIds(state.bindings.size());
    // (tenant, slot of the pod's AZ + group) of every active binding.
    FirstIndex<std::pair<std::string_view, std::size_t>, PairHash> activeKeys(state.bindings.size());
    for (std::size_t i = 0; i < state.bindings.size(); ++i) {
        const sched::Binding &b = state.bindings[i];
        if (const auto earlier = bindingIds.insert(b.id, i))
            return Error{tr("%1: field \"id\" duplicates pod_bindings[%2]").arg(bindingLabel(i, b)).arg(*earlier)};
        const auto pod = podsById.find(b.podId);
        if (pod == podsById.end())
            return Error{tr("%1: field \"pod_id\" names no pod: %2").arg(bindingLabel(i, b), str(b.podId))};
        const sched::Pod &p = *pod->second.pod;
        if (p.isTop())
            return Error{tr("%1: field \"pod_id\" is the top region %2, which can never be bound")
                             .arg(bindingLabel(i, b), str(p.name))};
        if (b.endedAtUs && *b.endedAtUs < b.createdAtUs)
            return Error{tr("%1: field \"ended_at\" is before \"created_at\"").arg(bindingLabel(i, b))};
        if (!b.active)
            continue;
        if (const auto earlier = activeKeys.insert(std::pair(std::string_view(b.tenantId), pod->second.slot), i))
            return Error{tr("%1: field \"is_binding\": tenant %2 already has an active binding in AZ %3, group %4 "
                            "(pod_bindings[%5])")
                             .arg(bindingLabel(i, b), str(b.tenantId), str(p.azName), groupLabel(pod->second.group))
                             .arg(*earlier)};
    }
    return {};
}

} // namespace model
