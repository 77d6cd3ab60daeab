// SPDX-License-Identifier: Apache-2.0
#include "planapplyoperation.h"

#include "drainoperation.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

using Key = std::tuple<std::string, std::string, std::string>; // tenant, AZ, group
struct Active {
    std::string bindingId;
    std::string podId;
};

// The plan's operations run, in order, on a copy of the state's active bindings.
class PlanResolver
{
public:
    explicit PlanResolver(const sched::CloudState &state, const whatif::Plan &plan) : m_state(state)
    {
        for (const sched::Binding &b : state.bindings) {
            m_knownBindings.insert(b.id);
            m_knownTenants.insert(b.tenantId);
            if (const sched::Pod *p = b.active ? state.findPod(b.podId) : nullptr)
                m_active[key(b.tenantId, *p)] = {b.id, b.podId};
        }
        for (const sched::Binding &b : state.bindings)
            if (b.active)
                m_activeAtStart.insert(b.id);
        for (std::size_t i = 0; i < plan.ops.size(); ++i) {
            const whatif::PlanOp &op = plan.ops[i];
            if (!op.newBindingId.empty())
                m_planIds.insert(op.newBindingId);
            if (const sched::Pod *to = op.toPodId.empty() ? nullptr : state.findPod(op.toPodId))
                m_planTargets[key(op.tenantId, *to)].push_back({int(i), op.toPodId});
        }
    }

    Result<TenantChange> resolve(int index, const whatif::PlanOp &op)
    {
        TenantChange c;
        c.index = index;
        c.tenantId = op.tenantId;
        if (op.tenantId.empty())
            return fault(index, "tenant_id", PlanApplyOperation::tr("no tenant named"));
        switch (op.kind) {
        case whatif::PlanOp::Kind::Bind:
            return bind(index, op, c);
        case whatif::PlanOp::Kind::Unbind:
            return unbind(index, op, c);
        case whatif::PlanOp::Kind::Rebind:
            return rebind(index, op, c);
        }
        return c;
    }

    int invented() const { return int(m_invented.size()); }

private:
    static Key key(const std::string &tenant, const sched::Pod &pod) { return {tenant, pod.azName, sched::groupKey(pod.tags)}; }

    static Error fault(int index, const char *field, const QString &what)
    {
        return Error{PlanApplyOperation::tr("operations[%1].%2: %3; nothing was written")
                         .arg(index).arg(QString::fromLatin1(field), what)};
    }

    Result<const sched::Pod *> pod(int index, const char *field, const std::string &id) const
    {
        const sched::Pod *p = m_state.findPod(id);
        if (id.empty())
            return fault(index, field, PlanApplyOperation::tr("no pod named"));
        if (!p)
            return fault(index, field, PlanApplyOperation::tr("pod %1 does not exist").arg(str(id)));
        if (p->isTop())
            return fault(index, field, PlanApplyOperation::tr("pod %1 is the top region").arg(str(p->name)));
        return p;
    }

    // The state already shows where the plan puts the tenant in that AZ and
    // group (an earlier apply wrote this operation and maybe later ones): the
    // binding it ends is gone and the tenant is on a pod this operation or a
    // later one of the plan moves it to.
    bool alreadyThere(const Key &k, const Active &a, const whatif::PlanOp &op, int index) const
    {
        const bool endGone = op.endBindingId.empty() || m_planIds.count(op.endBindingId)
            || (m_knownBindings.count(op.endBindingId) && !m_activeAtStart.count(op.endBindingId));
        const auto targets = m_planTargets.find(k);
        if (!endGone || targets == m_planTargets.end())
            return false;
        return std::any_of(targets->second.begin(), targets->second.end(),
                           [&](const auto &t) { return t.first >= index && t.second == a.podId; });
    }

    // The active binding the operation ends: its own id, or (after an earlier,
    // interrupted apply on a backend that makes its own ids) the one an
    // earlier operation of the plan created on the pod it names.
    bool ends(const Active &a, const whatif::PlanOp &op) const
    {
        return a.bindingId == op.endBindingId || (a.podId == op.fromPodId && m_planIds.count(op.endBindingId));
    }

    void fill(TenantChange &c, const sched::Pod *from, const sched::Pod *to) const
    {
        if (from) {
            c.fromPodId = from->id;
            c.fromPodName = str(from->name);
        }
        if (to) {
            c.toPodId = to->id;
            c.toPodName = str(to->name);
        }
    }

    Result<TenantChange> bind(int index, const whatif::PlanOp &op, TenantChange &c)
    {
        c.kind = TenantChange::Kind::Bind;
        const auto to = pod(index, "to_pod_id", op.toPodId);
        if (!to)
            return Error{to.error()};
        fill(c, nullptr, to.value());
        const Key k = key(op.tenantId, *to.value());
        if (const auto a = m_active.find(k); a != m_active.end()) {
            if (a->second.podId != op.toPodId && !alreadyThere(k, a->second, op, index))
                return fault(index, "to_pod_id", PlanApplyOperation::tr("tenant %1 is already bound in that AZ and group, to pod %2")
                                                     .arg(str(op.tenantId), podName(a->second.podId)));
            c.status = TenantChange::Status::AlreadyDone;
            return c;
        }
        if (!m_knownTenants.count(op.tenantId))
            m_invented.insert(op.tenantId);
        c.change = {op.tenantId, {}, op.toPodId, op.newBindingId, 0};
        m_active[k] = {op.newBindingId, op.toPodId};
        return c;
    }

    Result<TenantChange> unbind(int index, const whatif::PlanOp &op, TenantChange &c)
    {
        c.kind = TenantChange::Kind::Unbind;
        if (op.endBindingId.empty())
            return fault(index, "end_binding_id", PlanApplyOperation::tr("no binding named"));
        const auto from = pod(index, "from_pod_id", op.fromPodId);
        if (!from)
            return Error{from.error()};
        fill(c, from.value(), nullptr);
        const Key k = key(op.tenantId, *from.value());
        const auto a = m_active.find(k);
        if (a != m_active.end() && ends(a->second, op)) {
            c.change = {op.tenantId, a->second.bindingId, {}, {}, 0};
            m_active.erase(a);
            return c;
        }
        if ((a == m_active.end() && (m_knownBindings.count(op.endBindingId) || m_planIds.count(op.endBindingId)))
            || (a != m_active.end() && alreadyThere(k, a->second, op, index))) {
            c.status = TenantChange::Status::AlreadyDone;
            return c;
        }
        return notActive(index, op, a);
    }

    Result<TenantChange> rebind(int index, const whatif::PlanOp &op, TenantChange &c)
    {
        c.kind = TenantChange::Kind::Rebind;
        if (op.endBindingId.empty())
            return fault(index, "end_binding_id", PlanApplyOperation::tr("no binding named"));
        const auto from = pod(index, "from_pod_id", op.fromPodId);
        if (!from)
            return Error{from.error()};
        const auto to = pod(index, "to_pod_id", op.toPodId);
        if (!to)
            return Error{to.error()};
        if (const QString mismatch = DrainOperation::placeMismatch(*from.value(), *to.value()); !mismatch.isEmpty())
            return fault(index, "to_pod_id", mismatch);
        fill(c, from.value(), to.value());
        const Key k = key(op.tenantId, *from.value());
        const auto a = m_active.find(k);
        if (a != m_active.end() && ends(a->second, op)) {
            c.change = {op.tenantId, a->second.bindingId, op.toPodId, op.newBindingId, 0};
            a->second = {op.newBindingId, op.toPodId};
            return c;
        }
        if (a != m_active.end() && (a->second.podId == op.toPodId || alreadyThere(k, a->second, op, index))) {
            c.status = TenantChange::Status::AlreadyDone;
            return c;
        }
        return notActive(index, op, a);
    }

    Error notActive(int index, const whatif::PlanOp &op, std::map<Key, Active>::const_iterator a) const
    {
        if (a == m_active.end())
            return fault(index, "end_binding_id", PlanApplyOperation::tr("binding %1 is not active: tenant %2 has no binding in that AZ and group")
                                                      .arg(str(op.endBindingId), str(op.tenantId)));
        return fault(index, "end_binding_id", PlanApplyOperation::tr("binding %1 is not the active binding of tenant %2, which is bound to pod %3")
                                                  .arg(str(op.endBindingId), str(op.tenantId), podName(a->second.podId)));
    }

    QString podName(const std::string &id) const
    {
        const sched::Pod *p = m_state.findPod(id);
        return p ? str(p->name) : str(id);
    }

    const sched::CloudState &m_state;
    std::map<Key, Active> m_active;
    std::set<std::string> m_knownBindings;
    std::set<std::string> m_knownTenants;
    std::set<std::string> m_planIds;
    std::set<std::string> m_invented;
    std::set<std::string> m_activeAtStart;
    // Per AZ and group of a tenant: (operation index, pod) of every move the plan makes there.
    std::map<Key, std::vector<std::pair<int, std::string>>> m_planTargets;
};

} // namespace

Result<PlanPreview> PlanApplyOperation::preview(const sched::CloudState &state, const whatif::Plan &plan)
{
    PlanPreview preview;
    preview.policyName = str(plan.policyName);
    PlanResolver resolver(state, plan);
    for (std::size_t i = 0; i < plan.ops.size(); ++i) {
        auto change = resolver.resolve(int(i), plan.ops[i]);
        if (!change)
            return Error{change.error()};
        preview.list.changes.push_back(std::move(change).value());
    }
    preview.inventedTenants = resolver.invented();
    ChangeWriter::countTargets(preview.list, state);
    return preview;
}

Status PlanApplyOperation::apply(Backend &backend, PlanPreview &preview, const ChangeWriter::Progress &progress)
{
    if (preview.list.operation.empty())
        preview.list.operation = "plan-applied";
    return ChangeWriter::write(backend, preview.list, nullptr, progress);
}

} // namespace model
