// SPDX-License-Identifier: Apache-2.0
#pragma once

// Moving several tenants' bindings at once (the console's "Rebind N
// tenants…"): each binding goes to a pod the operator names, or to the pod the
// scheduler picks in the binding's own AZ and group (weighted policy, its
// current pod ignored; decided one after another, so each move counts against
// the pod that receives it). A binding that cannot move stays in the list as
// Stuck with the reason; the rest are written as one change list (one
// transaction on the SQL store). Pure preview; runs on any thread.

#include "backend.h"
#include "changewriter.h"
#include "schedulerconfig.h"
#include "tenantchange.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace model {

struct RebindItem {
    std::string tenantId;
    std::string bindingId; // the active binding that ends; empty: the tenant's active binding on fromPodId
    std::string fromPodId;
};

class RebindBatchOperation
{
    Q_DECLARE_TR_FUNCTIONS(RebindBatchOperation)

public:
    // One change per distinct item, in order. `toPodId` empty: the scheduler
    // decides per binding. Refused as a whole only when there is nothing to
    // move or the named pod does not exist.
    static Result<ChangeList> preview(const sched::CloudState &state, sched::SchedulerConfig config,
                                      const std::vector<RebindItem> &items, const std::string &toPodId = {});
    static Status apply(Backend &backend, ChangeList &list);
};

} // namespace model
