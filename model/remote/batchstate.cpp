// SPDX-License-Identifier: Apache-2.0
#include "batchstate.h"

#include <algorithm>

namespace model::remote {

BatchState::BatchState(sched::CloudState state)
{
    m_view.pods = std::move(state.pods);
    m_byTenant.reserve(state.bindings.size());
    m_tenantOf.reserve(state.bindings.size());
    for (sched::Binding &b : state.bindings)
        added(b);
}

std::string BatchState::key(const std::string &tenantId)
{
    const auto first = tenantId.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return tenantId.substr(first, tenantId.find_last_not_of(" \t\r\n") - first + 1);
}

const sched::CloudState &BatchState::forTenant(const std::string &tenantId)
{
    const auto it = m_byTenant.find(key(tenantId));
    if (it == m_byTenant.end())
        m_view.bindings.clear();
    else
        m_view.bindings = it->second;
    return m_view;
}

void BatchState::added(const sched::Binding &binding)
{
    std::string k = key(binding.tenantId);
    m_tenantOf[binding.id] = k;
    m_byTenant[std::move(k)].push_back(binding);
}

void BatchState::removed(const std::string &bindingId)
{
    const auto owner = m_tenantOf.find(bindingId);
    if (owner == m_tenantOf.end())
        return;
    const auto list = m_byTenant.find(owner->second);
    if (list != m_byTenant.end())
        std::erase_if(list->second, [&](const sched::Binding &b) { return b.id == bindingId; });
    m_tenantOf.erase(owner);
}

} // namespace model::remote
