// SPDX-License-Identifier: Apache-2.0
#include "changereversal.h"

#include <unordered_map>

namespace model {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

Result<ChangeList> ChangeReversal::of(const ChangeList &done, const sched::CloudState &now)
{
    std::unordered_map<std::string, const sched::Binding *> bindings;
    for (const sched::Binding &b : now.bindings)
        bindings.emplace(b.id, &b);
    ChangeList back;
    back.operation = "undo";
    for (auto it = done.changes.rbegin(); it != done.changes.rend(); ++it) {
        const TenantChange &c = *it;
        if (c.status != TenantChange::Status::Applied)
            continue;
        if (!c.toPodId.empty()) { // it made a binding: that one must still be there
            const auto made = bindings.find(c.createdBindingId);
            if (made == bindings.end() || !made->second->active)
                return Error{tr("the undo is no longer possible: tenant %1 is no longer bound to pod %2 as this "
                                "change left it (the state moved on since); nothing was changed")
                                 .arg(str(c.tenantId), c.toPodName.isEmpty() ? str(c.toPodId) : c.toPodName)};
        }
        TenantChange r;
        r.index = c.index;
        r.tenantId = c.tenantId;
        r.fromPodId = c.toPodId;
        r.fromPodName = c.toPodName;
        r.toPodId = c.fromPodId;
        r.toPodName = c.fromPodName;
        r.kind = c.kind == TenantChange::Kind::Bind     ? TenantChange::Kind::Unbind
                 : c.kind == TenantChange::Kind::Unbind ? TenantChange::Kind::Bind
                                                        : TenantChange::Kind::Rebind;
        r.change.tenantId = c.tenantId;
        r.change.endBindingId = c.toPodId.empty() ? std::string() : c.createdBindingId;
        r.change.newPodId = c.fromPodId;
        r.reason = tr("taken back");
        back.changes.push_back(std::move(r));
    }
    return back;
}

} // namespace model
