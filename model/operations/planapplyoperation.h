// SPDX-License-Identifier: Apache-2.0
#pragma once

// Applying a saved what-if plan. The preview checks every operation against
// the backend's state, in order, before anything is written: a bad operation
// refuses the whole plan, naming its index and field. Operations the state
// already shows (an earlier, interrupted apply wrote them) are AlreadyDone and
// not written again. The preview counts the tenants the base never had (a
// what-if's invented tenants) that the plan would create.

#include "backend.h"
#include "changewriter.h"
#include "plan.h"
#include "tenantchange.h"

#include <QCoreApplication>

namespace model {

struct PlanPreview {
    QString policyName;
    ChangeList list;            // one TenantChange per plan operation, index = the operation's
    int inventedTenants = 0;    // tenants the plan binds that have no binding, active or ended, in the state
};

class PlanApplyOperation
{
    Q_DECLARE_TR_FUNCTIONS(PlanApplyOperation)

public:
    static Result<PlanPreview> preview(const sched::CloudState &state, const whatif::Plan &plan);
    static Status apply(Backend &backend, PlanPreview &preview, const ChangeWriter::Progress &progress = {});
};

} // namespace model
