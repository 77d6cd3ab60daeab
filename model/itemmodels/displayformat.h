// SPDX-License-Identifier: Apache-2.0
#pragma once

// How the item models write times, usage and states for people. Raw values
// (for sorting) never go through here.

#include "cloud.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace model {

class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // Local date and minute, e.g. "2024-05-01 13:07"; empty for 0.
    static QString dateTime(std::int64_t microsecondsUtc);
    static QString podState(sched::PodState state);
    static QString resourceName(sched::Resource r);
    // "61 %" or "unknown" when never collected.
    static QString usage(const sched::Pod &pod, sched::Resource r);
    // used / capacity, or nullopt when unknown or the capacity is 0.
    static std::optional<double> usageFraction(const sched::Pod &pod, sched::Resource r);
    // The highest known usage fraction of a pod, or nullopt when nothing is known.
    static std::optional<double> peakUsage(const sched::Pod &pod);
    // An amount of a resource in human units: "48 vCPUs", "1.5 TiB" (RAM is
    // counted in MB, disk in GB), in the user's number format.
    static QString amount(sched::Resource r, std::int64_t value);
};

} // namespace model
