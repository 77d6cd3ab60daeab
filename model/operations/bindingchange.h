// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

namespace model {

// One step of a binding change as the store persists it: end an active
// binding, start a new one, or both (a rebind, written in one transaction).
struct BindingChange {
    std::string tenantId;
    std::string endBindingId; // empty: nothing to end (a fresh bind)
    std::string newPodId;     // empty: only end (an unbind)
    std::string newBindingId; // empty: the store makes a uuid
    std::int64_t atUs = 0;    // 0: now
    // For the audit log: why (the scheduler's reason; empty: "manual") and
    // within which operation ("drain", "plan-applied"…; empty: "manual").
    std::string reason{};
    std::string operation{};
};

} // namespace model
