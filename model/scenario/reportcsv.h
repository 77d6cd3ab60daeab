// SPDX-License-Identifier: Apache-2.0
#pragma once

// The report's changes and failures as one CSV table (RFC 4180 quoting and
// the formula guard of model::csvField), for spreadsheets: record,event,tenant_id,az_name,group,from_pod,to_pod,reason
// with record "change" or "failure" (failures leave the pods empty). Per-pod
// figures and comparisons are in the JSON and text reports.

#include "whatifrun.h"

#include <QByteArray>

namespace model {

class ReportCsv
{
public:
    static QByteArray serialize(const whatif::Report &report);
};

} // namespace model
