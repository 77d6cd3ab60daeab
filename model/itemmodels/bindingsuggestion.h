// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pod a new binding should start on: what the scheduler would choose for
// a new tenant in the AZ and group of the pod the operator looks at (any AZ
// when none), and never a pod in maintenance or disabled. Asked on the pods of
// a snapshot only (a new tenant has no bindings to weigh), so it is instant.

#include "cloudsnapshot.h"
#include "schedulerconfig.h"

namespace model {

class BindingSuggestion
{
public:
    // An index into snapshot.pods(), or -1 when no bottom pod is enabled.
    static int podFor(const CloudSnapshot &snapshot, const sched::SchedulerConfig &config, int nearPod = -1);
};

} // namespace model
