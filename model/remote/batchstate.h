// SPDX-License-Identifier: Apache-2.0
#pragma once

// The state a batch of remote writes (a drain, a plan apply) is checked
// against: one full listing made before the batch, kept up to date with every
// binding the batch creates or deletes. A write concerns one tenant, and the
// guards look only at that tenant's bindings and the pods, so the bindings are
// kept by tenant: a check costs the tenant's few bindings, not a scan of all
// 100,000 per tenant. Tenants are keyed by their trimmed id, as the server
// trims them, so " t1" and "t1" land in one view.

#include "cloud.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace model::remote {

class BatchState
{
public:
    explicit BatchState(sched::CloudState state);

    // The pods and every binding of this tenant (a CloudState the guards take);
    // valid until the next call.
    const sched::CloudState &forTenant(const std::string &tenantId);
    void added(const sched::Binding &binding);
    void removed(const std::string &bindingId);

private:
    static std::string key(const std::string &tenantId);

    sched::CloudState m_view; // all pods; the bindings of the last tenant asked for
    std::unordered_map<std::string, std::vector<sched::Binding>> m_byTenant;
    std::unordered_map<std::string, std::string> m_tenantOf; // binding id -> key
};

} // namespace model::remote
