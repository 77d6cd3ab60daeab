// SPDX-License-Identifier: Apache-2.0
#include "failuregroups.h"

#include "decisiontext.h"
#include "reasontext.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <tuple>

namespace model {

std::uint64_t FailureGroups::reasonKey(const whatif::FailureRecord &f)
{
    std::uint64_t key = std::uint64_t(f.kind);
    if (f.kind == whatif::FailureKind::NoBinding)
        return key;
    key = key << 8 | std::uint64_t(f.failure.code);
    for (std::size_t i = 0; i < sched::kFilterCount; ++i)
        key = key << 1 | (f.failure.rejectedBy[i] > 0 ? 1u : 0u);
    if (f.failure.example)
        key = (key << 8 | (1u + std::uint64_t(f.failure.example->reason))) << 4 | std::uint64_t(f.failure.example->resource);
    return key;
}

std::vector<FailureGroups::Group> FailureGroups::of(const whatif::Report &r)
{
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint64_t>, std::size_t> index;
    std::vector<Group> groups;
    for (std::size_t i = 0; i < r.failures.size(); ++i) {
        const whatif::FailureRecord &f = r.failures[i];
        const auto [it, added] = index.emplace(std::tuple(f.az, f.group, reasonKey(f)), groups.size());
        if (added)
            groups.push_back(Group{f.az, f.group, 0, f.event, f.event, i});
        Group &g = groups[it->second];
        ++g.count;
        g.firstEvent = std::min(g.firstEvent, f.event);
        g.lastEvent = std::max(g.lastEvent, f.event);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.firstEvent < b.firstEvent;
    });
    return groups;
}

QString FailureGroups::reason(const whatif::Report &r, const Group &g)
{
    const whatif::FailureRecord &f = r.failures[g.example];
    if (f.kind == whatif::FailureKind::NoBinding)
        return ReasonText::failureText(r, f);
    sched::Failure head = f.failure; // the code's sentence, without counts or an example
    head.rejectedBy = {};
    head.example.reset();
    QString text = DecisionText::failure(head);
    QStringList filters;
    for (std::size_t i = 0; i < sched::kFilterCount; ++i)
        if (f.failure.rejectedBy[i] > 0)
            filters << DecisionText::filterName(sched::FilterKind(i));
    if (!filters.isEmpty())
        text = tr("%1; rejected by: %2").arg(text, filters.join(QStringLiteral(", ")));
    if (const auto &e = f.failure.example) {
        const QString example = e->reason == sched::Reason::OverThreshold
                                    ? tr("%1 at the threshold", "a pod's resource").arg(DecisionText::resourceName(e->resource))
                                    : DecisionText::rejection(*e);
        text = tr("%1; e.g. %2", "failure reason; an example rejection").arg(text, example);
    }
    return text;
}

} // namespace model
