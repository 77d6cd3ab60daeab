// SPDX-License-Identifier: Apache-2.0
#pragma once

// Draining a pod: every tenant bound to it moves, inside its own AZ and group,
// to the pod the scheduler chooses or to one named pod (refused, before
// anything is written, when that pod is in another AZ or group). Optionally
// the pod goes into maintenance first, in the same transaction. The console's
// "Maintenance and drain…" and `trio2o-sched drain` both call this.

#include "backend.h"
#include "changewriter.h"
#include "schedulerconfig.h"
#include "tenantchange.h"

#include <QCoreApplication>

namespace model {

struct DrainRequest {
    std::string podId;
    std::string toPodId;      // empty: the scheduler chooses per tenant
    bool maintenance = false; // put the pod into maintenance, with the moves
};

struct DrainPreview {
    sched::Pod pod;      // as it is
    sched::Pod podAfter; // as it will be (state)
    bool changesPod = false;
    ChangeList list;     // one Rebind per tenant: Planned, or Stuck with the reason
};

class DrainOperation
{
    Q_DECLARE_TR_FUNCTIONS(DrainOperation)

public:
    static Result<DrainPreview> preview(const sched::CloudState &state, const sched::SchedulerConfig &config,
                                        const DrainRequest &request);
    // Writes the preview's Planned moves (and the pod's state); statuses are set per tenant.
    static Status apply(Backend &backend, DrainPreview &preview, const ChangeWriter::Progress &progress = {});

    // "Pod X is in AZ a, group g; pod Y is in AZ b, group h", or empty when both share AZ and group.
    static QString placeMismatch(const sched::Pod &from, const sched::Pod &to);

private:
    static Status planToNamedPod(const sched::CloudState &state, const sched::Pod &from, const sched::Pod &to,
                                 ChangeList &list);
    static Status planByScheduler(const sched::CloudState &state, const sched::SchedulerConfig &config,
                                  const sched::Pod &from, ChangeList &list);
};

} // namespace model
