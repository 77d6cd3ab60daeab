// SPDX-License-Identifier: Apache-2.0
#pragma once

// How a projection reads, the same in the CLI's text and in the console: days
// rounded to whole days, "over its threshold now", the reason when there is no
// number, and anything past ten years as "more than ten years" (a date that
// far is "—"): a trend that slow says "not in any planning horizon", and a
// figure of 78,102 days pretends a precision the fit does not have. JSON and
// CSV keep the numbers and carry beyondTenYears() as a flag beside them.

#include "capacityoutlook.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace model {

class ProjectionText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectionText)

public:
    static constexpr double kTenYearsDays = 3652.5; // 10 × 365.25

    static bool beyondTenYears(double days) { return days > kTenYearsDays; }

    // "12 days", "less than a day", "more than ten years".
    static QString days(double days);
    // "12 – 15 days" (conservative – trend), "12 days – more than ten years",
    // "more than ten years", "over its threshold now", or the reason there is none.
    static QString range(const sched::outlook::Projection &p);
    // "2027-03-14", or "—" past ten years.
    static QString date(std::int64_t nowUs, double days);
    // "2027-03-14 – 2027-04-02", "2027-03-14 – more than ten years", "—";
    // empty without a projection.
    static QString dateRange(std::int64_t nowUs, const sched::outlook::Projection &p);
    // "2027-03-14 (conservative) – 2027-04-02 (trend)", "2027-03-14
    // (conservative) – more than ten years (trend)", "more than ten years";
    // empty without a projection.
    static QString datesInWords(std::int64_t nowUs, const sched::outlook::Projection &p);
    // "no projection: too little history": the reason in a few words, for a
    // column (CapacityReport::reasonText is the full sentence).
    static QString reasonBrief(sched::outlook::NoProjection reason);
    // A projection with both numbers (no reason).
    static bool hasNumbers(const sched::outlook::Projection &p) { return !p.reason && p.conservative && p.trend; }
};

} // namespace model
