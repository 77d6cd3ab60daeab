// SPDX-License-Identifier: Apache-2.0
#include "decisionchanges.h"

#include <algorithm>
#include <unordered_map>

namespace model {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
std::string key(std::string_view tenant, std::string_view pod)
{
    std::string k(tenant);
    k += '\n';
    k += pod;
    return k;
}
} // namespace

Result<std::vector<BindingChange>> DecisionChanges::fromEngine(const std::vector<sched::BindingChange> &engineChanges,
                                                               const sched::CloudState &state)
{
    std::unordered_map<std::string, const sched::Binding *> active;
    if (!engineChanges.empty()) {
        for (const sched::Binding &b : state.bindings)
            if (b.active)
                active.emplace(key(b.tenantId, b.podId), &b);
    }
    std::vector<BindingChange> changes;
    for (const sched::BindingChange &c : engineChanges) {
        if (c.kind == sched::BindingChange::Kind::Created) {
            if (!changes.empty() && changes.back().newPodId.empty() && changes.back().tenantId == c.tenantId)
                changes.back().newPodId = std::string(c.podId); // the second half of a rebind
            else
                changes.push_back({std::string(c.tenantId), {}, std::string(c.podId), {}, 0});
            continue;
        }
        const auto old = active.find(key(c.tenantId, c.podId));
        if (old == active.end())
            return Error{tr("the active binding of tenant %1 to pod %2 vanished").arg(str(c.tenantId), str(c.podId))};
        changes.push_back({old->second->tenantId, old->second->id, {}, {}, 0});
        active.erase(old);
    }
    return changes;
}

} // namespace model
