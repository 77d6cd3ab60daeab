// SPDX-License-Identifier: Apache-2.0
#pragma once

// The report's tables as CSV (RFC 4180 quoting and the formula guard of
// model::csvField; numbers plain, through ReportNumbers), for spreadsheets:
// - serialize(): changes and failures,
//   record,event,tenant_id,az_name,group,from_pod,to_pod,reason
//   with record "change" or "failure" (failures leave the pods empty);
// - pods(): one row per pod, before and after: state, VMs, tenants, and per
//   resource capacity, limit, used and percent of the capacity, the event at
//   which it first reached its threshold;
// - series(): one row per sample and pod (long form, for pivot tables):
//   after_events,pod_name,az_name,group,vcpus,ram_mb,disk_gb,vms,tenants,state.
// Unknown values (usage never collected, a pod not there yet) are empty.

#include "whatifrun.h"

#include <QByteArray>

namespace model {

class ReportCsv
{
public:
    static QByteArray serialize(const whatif::Report &report);
    static QByteArray pods(const whatif::Report &report);
    static QByteArray series(const whatif::Report &report);
};

} // namespace model
