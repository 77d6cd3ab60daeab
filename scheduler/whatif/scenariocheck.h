// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks a scenario's references against its base state before anything
// runs, following the events in order:
// - a pod (by id or name) must exist in the base or have been added by an
//   earlier add_pod, and not removed by an earlier remove_pod;
// - add_pod must not reuse the id or name of a pod that exists at that point,
//   and must be a bottom pod (non-empty az_name);
// - a tenant named by `tenant` must be known: it has a binding (active or
//   history) in the base, or an earlier new_tenants or create_vm `tenants`
//   pattern introduced it. A `tenants` pattern of create_vm introduces its
//   tenants itself (a burst of new tenants); delete_vm's must all be known;
// - a non-empty AZ of create_vm or delete_vm must be the AZ of a bottom pod of
//   the base or of an earlier add_pod (a typo would fail every request).

#include "scenario.h"

#include <memory>
#include <optional>
#include <string>

namespace whatif {

enum class ProblemCode : std::uint8_t { UnknownPod, UnknownTenant, PodExists, TopPod, UnknownAz, UnknownGroup };

struct Problem {
    std::size_t event = 0; // index in Scenario::events
    std::string field;     // "pod", "tenant", "tenants", "pod.pod_name", ...
    ProblemCode code = ProblemCode::UnknownPod;
    std::string name;      // the offending pod or tenant
};

std::optional<Problem> checkReferences(const Scenario &scenario, const sched::CloudState &base);

// The same one event at a time, in order (index 0, 1, ...): for events still
// being read. Names the scenario interns after construction are fine; the
// scenario and the base must outlive it.
class ReferenceCheck
{
public:
    ReferenceCheck(const Scenario &scenario, const sched::CloudState &base);
    ~ReferenceCheck();
    ReferenceCheck(const ReferenceCheck &) = delete;
    ReferenceCheck &operator=(const ReferenceCheck &) = delete;

    std::optional<Problem> check(std::size_t index, const Event &event);

private:
    class Checker;
    std::unique_ptr<Checker> m_checker;
};

} // namespace whatif
