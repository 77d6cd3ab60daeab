// SPDX-License-Identifier: Apache-2.0
#include "reportpodtext.h"

#include "decisiontext.h"
#include "reportnumbers.h"
#include "reporttext.h"
#include "texttable.h"

#include <QStringList>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QString more(qsizetype total, int limit)
{
    return total > limit ? ReportPodText::tr("  ... and %1 more\n").arg(total - limit) : QString();
}

bool changed(const whatif::PodReport &p)
{
    return !p.before || *p.before != p.after || p.removed || p.capacity != p.capacityBefore || p.limit != p.limitBefore;
}

// Lines of at most `width` cells broken after "; " where one fits, so a fact
// ("at its threshold after event 4") is never split; a fact wider than a
// line wraps at spaces.
QStringList wrapBetweenFacts(const QString &text, int width)
{
    const QString separator = QStringLiteral("; ");
    QStringList lines;
    QString line;
    for (qsizetype from = 0; from < text.size();) {
        const qsizetype at = text.indexOf(separator, from);
        const qsizetype end = at < 0 ? text.size() : at + separator.size();
        const QString fact = text.mid(from, end - from);
        from = end;
        if (TextTable::displayWidth((line + fact).trimmed()) <= width) {
            line += fact;
            continue;
        }
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
        line.clear();
        QStringList pieces = TextTable::wrap(fact.trimmed(), width);
        line = pieces.takeLast() + (fact.endsWith(QLatin1Char(' ')) ? QStringLiteral(" ") : QString());
        lines << pieces;
    }
    if (!line.trimmed().isEmpty() || lines.isEmpty())
        lines << line.trimmed();
    return lines;
}

} // namespace

QString ReportPodText::groupName(const std::string &group) { return group.empty() ? tr("general") : str(group); }

QString ReportPodText::changedPods(const whatif::Report &r, int limit)
{
    QString out;
    qsizetype count = 0;
    for (const whatif::PodReport &p : r.pods) {
        if (!changed(p))
            continue;
        if (++count <= limit)
            out += podBlock(p);
    }
    if (count == 0)
        return ReportText::heading(tr("Pods: no pod changed."));
    return ReportText::heading(tr("Pods that changed (%1), each resource before -> after").arg(count)) + out +
           more(count, limit);
}

// "  az1-pod01 (az1, general): enabled; VMs 10 -> 40; tenants 3 -> 5; at its threshold after event 12"
// then one row per resource with a capacity or a known usage.
QString ReportPodText::podBlock(const whatif::PodReport &p)
{
    const whatif::PodFigures before = p.before.value_or(whatif::PodFigures{});
    const auto change = [&](const QString &b, const QString &a) { return p.before ? ReportNumbers::change(b, a) : a; };
    QStringList facts;
    facts << (p.removed ? tr("removed") : change(DecisionText::podStateName(before.state), DecisionText::podStateName(p.after.state)));
    if (!p.before)
        facts << tr("added by the scenario");
    facts << tr("VMs %1").arg(change(ReportNumbers::amount(before.vms), ReportNumbers::amount(p.after.vms)));
    facts << tr("tenants %1").arg(change(ReportNumbers::count(before.tenants), ReportNumbers::count(p.after.tenants)));
    if (p.crossedAt)
        facts << tr("at its threshold after event %1").arg(*p.crossedAt);
    const QString head = tr("%1 (%2, %3): %4", "pod (AZ, group): facts")
                             .arg(TextTable::elideMiddle(str(p.name), 40), TextTable::elideMiddle(str(p.az), 16),
                                  TextTable::elideMiddle(groupName(p.group), 24), facts.join(QStringLiteral("; ")));
    QString out;
    const QStringList lines = wrapBetweenFacts(head, ReportText::kLineWidth - 4);
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i == 0 ? QStringLiteral("  ") : QStringLiteral("    ")) + lines[i] + QLatin1Char('\n');
    // Capacity and limit as after the run (numbers are never cut); a change
    // of them (set_capacity) is a line of its own below the table.
    std::vector<QStringList> rows{{tr("Resource"), tr("Capacity"), tr("Limit"), tr("Used before"), tr("Used after")}};
    QStringList changes;
    for (const sched::Resource res : sched::kAllResources) {
        const auto i = std::size_t(res);
        if (p.capacity[i] <= 0 && p.capacityBefore[i] <= 0 && !p.after.used[i] && !before.used[i])
            continue;
        rows.push_back({DecisionText::resourceName(res), ReportNumbers::amount(p.capacity[i]), ReportNumbers::amount(p.limit[i]),
                        p.before ? ReportNumbers::amountOf(before.used[i], p.capacityBefore[i]) : tr("-"),
                        ReportNumbers::amountOf(p.after.used[i], p.capacity[i])});
        if (p.before && (p.capacity[i] != p.capacityBefore[i] || p.limit[i] != p.limitBefore[i]))
            changes << tr("%1: capacity %2, limit %3", "resource: capacity before -> after, limit before -> after")
                           .arg(DecisionText::resourceName(res),
                                ReportNumbers::change(ReportNumbers::amount(p.capacityBefore[i]), ReportNumbers::amount(p.capacity[i])),
                                ReportNumbers::change(ReportNumbers::amount(p.limitBefore[i]), ReportNumbers::amount(p.limit[i])));
    }
    if (rows.size() > 1)
        out += TextTable::format(rows, {{14}}, QStringLiteral("    "), ReportText::kLineWidth);
    for (const QString &line : wrapBetweenFacts(changes.isEmpty() ? QString() : tr("Changed: %1").arg(changes.join(QStringLiteral("; "))),
                                               ReportText::kLineWidth - 4))
        if (!line.isEmpty())
            out += QStringLiteral("    ") + line + QLatin1Char('\n');
    return out;
}

// Per (AZ, group) and resource: the room at the start, its lowest point over
// the series (and after which event), and at the end.
QString ReportPodText::headroom(const whatif::Report &r)
{
    if (r.headroom.empty())
        return {};
    std::vector<QStringList> rows{{tr("AZ"), tr("Group"), tr("Pods"), tr("Resource"), tr("Start"),
                                   tr("Lowest (when)"), tr("End")}};
    for (const whatif::GroupHeadroom &h : r.headroom) {
        bool first = true;
        for (const sched::Resource res : sched::kAllResources) {
            const auto i = std::size_t(res);
            // lowestAfterEvent counts the events run: 0 is the start, k is after event k - 1.
            const QString when = h.lowestAfterEvent[i] == 0 ? tr("start", "headroom: before the first event")
                                                            : tr("event %1").arg(h.lowestAfterEvent[i] - 1);
            const QString lowest = h.lowest[i] ? tr("%1 (%2)", "headroom (when)").arg(ReportNumbers::amount(h.lowest[i]), when)
                                               : ReportNumbers::amount(h.lowest[i]);
            rows.push_back({first ? str(h.az) : QString(), first ? groupName(h.group) : QString(),
                            first ? ReportNumbers::count(h.pods) : QString(), DecisionText::resourceName(res),
                            ReportNumbers::amount(h.start[i]), lowest, ReportNumbers::amount(h.end[i])});
            first = false;
        }
    }
    return ReportText::heading(tr("Headroom per AZ and group (room below the thresholds of the enabled pods; ? = "
                                  "not collected)")) +
           TextTable::format(rows, {{10}, {22}, {5}, {10}}, QStringLiteral("  "), ReportText::kLineWidth);
}

} // namespace model
