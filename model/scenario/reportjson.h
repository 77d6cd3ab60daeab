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

#include <functional>
#include <string_view>

namespace model {

class ReportJson
{
public:
    // Members in sorted order; indented unless `compact` (whatif --compact:
    // big reports are a third smaller and quicker to write).
    static QByteArray serialize(const whatif::RunResult &result, bool compact = false);
    // The same bytes handed to `sink` a block at a time as they are made (a
    // report of a million events is 150 MB: it goes to its file as it is written).
    static void write(const whatif::RunResult &result, bool compact, const std::function<void(std::string_view)> &sink);
};

} // namespace model
