// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pod parts of the text report: per changed pod a block with its state,
// VMs and tenants, and every resource with a capacity (capacity, limit, used
// and its share before and after); and the headroom per (AZ, group) over the
// series. At most ReportText::kLineWidth columns.

#include "report.h"

#include <QCoreApplication>
#include <QString>

namespace model {

class ReportPodText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPodText)

public:
    static QString changedPods(const whatif::Report &report, int limit);
    static QString headroom(const whatif::Report &report);
    static QString groupName(const std::string &group);

private:
    static QString podBlock(const whatif::PodReport &pod);
};

} // namespace model
