// SPDX-License-Identifier: Apache-2.0
#include "reporttext.h"

#include "decisiontext.h"
#include "reasontext.h"
#include "texttable.h"

#include <QStringList>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

// Left-aligned columns, two spaces apart, padded by display width.
QString table(const std::vector<QStringList> &rows) { return TextTable::format(rows, QStringLiteral("  ")); }

QString used(const whatif::PodFigures &f)
{
    const auto &v = f.used[std::size_t(sched::Resource::Vcpus)];
    return v ? QString::number(*v) : QStringLiteral("?");
}

QString more(qsizetype total, int limit)
{
    return total > limit ? ReportText::tr("  ... and %1 more\n").arg(total - limit) : QString();
}

} // namespace

QString ReportText::format(const whatif::RunResult &result, int limit)
{
    const whatif::Report &r = result.reports.at(0);
    QString out;
    if (result.cancelled)
        out += tr("Cancelled: the figures below are partial.\n\n");
    out += summaries(result) + QLatin1Char('\n');
    out += growthList(r);
    out += podTable(r, limit) + QLatin1Char('\n');
    out += changeList(r, limit);
    out += failureList(r, limit);
    if (result.reports.size() > 1)
        out += QLatin1Char('\n') + differences(result, limit);
    return out;
}

QString ReportText::summaries(const whatif::RunResult &result)
{
    std::vector<QStringList> rows{{tr("Policy")}, {tr("Events")}, {tr("Keep")}, {tr("Bind")}, {tr("Rebind")},
                                  {tr("Fail")}, {tr("VMs created")}, {tr("VMs deleted")}, {tr("Deletes skipped")},
                                  {tr("Deletes beyond usage")}};
    for (const whatif::Report &r : result.reports) {
        const whatif::Summary &s = r.summary;
        rows[0] << str(r.policyName);
        const std::uint64_t values[] = {s.events, s.keep, s.bind, s.rebind, s.fail, s.vmsCreated, s.vmsDeleted, s.skipped,
                                        s.clampedDeletes};
        for (std::size_t i = 0; i < std::size(values); ++i)
            rows[i + 1] << QString::number(values[i]);
    }
    return tr("Summary\n") + table(rows);
}

QString ReportText::podTable(const whatif::Report &r, int limit)
{
    std::vector<QStringList> rows{{tr("Pod"), tr("AZ"), tr("Group"), tr("vCPUs used"), tr("VMs"), tr("Tenants"), tr("State")}};
    qsizetype changed = 0;
    for (const whatif::PodReport &p : r.pods) {
        if (p.before && *p.before == p.after && !p.removed)
            continue;
        if (++changed > limit)
            continue;
        const auto arrow = [&](const QString &a, const QString &b) { return p.before ? a + QStringLiteral(" -> ") + b : tr("new: %1").arg(b); };
        const whatif::PodFigures before = p.before.value_or(whatif::PodFigures{});
        rows.push_back({str(p.name), str(p.az), p.group.empty() ? tr("general") : str(p.group),
                        arrow(used(before), used(p.after)),
                        arrow(QString::number(before.vms), QString::number(p.after.vms)),
                        arrow(QString::number(before.tenants), QString::number(p.after.tenants)),
                        p.removed ? tr("removed") : DecisionText::podStateName(p.after.state)});
    }
    if (changed == 0)
        return tr("Pods: no pod changed.\n");
    return tr("Pods that changed (%1)\n").arg(changed) + table(rows) + more(changed, limit);
}

QString ReportText::changeList(const whatif::Report &r, int limit)
{
    if (r.changes.empty())
        return tr("Binding changes: none.\n");
    std::vector<QStringList> rows{{tr("Event"), tr("Tenant"), tr("AZ"), tr("Group"), tr("From"), tr("To"), tr("Reason")}};
    const auto pod = [&](std::uint32_t p) { return p == whatif::kNoId ? QStringLiteral("-") : str(r.pods[p].name); };
    for (std::size_t i = 0; i < r.changes.size() && i < std::size_t(limit); ++i) {
        const whatif::ChangeRecord &c = r.changes[i];
        rows.push_back({QString::number(c.event), str(r.tenants[c.tenant]), str(r.azs[c.az]), str(r.groups[c.group]),
                        pod(c.fromPod), pod(c.toPod), ReasonText::changeText(r, c)});
    }
    return tr("Binding changes (%1)\n").arg(r.changes.size()) + table(rows) + more(qsizetype(r.changes.size()), limit);
}

QString ReportText::failureList(const whatif::Report &r, int limit)
{
    if (r.failures.empty())
        return tr("Failures: none.\n");
    std::vector<QStringList> rows{{tr("Event"), tr("Tenant"), tr("AZ"), tr("Group"), tr("Reason")}};
    for (std::size_t i = 0; i < r.failures.size() && i < std::size_t(limit); ++i) {
        const whatif::FailureRecord &f = r.failures[i];
        rows.push_back({QString::number(f.event), str(r.tenants[f.tenant]), str(r.azs[f.az]), str(r.groups[f.group]),
                        ReasonText::failureText(r, f)});
    }
    return tr("Failures (%1)\n").arg(r.failures.size()) + table(rows) + more(qsizetype(r.failures.size()), limit);
}

QString ReportText::growSkipName(whatif::GrowSkip skip)
{
    switch (skip) {
    case whatif::GrowSkip::TooLittleHistory: return tr("too little history");
    case whatif::GrowSkip::FlatOrFalling: return tr("flat or falling");
    case whatif::GrowSkip::PoorFit: return tr("trend too poor to trust");
    case whatif::GrowSkip::NoVmSize: return tr("grows only in resources the VM size leaves at 0");
    case whatif::GrowSkip::LessThanOneVm: return tr("less than one VM");
    case whatif::GrowSkip::NoTenants: return tr("no tenant bound");
    }
    return {};
}

// One line per grow event: what the outlook projected, and which pods it skipped.
QString ReportText::growthList(const whatif::Report &r)
{
    QString out;
    for (const whatif::GrowthRecord &g : r.growth) {
        std::uint64_t requests = 0;
        for (const auto &pod : g.pods)
            requests += pod.second;
        const QString vm = g.vmSize ? tr("%1 vCPUs, %2 MB RAM, %3 GB disk")
                                          .arg((*g.vmSize)[0]).arg((*g.vmSize)[1]).arg((*g.vmSize)[2])
                                    : tr("no typical VM size");
        out += tr("Growth (event %1, %n day(s)): %2 VM requests of %3; projected pods: %4", nullptr, int(g.days))
                   .arg(g.event).arg(requests).arg(vm).arg(g.pods.size());
        QStringList skipped;
        std::uint32_t total = 0;
        for (std::size_t k = 0; k < whatif::kGrowSkipCount; ++k) {
            if (g.skipped[k] > 0)
                skipped << QStringLiteral("%1 %2").arg(g.skipped[k]).arg(growSkipName(whatif::GrowSkip(k)));
            total += g.skipped[k];
        }
        if (total > 0)
            out += tr("; skipped pods: %1 (%2)").arg(total).arg(skipped.join(QStringLiteral(", ")));
        out += QLatin1Char('\n');
    }
    return out.isEmpty() ? out : out + QLatin1Char('\n');
}

QString ReportText::differences(const whatif::RunResult &result, int limit)
{
    QString out;
    const QString primary = str(result.reports[0].policyName);
    const auto outcome = [](const whatif::TenantDifference &d, const whatif::TenantOutcome &o) {
        QStringList pods;
        for (const std::string &p : o.pods)
            pods << str(p);
        QString text = tr("%1; %n failed", nullptr, int(o.failures)).arg(pods.isEmpty() ? tr("unbound") : pods.join(QStringLiteral(", ")));
        for (const whatif::UpstreamBoundTwice &x : o.upstreamBoundTwice)
            text += QStringLiteral("; ") + DecisionText::upstreamBoundTwice(str(d.tenantId), str(x.endedPod), str(x.newPod), str(x.az));
        return text;
    };
    for (std::size_t i = 0; i < result.differences.size(); ++i) {
        const auto &diffs = result.differences[i];
        const QString other = str(result.reports[i + 1].policyName);
        out += tr("Tenants whose outcome differs, %1 vs %2 (%3)\n").arg(primary, other).arg(diffs.size());
        std::vector<QStringList> rows{{tr("Tenant"), primary, other}};
        for (std::size_t k = 0; k < diffs.size() && k < std::size_t(limit); ++k)
            rows.push_back({str(diffs[k].tenantId), outcome(diffs[k], diffs[k].primary), outcome(diffs[k], diffs[k].other)});
        out += (diffs.empty() ? QString() : table(rows)) + more(qsizetype(diffs.size()), limit);
    }
    return out;
}

} // namespace model
