// SPDX-License-Identifier: Apache-2.0
#pragma once

// The preview of draining one pod: the scheduler's drain decisions on a copy
// of the state (the pod ignored), as moves the backend can apply and the
// tenants that cannot move, with the reason. Pure; runs on any thread.

#include "cloud.h"
#include "result.h"
#include "schedulerconfig.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace model {

struct DrainMove {
    std::string tenantId;
    std::string bindingId; // the binding that ends
    std::string fromPodId;
    std::string toPodId;
    QString toPodName;
};

struct DrainStuck {
    std::string tenantId;
    QString reason;
};

struct DrainPlan {
    QString podName;
    std::vector<DrainMove> moves;
    std::vector<DrainStuck> stuck;
};

class DrainPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DrainPlanner)

public:
    // The weighted policy with the ignore_pods filter on is used whatever `config` says.
    static Result<DrainPlan> plan(const sched::CloudState &state, sched::SchedulerConfig config, const std::string &podId);
};

} // namespace model
