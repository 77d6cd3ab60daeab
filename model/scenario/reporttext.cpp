// SPDX-License-Identifier: Apache-2.0
#include "reporttext.h"

#include "decisiontext.h"
#include "failuregroups.h"
#include "reasontext.h"
#include "reportnumbers.h"
#include "reportpodtext.h"
#include "texttable.h"

#include <QStringList>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

// Column limits shared by the tables: ids and names cut in the middle.
constexpr TextTable::Column kEvent{8};
constexpr TextTable::Column kTenant{20};
constexpr TextTable::Column kPod{18};
constexpr TextTable::Column kAz{10};
constexpr TextTable::Column kGroup{22};
constexpr TextTable::Column kReason{0, true};

QString table(const std::vector<QStringList> &rows, const std::vector<TextTable::Column> &columns)
{
    return TextTable::format(rows, columns, QStringLiteral("  "), ReportText::kLineWidth);
}

QString more(qsizetype total, int limit)
{
    return total > limit ? ReportText::tr("  ... and %1 more\n").arg(total - limit) : QString();
}

} // namespace

QString ReportText::heading(const QString &text) { return TextTable::wrap(text, kLineWidth).join(QLatin1Char('\n')) + QLatin1Char('\n'); }

QString ReportText::format(const whatif::RunResult &result, int limit)
{
    const whatif::Report &r = result.reports.at(0);
    QString out;
    if (result.cancelled)
        out += heading(tr("Cancelled: the figures below are partial.")) + QLatin1Char('\n');
    out += crossings(r, limit) + QLatin1Char('\n');
    out += failureGroups(r, limit) + QLatin1Char('\n');
    out += summaries(result) + QLatin1Char('\n');
    out += growthList(r);
    out += ReportPodText::changedPods(r, limit) + QLatin1Char('\n');
    out += changeList(r, limit);
    out += failureList(r, limit);
    if (result.reports.size() > 1)
        out += QLatin1Char('\n') + differences(result, limit);
    if (!r.headroom.empty())
        out += QLatin1Char('\n') + ReportPodText::headroom(r);
    return out;
}

// Pods that reached their threshold during the scenario, in event order; then
// the pods that were there already.
QString ReportText::crossings(const whatif::Report &r, int limit)
{
    std::vector<const whatif::PodReport *> crossed;
    QStringList fullBefore;
    for (const whatif::PodReport &p : r.pods) {
        if (p.crossedAt)
            crossed.push_back(&p);
        if (p.fullBefore)
            fullBefore << str(p.name);
    }
    std::stable_sort(crossed.begin(), crossed.end(),
                     [](const whatif::PodReport *a, const whatif::PodReport *b) { return *a->crossedAt < *b->crossedAt; });
    QString out;
    if (crossed.empty()) {
        out = heading(tr("Threshold crossings: no pod reaches its threshold."));
    } else {
        std::vector<QStringList> rows{{tr("Pod"), tr("AZ"), tr("Group"), tr("At event"), tr("Resource"), tr("Used after")}};
        for (std::size_t i = 0; i < crossed.size() && i < std::size_t(limit); ++i) {
            const whatif::PodReport &p = *crossed[i];
            const auto res = std::size_t(p.crossedResource);
            rows.push_back({str(p.name), str(p.az), ReportPodText::groupName(p.group), QString::number(*p.crossedAt),
                            DecisionText::resourceName(p.crossedResource),
                            p.removed ? tr("removed") : ReportNumbers::amountOf(p.after.used[res], p.capacity[res])});
        }
        out = heading(tr("Pods that reach their threshold (%1)").arg(crossed.size())) +
              table(rows, {kPod, kAz, {18}, {}, {}, {}}) + more(qsizetype(crossed.size()), limit);
    }
    if (!fullBefore.isEmpty())
        for (const QString &line : TextTable::wrap(tr("At their threshold before the first event (%1): %2")
                                                       .arg(fullBefore.size())
                                                       .arg(fullBefore.join(QStringLiteral(", "))),
                                                   kLineWidth - 2))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out;
}

QString ReportText::failureGroups(const whatif::Report &r, int limit)
{
    if (r.failures.empty())
        return heading(tr("Failures: none."));
    const auto groups = FailureGroups::of(r);
    std::vector<QStringList> rows{{tr("Count"), tr("AZ"), tr("Group"), tr("Events"), tr("Reason")}};
    for (std::size_t i = 0; i < groups.size() && i < std::size_t(limit); ++i) {
        const FailureGroups::Group &g = groups[i];
        const QString events = g.firstEvent == g.lastEvent ? QString::number(g.firstEvent)
                                                           : tr("%1-%2", "event range").arg(g.firstEvent).arg(g.lastEvent);
        rows.push_back({ReportNumbers::count(g.count), str(r.azs[g.az]), ReportPodText::groupName(r.groups[g.group]), events,
                        FailureGroups::reason(r, g)});
    }
    return heading(tr("Failures by AZ, group and reason (%1 failures in %n group(s))", nullptr, int(groups.size()))
                       .arg(ReportNumbers::count(r.failures.size()))) +
           table(rows, {{}, kAz, kGroup, {15}, kReason}) + more(qsizetype(groups.size()), limit);
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
            rows[i + 1] << ReportNumbers::count(values[i]);
    }
    std::vector<TextTable::Column> columns(result.reports.size() + 1, TextTable::Column{16}); // policy names
    columns[0] = {};
    return heading(tr("Summary")) + table(rows, columns);
}

QString ReportText::changeList(const whatif::Report &r, int limit)
{
    if (r.changes.empty())
        return heading(tr("Binding changes: none."));
    std::vector<QStringList> rows{{tr("Event"), tr("Tenant"), tr("AZ"), tr("Group"), tr("From"), tr("To"), tr("Reason")}};
    const auto pod = [&](std::uint32_t p) { return p == whatif::kNoId ? QStringLiteral("-") : str(r.pods[p].name); };
    for (std::size_t i = 0; i < r.changes.size() && i < std::size_t(limit); ++i) {
        const whatif::ChangeRecord &c = r.changes[i];
        rows.push_back({QString::number(c.event), str(r.tenants[c.tenant]), str(r.azs[c.az]),
                        ReportPodText::groupName(r.groups[c.group]), pod(c.fromPod), pod(c.toPod),
                        ReasonText::changeText(r, c)});
    }
    return heading(tr("Binding changes (%1)").arg(ReportNumbers::count(r.changes.size()))) +
           table(rows, {kEvent, {16}, {10}, {14}, {14}, {14}, kReason}) + more(qsizetype(r.changes.size()), limit);
}

QString ReportText::failureList(const whatif::Report &r, int limit)
{
    if (r.failures.empty())
        return {};
    std::vector<QStringList> rows{{tr("Event"), tr("Tenant"), tr("AZ"), tr("Group"), tr("Reason")}};
    for (std::size_t i = 0; i < r.failures.size() && i < std::size_t(limit); ++i) {
        const whatif::FailureRecord &f = r.failures[i];
        rows.push_back({QString::number(f.event), str(r.tenants[f.tenant]), str(r.azs[f.az]),
                        ReportPodText::groupName(r.groups[f.group]), ReasonText::failureText(r, f)});
    }
    return heading(tr("Failures, one by one (%1)").arg(ReportNumbers::count(r.failures.size()))) +
           table(rows, {kEvent, kTenant, kAz, {16}, kReason}) + more(qsizetype(r.failures.size()), limit);
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

// One paragraph per grow event: what the outlook projected, and which pods it skipped.
QString ReportText::growthList(const whatif::Report &r)
{
    QString out;
    for (const whatif::GrowthRecord &g : r.growth) {
        std::uint64_t requests = 0;
        for (const auto &pod : g.pods)
            requests += pod.second;
        const QString vm = g.vmSize ? tr("%1 vCPUs, %2 MB RAM, %3 GB disk")
                                          .arg(ReportNumbers::amount((*g.vmSize)[0]), ReportNumbers::amount((*g.vmSize)[1]),
                                               ReportNumbers::amount((*g.vmSize)[2]))
                                    : tr("no typical VM size");
        QString line = tr("Growth (event %1, %n day(s)): %2 VM requests of %3; projected pods: %4", nullptr, int(g.days))
                           .arg(g.event)
                           .arg(ReportNumbers::count(requests), vm)
                           .arg(g.pods.size());
        QStringList skipped;
        std::uint32_t total = 0;
        for (std::size_t k = 0; k < whatif::kGrowSkipCount; ++k) {
            if (g.skipped[k] > 0)
                skipped << QStringLiteral("%1 %2").arg(g.skipped[k]).arg(growSkipName(whatif::GrowSkip(k)));
            total += g.skipped[k];
        }
        if (total > 0)
            line += tr("; skipped pods: %1 (%2)").arg(total).arg(skipped.join(QStringLiteral(", ")));
        out += heading(line);
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
        out += heading(tr("Tenants whose outcome differs, %1 vs %2 (%3)").arg(primary, other).arg(diffs.size()));
        // One line per policy: both outcomes wrap whole (a list of pods cut
        // in the middle would hide which pods).
        std::vector<QStringList> rows{{tr("Tenant"), tr("Policy"), tr("Pods bound; failures")}};
        for (std::size_t k = 0; k < diffs.size() && k < std::size_t(limit); ++k) {
            rows.push_back({str(diffs[k].tenantId), primary, outcome(diffs[k], diffs[k].primary)});
            rows.push_back({QString(), other, outcome(diffs[k], diffs[k].other)});
        }
        out += (diffs.empty() ? QString() : table(rows, {kTenant, {16}, kReason})) + more(qsizetype(diffs.size()), limit);
    }
    return out;
}

} // namespace model
