// SPDX-License-Identifier: Apache-2.0
#pragma once

// The scheduler configuration as JSON. Every key is optional; the defaults:
//   {
//     "policy": "weighted",                     // or "trio2o" (upstream's FilterScheduler)
//     "filters": ["bottom_pod", "availability_zone", "resource_affinity",
//                 "pod_state", "capacity", "ignore_pods", "destination_pod"],
//     "weighers": {"creation_order": 1000.0,    // dominates: pods fill oldest-first
//                  "free_ram": 1.0, "free_vcpus": 1.0, "free_disk": 1.0,
//                  "workload": 1.0, "cost": 1.0},  // a weigher left out keeps its default
//     "subset_size": 1,                         // pick among the best N (>= 1)
//     "seed": 0,                                // for that pick (integer >= 0)
//     "default_threshold": 0.9                  // (0, 1]; for pods without their own
//   }
// "filters" lists the enabled filters (an empty list disables all). Unknown
// keys, filters, weighers or policies, wrong types and out-of-range numbers
// are errors naming the key.

#include "result.h"
#include "schedulerconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace model {

class SchedulerConfigJson
{
    Q_DECLARE_TR_FUNCTIONS(SchedulerConfigJson)

public:
    // The largest weigher multiplier (either sign), as in the settings dialog.
    static constexpr double kMaxMultiplier = 1e6;

    static Result<sched::SchedulerConfig> parse(const QByteArray &json);
    static Result<sched::SchedulerConfig> fromJson(const QJsonObject &root);
    static QJsonObject toJson(const sched::SchedulerConfig &config);
    static QByteArray serialize(const sched::SchedulerConfig &config);
};

} // namespace model
