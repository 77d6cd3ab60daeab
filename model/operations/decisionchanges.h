// SPDX-License-Identifier: Apache-2.0
#pragma once

// Turns the binding changes an Engine applied in memory into the changes a
// Backend persists: an ended (tenant, pod) becomes the id of that tenant's
// active binding in the state the engine was built from, and an end followed
// by a start for the same tenant becomes one rebind. Shared by the CLI's
// schedule command and the console's schedule, rebind and drain dialogs.

#include "bindingchange.h"
#include "cloud.h"
#include "decision.h"
#include "result.h"

#include <QCoreApplication>

#include <vector>

namespace model {

class DecisionChanges
{
    Q_DECLARE_TR_FUNCTIONS(DecisionChanges)

public:
    static Result<std::vector<BindingChange>> fromEngine(const std::vector<sched::BindingChange> &engineChanges,
                                                         const sched::CloudState &state);
};

} // namespace model
