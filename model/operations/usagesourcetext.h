// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a pod's capacity and usage came from, for people and for JSON:
// "placement", "hypervisor_statistics" (times the pod's ratios) or "manual".

#include "cloud.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace model {

class UsageSourceText
{
    Q_DECLARE_TR_FUNCTIONS(UsageSourceText)

public:
    // "placement" | "hypervisor_statistics" | "manual"
    static QString key(sched::UsageSource source);
    // One line for a tooltip: "Usage from Placement", "Usage from hypervisor
    // statistics × 16 (vCPUs), × 1.5 (RAM)", "Usage entered by hand".
    static QString describe(const sched::Pod &pod);
    // {"source", "vcpu_ratio", "ram_ratio", "capacity": {...}, "used": {...}}
    // (a resource never collected is null in "used").
    static QJsonObject json(const sched::Pod &pod);
};

} // namespace model
