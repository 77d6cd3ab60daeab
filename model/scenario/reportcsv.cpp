// SPDX-License-Identifier: Apache-2.0
#include "reportcsv.h"

#include "files/csvfield.h"
#include "reasontext.h"
#include "reportnumbers.h"

#include <QStringList>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

void row(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

} // namespace

QByteArray ReportCsv::serialize(const whatif::Report &r)
{
    QByteArray out;
    row(out, {QStringLiteral("record"), QStringLiteral("event"), QStringLiteral("tenant_id"), QStringLiteral("az_name"),
              QStringLiteral("group"), QStringLiteral("from_pod"), QStringLiteral("to_pod"), QStringLiteral("reason")});
    const auto pod = [&](std::uint32_t p) { return p == whatif::kNoId ? QString() : str(r.pods[p].name); };
    for (const whatif::ChangeRecord &c : r.changes)
        row(out, {QStringLiteral("change"), QString::number(c.event), str(r.tenants[c.tenant]), str(r.azs[c.az]),
                  str(r.groups[c.group]), pod(c.fromPod), pod(c.toPod), ReasonText::change(r, c)});
    for (const whatif::FailureRecord &f : r.failures)
        row(out, {QStringLiteral("failure"), QString::number(f.event), str(r.tenants[f.tenant]), str(r.azs[f.az]),
                  str(r.groups[f.group]), QString(), QString(), ReasonText::failure(r, f)});
    return out;
}

QByteArray ReportCsv::pods(const whatif::Report &r)
{
    QStringList header{QStringLiteral("pod_name"), QStringLiteral("az_name"), QStringLiteral("group"),
                       QStringLiteral("added"), QStringLiteral("removed"), QStringLiteral("state_before"),
                       QStringLiteral("state_after"), QStringLiteral("vms_before"), QStringLiteral("vms_after"),
                       QStringLiteral("tenants_before"), QStringLiteral("tenants_after")};
    for (const sched::Resource res : sched::kAllResources)
        for (const char *field : {"capacity", "limit", "used", "percent"})
            for (const char *when : {"before", "after"})
                header << QStringLiteral("%1_%2_%3").arg(str(sched::resourceKey(res)), QLatin1String(field), QLatin1String(when));
    header << QStringLiteral("full_before") << QStringLiteral("threshold_reached_at_event")
           << QStringLiteral("threshold_reached_in");
    QByteArray out;
    row(out, header);
    for (const whatif::PodReport &p : r.pods) {
        const whatif::PodFigures before = p.before.value_or(whatif::PodFigures{});
        const auto ifBefore = [&](const QString &v) { return p.before ? v : QString(); };
        QStringList fields{str(p.name), str(p.az), str(p.group), p.before ? QStringLiteral("false") : QStringLiteral("true"),
                           p.removed ? QStringLiteral("true") : QStringLiteral("false"),
                           ifBefore(str(sched::podStateKey(before.state))), str(sched::podStateKey(p.after.state)),
                           ifBefore(ReportNumbers::plain(before.vms)), ReportNumbers::plain(p.after.vms),
                           ifBefore(ReportNumbers::plain(before.tenants)), ReportNumbers::plain(p.after.tenants)};
        for (const sched::Resource res : sched::kAllResources) {
            const auto i = std::size_t(res);
            fields << ifBefore(ReportNumbers::plain(p.capacityBefore[i])) << ReportNumbers::plain(p.capacity[i])
                   << ifBefore(ReportNumbers::plain(p.limitBefore[i])) << ReportNumbers::plain(p.limit[i])
                   << ifBefore(ReportNumbers::plain(before.used[i])) << ReportNumbers::plain(p.after.used[i])
                   << ifBefore(ReportNumbers::plainPercent(before.used[i], p.capacityBefore[i]))
                   << ReportNumbers::plainPercent(p.after.used[i], p.capacity[i]);
        }
        fields << (p.fullBefore ? QStringLiteral("true") : QStringLiteral("false"))
               << (p.crossedAt ? ReportNumbers::plain(*p.crossedAt) : QString())
               << (p.crossedAt ? str(sched::resourceKey(p.crossedResource)) : QString());
        row(out, fields);
    }
    return out;
}

QByteArray ReportCsv::series(const whatif::Report &r)
{
    QByteArray out;
    row(out, {QStringLiteral("after_events"), QStringLiteral("pod_name"), QStringLiteral("az_name"), QStringLiteral("group"),
              QStringLiteral("vcpus"), QStringLiteral("ram_mb"), QStringLiteral("disk_gb"), QStringLiteral("vms"),
              QStringLiteral("tenants"), QStringLiteral("state")});
    const whatif::Series &s = r.series;
    for (std::size_t k = 0; k < s.values.size(); ++k) {
        const QString after = ReportNumbers::plain(std::int64_t(s.afterEvent[k]));
        for (std::size_t p = 0; p < s.values[k].size() && p < r.pods.size(); ++p) {
            const whatif::PodFigures &f = s.values[k][p];
            const whatif::PodReport &pod = r.pods[p];
            row(out, {after, str(pod.name), str(pod.az), str(pod.group),
                      ReportNumbers::plain(f.used[std::size_t(sched::Resource::Vcpus)]),
                      ReportNumbers::plain(f.used[std::size_t(sched::Resource::RamMb)]),
                      ReportNumbers::plain(f.used[std::size_t(sched::Resource::DiskGb)]), ReportNumbers::plain(f.vms),
                      ReportNumbers::plain(f.tenants), str(sched::podStateKey(f.state))});
        }
    }
    return out;
}

} // namespace model
