// SPDX-License-Identifier: Apache-2.0
#pragma once

// The binding changes the engine applied since the caller last took them:
// compact (tenant, pod, kind) records, expanded to string views on take().

#include "decision.h"

#include <vector>

namespace sched {

class Engine;

class BindingChangeLog
{
public:
    void ended(std::uint32_t tenant, std::uint32_t pod) { m_records.push_back({BindingChange::Kind::Ended, tenant, pod}); }
    void created(std::uint32_t tenant, std::uint32_t pod) { m_records.push_back({BindingChange::Kind::Created, tenant, pod}); }
    std::size_t size() const { return m_records.size(); }
    std::size_t memoryBytes() const { return m_records.capacity() * sizeof(Record); }
    std::vector<BindingChange> take(const Engine &engine);

private:
    struct Record {
        BindingChange::Kind kind;
        std::uint32_t tenant;
        std::uint32_t pod;
    };
    std::vector<Record> m_records;
};

} // namespace sched
