// SPDX-License-Identifier: Apache-2.0
#include "remoteguards.h"

#include "statevalidator.h"
#include "tenantid.h"

namespace model::remote {

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }
} // namespace

Status RemoteGuards::checkNewPod(const std::vector<sched::Pod> &existing, const sched::Pod &pod)
{
    const QString name = q(pod.name).trimmed();
    if (name.isEmpty())
        return Error{tr("A pod needs a name (its Keystone region).")};
    for (const sched::Pod &p : existing) {
        if (q(p.name) == name)
            return Error{tr("A pod named %1 already exists.").arg(name)};
        if (pod.isTop() && p.isTop())
            return Error{tr("Pod %1 has no AZ, which makes it a top region, but %2 already is the top region; "
                            "there can only be one.").arg(name, q(p.name))};
    }
    return {};
}

std::size_t RemoteGuards::activeBindingsOf(const sched::CloudState &state, const std::string &podId)
{
    std::size_t n = 0;
    for (const sched::Binding &b : state.bindings)
        n += b.active && b.podId == podId ? 1 : 0;
    return n;
}

Status RemoteGuards::checkPodDeletable(const sched::CloudState &state, const std::string &podId)
{
    const sched::Pod *pod = state.findPod(podId);
    if (!pod)
        return Error{tr("There is no pod %1.").arg(q(podId))};
    if (const std::size_t n = activeBindingsOf(state, podId); n > 0)
        return Error{tr("Pod %1 still has %n tenant(s) bound to it; drain it first (rebind them elsewhere, e.g. "
                        "trio2o-sched pods delete %1 --drain-to POD).", nullptr, int(n)).arg(q(pod->name))};
    return {};
}

Status RemoteGuards::checkNewBinding(const sched::CloudState &state, const std::string &untrimmedTenantId,
                                     const std::string &podId, const std::string &replacing)
{
    // The server trims the id it stores: " t1" is t1, and must meet t1's bindings here.
    const std::string tenantId = trimmedTenantId(untrimmedTenantId);
    if (tenantId.empty())
        return Error{tr("A binding needs a tenant.")};
    const sched::Pod *pod = state.findPod(podId);
    if (!pod)
        return Error{tr("There is no pod %1.").arg(q(podId))};
    if (pod->isTop())
        return Error{tr("Pod %1 is the top region; tenants are never bound to it.").arg(q(pod->name))};
    const std::string group = sched::groupKey(pod->tags);
    for (const sched::Binding &b : state.bindings) {
        if (!b.active || b.id == replacing || b.tenantId != tenantId) // the server's ids are trimmed
            continue;
        const sched::Pod *other = state.findPod(b.podId);
        if (!other || other->azName != pod->azName || sched::groupKey(other->tags) != group)
            continue;
        if (!replacing.empty()) // inside a rebind: never "rebind it instead"
            return Error{tr("Tenant %1 also has binding %2 to pod %3 in AZ %4 (group %5); moving binding %6 to pod %7 "
                            "would bind it twice there. Run trio2o-sched check --repair first.")
                             .arg(q(tenantId), q(b.id), q(other->name), q(pod->azName), StateValidator::groupLabel(group),
                                  q(replacing), q(pod->name))};
        return Error{tr("Tenant %1 is already bound to pod %2 in AZ %3 (group %4); rebind it instead of adding "
                        "a second binding.")
                         .arg(q(tenantId), q(other->name), q(pod->azName), StateValidator::groupLabel(group))};
    }
    return {};
}

} // namespace model::remote
