// SPDX-License-Identifier: Apache-2.0
#include "projectiontext.h"

#include "capacityreport.h"

#include <QLocale>

#include <cmath>

namespace model {

using sched::outlook::NoProjection;
using sched::outlook::Projection;

QString ProjectionText::days(double days)
{
    if (beyondTenYears(days))
        return tr("more than ten years");
    if (days < 0.5)
        return tr("less than a day");
    return tr("%Ln day(s)", "time remaining", int(std::lround(days)));
}

QString ProjectionText::range(const Projection &p)
{
    if (!hasNumbers(p))
        return CapacityReport::reasonText(p.reason.value_or(NoProjection::TooLittleHistory));
    if (*p.trend <= 0)
        return tr("over its threshold now");
    const bool farConservative = beyondTenYears(*p.conservative), farTrend = beyondTenYears(*p.trend);
    if (farConservative)
        return days(*p.conservative);
    if (farTrend)
        return tr("%1 – %2", "conservative days – trend").arg(days(*p.conservative), days(*p.trend));
    const QLocale locale;
    return tr("%1 – %2 days").arg(locale.toString(*p.conservative, 'f', 0), locale.toString(*p.trend, 'f', 0));
}

QString ProjectionText::reasonBrief(NoProjection reason)
{
    switch (reason) {
    case NoProjection::TooLittleHistory:
        return tr("no projection: too little history");
    case NoProjection::FlatOrFalling:
        return tr("no projection: flat or falling");
    case NoProjection::PoorFit:
        return tr("no projection: off its trend");
    case NoProjection::NoCapacity:
        return tr("no projection: no capacity");
    case NoProjection::UsageUnknown:
        break;
    }
    return tr("no projection: usage unknown");
}

QString ProjectionText::date(std::int64_t nowUs, double days)
{
    return beyondTenYears(days) ? tr("—", "a date more than ten years away") : CapacityReport::date(nowUs, days);
}

QString ProjectionText::dateRange(std::int64_t nowUs, const Projection &p)
{
    if (!hasNumbers(p))
        return {};
    if (beyondTenYears(*p.conservative))
        return date(nowUs, *p.conservative);
    if (beyondTenYears(*p.trend))
        return tr("%1 – %2", "conservative date – trend").arg(date(nowUs, *p.conservative), days(*p.trend));
    return tr("%1 – %2", "conservative date – trend").arg(date(nowUs, *p.conservative), date(nowUs, *p.trend));
}

QString ProjectionText::datesInWords(std::int64_t nowUs, const Projection &p)
{
    if (!hasNumbers(p))
        return {};
    if (beyondTenYears(*p.conservative))
        return days(*p.conservative);
    const QString trend = beyondTenYears(*p.trend) ? days(*p.trend) : date(nowUs, *p.trend);
    return tr("%1 (conservative) – %2 (trend)").arg(date(nowUs, *p.conservative), trend);
}

} // namespace model
