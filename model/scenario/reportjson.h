// SPDX-License-Identifier: Apache-2.0
#pragma once

// The what-if report as JSON (trio2o-sched whatif --json). Shape, for the
// primary policy (docs/scenario-format.md has the details):
//   {"policy": name, "cancelled": bool,
//    "summary": {keep, bind, rebind, fail, events, vms_created, vms_deleted, skipped},
//    "changes": [{event, tenant_id, az_name, group, from_pod, to_pod, reason}],   // pod names or null
//    "failures": [{event, tenant_id, az_name, group, reason}],
//    "pods": [{pod_name, az_name, group, removed, before, after}],  // before null for added pods
//        // figures: {vcpus, ram_mb, disk_gb (null = unknown), vms, tenants, state}
//    "series": {"every": N, "after_event": [...],
//               "pods": {pod_name: {vcpus: [...], ram_mb, disk_gb, vms, tenants}}},
//    "compare": [{"name", "summary", "changes", "failures", "pods", "differences":
//                 [{tenant_id, "primary": {pods, failures}, "other": {pods, failures}}]}]}
// "compare" only when the scenario compares policies.

#include "whatifrun.h"

#include <QByteArray>

namespace model {

class ReportJson
{
public:
    // Members in sorted order; indented unless `compact` (whatif --compact:
    // big reports are a third smaller and quicker to write).
    static QByteArray serialize(const whatif::RunResult &result, bool compact = false);
};

} // namespace model
