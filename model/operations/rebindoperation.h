// SPDX-License-Identifier: Apache-2.0
#pragma once

// Moving one tenant's binding to a named pod by hand, and deciding one
// scheduling request: both end in binding changes written by ChangeWriter.
// A manual move stays inside the binding's AZ and group: a target of another
// AZ or group is refused, naming both pods, before anything is written.

#include "backend.h"
#include "changewriter.h"
#include "engine.h"
#include "tenantchange.h"

#include <QCoreApplication>

namespace model {

class RebindOperation
{
    Q_DECLARE_TR_FUNCTIONS(RebindOperation)

public:
    // `bindingId` empty: the tenant's one active binding in the target pod's AZ and group.
    static Result<ChangeList> preview(const sched::CloudState &state, const std::string &tenantId,
                                      const std::string &bindingId, const std::string &toPodId);
    static Status apply(Backend &backend, ChangeList &list);
    // One previewed move written as a rebind, with what became of the old
    // binding (a live cloud POSTs the new one first, then DELETEs the old; when
    // the DELETE fails the tenant is bound twice until it is retried). The
    // console's undo step and `trio2o-sched rebind` both write through it.
    static QFuture<Result<RebindOutcome>> start(Backend &backend, const BindingChange &move);
};

class ScheduleOperation
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleOperation)

public:
    // The changes `engine` made in memory (Engine::select) since it was built from `state`.
    static Result<ChangeList> fromEngine(sched::Engine &engine, const sched::CloudState &state);
    static Status apply(Backend &backend, ChangeList &list);
};

class DeletePodOperation
{
    Q_DECLARE_TR_FUNCTIONS(DeletePodOperation)

public:
    // Refused while tenants are bound to the pod (drain it first).
    static Status check(const sched::CloudState &state, const std::string &podId);
    static Status apply(Backend &backend, const sched::CloudState &state, const std::string &podId);
};

} // namespace model
