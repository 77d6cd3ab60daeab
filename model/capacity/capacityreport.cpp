// SPDX-License-Identifier: Apache-2.0
#include "capacityreport.h"

#include "files/csvfield.h"
#include "jsonwriter.h"
#include "projectiontext.h"
#include "texttable.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace model {

using namespace sched::outlook;

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QString groupName(const std::string &key) { return key.empty() ? CapacityReport::tr("general") : q(key); }

// One decimal is plenty for days; JSON keeps numbers.
double tenths(double v) { return std::round(v * 10) / 10; }

void writeOptionalDays(JsonWriter &w, const std::optional<double> &days)
{
    days ? w.number(tenths(*days)) : w.null();
}

// "days_remaining": the numbers as computed, and whether each lies past ten
// years (shown in words as "more than ten years"; null without a number).
void writeDaysRemaining(JsonWriter &w, const Projection &p)
{
    const auto far = [&w](const std::optional<double> &d) {
        d ? w.boolean(ProjectionText::beyondTenYears(*d)) : w.null();
    };
    w.key("days_remaining");
    w.beginObject();
    w.key("conservative"), writeOptionalDays(w, p.conservative);
    w.key("trend"), writeOptionalDays(w, p.trend);
    w.key("beyond_ten_years");
    w.beginObject();
    w.key("conservative"), far(p.conservative);
    w.key("trend"), far(p.trend);
    w.endObject();
    w.endObject();
}

void writeAmounts(JsonWriter &w, const auto &amounts)
{
    w.beginObject();
    for (sched::Resource r : sched::kAllResources)
        w.key(sched::resourceKey(r)), w.number(double(amounts[std::size_t(r)]));
    w.endObject();
}

void writeResource(JsonWriter &w, const ResourceOutlook &r)
{
    w.beginObject();
    w.key("used"), r.used ? w.integer(*r.used) : w.null();
    w.key("total"), w.integer(r.total);
    w.key("limit"), w.number(std::floor(r.limit));
    w.key("trend_per_day"), r.fit.noFit ? w.null() : w.number(r.fit.slopePerDay);
    w.key("band"), r.fit.noFit ? w.null() : w.number(r.fit.band);
    w.key("samples"), w.integer(r.fit.samples);
    w.key("steps"), w.integer(r.fit.steps);
    writeDaysRemaining(w, r.daysRemaining);
    if (r.daysRemaining.reason)
        w.key("reason"), w.string(CapacityReport::reasonCode(*r.daysRemaining.reason).toStdString());
    w.key("capacity_remaining"), r.capacityRemaining ? w.integer(*r.capacityRemaining) : w.null();
    w.key("typical_vms_remaining"), r.typicalVmsRemaining ? w.integer(*r.typicalVmsRemaining) : w.null();
    w.endObject();
}

void writeDate(JsonWriter &w, std::int64_t nowUs, const std::optional<double> &days)
{
    days ? w.string(CapacityReport::date(nowUs, *days).toStdString()) : w.null();
}

// vCPUs as counts; RAM (MiB) and disk (GiB) in human units: MiB, GiB, TiB.
QString amountText(sched::Resource r, double v)
{
    const QLocale locale;
    if (r == sched::Resource::Vcpus)
        return locale.toString(v, 'f', 0);
    int unit = r == sched::Resource::RamMb ? 0 : 1; // 0 MiB, 1 GiB, 2 TiB
    while (unit < 2 && std::abs(v) >= 1024) {
        v /= 1024;
        ++unit;
    }
    const QString number = locale.toString(v, 'f', unit == 0 || v == std::floor(v) ? 0 : 1);
    switch (unit) {
    case 0:
        return CapacityReport::tr("%1 MiB").arg(number);
    case 1:
        return CapacityReport::tr("%1 GiB").arg(number);
    }
    return CapacityReport::tr("%1 TiB").arg(number);
}

} // namespace

bool CapacityView::showsPod(const sched::Pod &pod) const
{
    return (az.isEmpty() || q(pod.azName) == az) && (!groupSet || q(sched::groupKey(pod.tags)) == group);
}

bool CapacityView::showsGroup(const GroupOutlook &g) const
{
    return (az.isEmpty() || q(g.az) == az) && (!groupSet || q(g.group) == group);
}

std::vector<const PodOutlook *> CapacityView::atRisk() const
{
    std::vector<const PodOutlook *> out;
    for (const PodOutlook &p : outlook.pods) {
        if (showsPod(state.pods[p.pod]) && p.atRisk(options.horizonDays))
            out.push_back(&p);
    }
    std::stable_sort(out.begin(), out.end(), [](const PodOutlook *a, const PodOutlook *b) { return *a->soonest() < *b->soonest(); });
    return out;
}

QString CapacityReport::reasonCode(NoProjection reason)
{
    switch (reason) {
    case NoProjection::TooLittleHistory:
        return QStringLiteral("too_little_history");
    case NoProjection::FlatOrFalling:
        return QStringLiteral("flat_or_falling");
    case NoProjection::PoorFit:
        return QStringLiteral("poor_fit");
    case NoProjection::NoCapacity:
        return QStringLiteral("no_capacity");
    case NoProjection::UsageUnknown:
        break;
    }
    return QStringLiteral("usage_unknown");
}

QString CapacityReport::reasonText(NoProjection reason)
{
    switch (reason) {
    case NoProjection::TooLittleHistory:
        return tr("no projection: too little history (at least %1 samples over %2 days)").arg(kMinSamples).arg(kMinSpanDays);
    case NoProjection::FlatOrFalling:
        return tr("no projection: usage is flat or falling");
    case NoProjection::PoorFit:
        return tr("no projection: recent usage has left the trend");
    case NoProjection::NoCapacity:
        return tr("no projection: no capacity recorded");
    case NoProjection::UsageUnknown:
        break;
    }
    return tr("no projection: usage never collected");
}

QString CapacityReport::date(std::int64_t nowUs, double days)
{
    const auto at = nowUs + std::int64_t(std::min(days, 365.0 * 1000) * kMicrosPerDay);
    return QDateTime::fromMSecsSinceEpoch(at / 1000, Qt::UTC).date().toString(Qt::ISODate);
}

QString CapacityReport::resourceName(sched::Resource r)
{
    switch (r) {
    case sched::Resource::Vcpus:
        return tr("vCPUs");
    case sched::Resource::RamMb:
        return tr("RAM");
    case sched::Resource::DiskGb:
        break;
    }
    return tr("disk");
}

QByteArray CapacityReport::json(const CapacityView &v, bool indented)
{
    QByteArray out;
    JsonWriter w(out, indented);
    w.beginObject();
    w.key("now"), w.string(date(v.options.nowUs, 0).toStdString());
    w.key("window_days"), w.number(v.options.windowDays);
    w.key("horizon_days"), w.number(v.options.horizonDays);
    w.key("model"), w.string("robust linear trend (median of half-window slopes, steps taken out), band of 2 robust "
                             "standard deviations; groups fill in creation order");
    w.key("typical_vm");
    v.outlook.typicalVm ? writeAmounts(w, *v.outlook.typicalVm) : w.null();
    w.key("pods");
    w.beginArray();
    for (const PodOutlook &p : v.outlook.pods) {
        const sched::Pod &pod = v.state.pods[p.pod];
        if (!v.showsPod(pod))
            continue;
        w.beginObject();
        w.key("pod_name"), w.string(pod.name);
        w.key("az_name"), w.string(pod.azName);
        w.key("group"), w.string(sched::groupKey(pod.tags));
        w.key("state"), w.string(sched::podStateKey(pod.state));
        w.key("at_risk"), w.boolean(p.atRisk(v.options.horizonDays));
        w.key("resources");
        w.beginObject();
        for (sched::Resource r : sched::kAllResources)
            w.key(sched::resourceKey(r)), writeResource(w, p.resources[std::size_t(r)]);
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.key("groups");
    w.beginArray();
    for (const GroupOutlook &g : v.outlook.groups) {
        if (!v.showsGroup(g))
            continue;
        w.beginObject();
        w.key("az_name"), w.string(g.az);
        w.key("group"), w.string(g.group);
        w.key("pods");
        w.beginArray();
        for (std::size_t i : g.pods)
            w.string(v.state.pods[i].name);
        w.endArray();
        w.key("new_pod_needed_by");
        w.beginObject();
        w.key("conservative"), writeDate(w, v.options.nowUs, g.newPodNeeded.conservative);
        w.key("trend"), writeDate(w, v.options.nowUs, g.newPodNeeded.trend);
        w.endObject();
        writeDaysRemaining(w, g.newPodNeeded);
        if (g.newPodNeeded.reason)
            w.key("reason"), w.string(reasonCode(*g.newPodNeeded.reason).toStdString());
        if (g.noneTakesNew)
            w.key("note"), w.string("no_pod_takes_new_tenants");
        w.key("growth_per_day"), writeAmounts(w, g.growthPerDay);
        w.key("new_pod_capacity"), writeAmounts(w, g.newPodCapacity);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    if (indented)
        out += '\n';
    return out;
}

QString CapacityReport::csv(const CapacityView &v)
{
    QStringList lines{QStringLiteral("pod_name,az_name,group,resource,used,total,limit,trend_per_day,band,"
                                     "days_conservative,days_trend,reason,capacity_remaining,typical_vms_remaining,"
                                     "conservative_beyond_ten_years,trend_beyond_ten_years")};
    const auto num = [](const auto &o) { return o ? QString::number(*o) : QString(); };
    const auto days = [](const std::optional<double> &d) { return d ? QString::number(tenths(*d)) : QString(); };
    const auto far = [](const std::optional<double> &d) {
        return d ? QLatin1String(ProjectionText::beyondTenYears(*d) ? "true" : "false") : QLatin1String();
    };
    for (const PodOutlook &p : v.outlook.pods) {
        const sched::Pod &pod = v.state.pods[p.pod];
        if (!v.showsPod(pod))
            continue;
        for (sched::Resource res : sched::kAllResources) {
            const ResourceOutlook &r = p.resources[std::size_t(res)];
            const bool fitted = !r.fit.noFit;
            lines << QStringList{csvField(q(pod.name)), csvField(q(pod.azName)), csvField(q(sched::groupKey(pod.tags))),
                                 q(std::string(sched::resourceKey(res))), num(r.used), QString::number(r.total),
                                 QString::number(std::floor(r.limit)),
                                 fitted ? QString::number(r.fit.slopePerDay) : QString(),
                                 fitted ? QString::number(r.fit.band) : QString(), days(r.daysRemaining.conservative),
                                 days(r.daysRemaining.trend),
                                 r.daysRemaining.reason ? reasonCode(*r.daysRemaining.reason) : QString(),
                                 num(r.capacityRemaining), num(r.typicalVmsRemaining),
                                 far(r.daysRemaining.conservative), far(r.daysRemaining.trend)}
                         .join(QLatin1Char(','));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CapacityReport::text(const CapacityView &v)
{
    const QLocale locale;
    QString out;
    const auto risk = v.atRisk();
    out += tr("Pods over their threshold within %n day(s) (conservative – trend):", nullptr, int(v.options.horizonDays))
           + QLatin1Char('\n');
    if (risk.empty())
        out += QStringLiteral("  ") + tr("none") + QLatin1Char('\n');
    else {
        std::vector<QStringList> rows{{tr("POD"), tr("AZ"), tr("GROUP"), tr("RESOURCE"), tr("USED / LIMIT"), tr("TIME LEFT"),
                                       tr("LEFT NOW")}};
        for (const PodOutlook *p : risk) {
            const sched::Pod &pod = v.state.pods[p->pod];
            for (sched::Resource res : sched::kAllResources) {
                const ResourceOutlook &r = p->resources[std::size_t(res)];
                if (!r.daysRemaining.conservative || *r.daysRemaining.conservative > v.options.horizonDays)
                    continue;
                const QString left = r.typicalVmsRemaining
                                         ? tr("%1 (%n VM(s))", nullptr, int(*r.typicalVmsRemaining)).arg(amountText(res, double(*r.capacityRemaining)))
                                         : amountText(res, double(r.capacityRemaining.value_or(0)));
                rows.push_back({q(pod.name), q(pod.azName), groupName(sched::groupKey(pod.tags)), resourceName(res),
                                tr("%1 / %2").arg(amountText(res, double(r.used.value_or(0))), amountText(res, std::floor(r.limit))),
                                ProjectionText::range(r.daysRemaining), left});
            }
        }
        out += TextTable::format(rows, QStringLiteral("  "));
    }
    out += QLatin1Char('\n') + tr("New pod needed by (every pod of the group over its threshold):") + QLatin1Char('\n');
    std::vector<QStringList> rows{{tr("AZ"), tr("GROUP"), tr("PODS"), tr("NEEDED BY"), tr("NEW POD FOR %n DAY(S)", nullptr,
                                                                                        int(v.options.horizonDays))}};
    for (const GroupOutlook &g : v.outlook.groups) {
        if (!v.showsGroup(g))
            continue;
        const Projection &p = g.newPodNeeded;
        const QString when = g.noneTakesNew ? tr("now: every pod is in maintenance or disabled")
                             : p.reason    ? reasonText(*p.reason)
                                           : ProjectionText::datesInWords(v.options.nowUs, p);
        QStringList size;
        for (sched::Resource res : sched::kAllResources)
            size << tr("%1 %2").arg(amountText(res, double(g.newPodCapacity[std::size_t(res)])), resourceName(res));
        rows.push_back({q(g.az), groupName(g.group), locale.toString(qlonglong(g.pods.size())), when,
                        p.reason ? QString() : size.join(QStringLiteral(", "))});
    }
    out += TextTable::format(rows, QStringLiteral("  "));
    return out;
}

} // namespace model
