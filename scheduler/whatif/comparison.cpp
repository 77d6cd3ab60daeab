// SPDX-License-Identifier: Apache-2.0
#include "comparison.h"

#include <algorithm>

namespace whatif {

namespace {

struct Entry {
    std::string_view tenant;
    std::vector<std::string_view> pods;
    std::uint32_t failures = 0;
    std::vector<UpstreamBoundTwice> boundTwice;
};

std::vector<Entry> outcomes(const Replay &replay)
{
    const sched::Engine &e = replay.engine();
    std::vector<Entry> entries(e.tenantCount());
    for (std::uint32_t t = 0; t < entries.size(); ++t) {
        entries[t].tenant = e.tenantId(t);
        entries[t].failures = replay.failuresOf(t);
    }
    for (const sched::ActiveBindingView &b : e.activeBindings())
        entries[b.tenant].pods.push_back(e.pod(b.pod).name);
    for (const Replay::BoundTwice &x : replay.boundTwice())
        entries[x.tenant].boundTwice.push_back(
            {x.event, std::string(e.azName(x.az)), e.pod(x.endedPod).name, e.pod(x.newPod).name});
    for (Entry &x : entries)
        std::sort(x.pods.begin(), x.pods.end());
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.tenant < b.tenant; });
    return entries;
}

TenantOutcome toOutcome(const Entry *e)
{
    TenantOutcome out;
    if (!e)
        return out;
    out.pods.assign(e->pods.begin(), e->pods.end());
    out.failures = e->failures;
    out.upstreamBoundTwice = e->boundTwice;
    return out;
}

bool same(const Entry *a, const Entry *b)
{
    const std::uint32_t fa = a ? a->failures : 0;
    const std::uint32_t fb = b ? b->failures : 0;
    const std::size_t na = a ? a->pods.size() : 0;
    const std::size_t nb = b ? b->pods.size() : 0;
    const bool twiceA = a && !a->boundTwice.empty();
    const bool twiceB = b && !b->boundTwice.empty();
    return fa == fb && na == nb && (na == 0 || a->pods == b->pods) && twiceA == twiceB &&
           (!twiceA || a->boundTwice == b->boundTwice);
}

} // namespace

std::vector<TenantDifference> compareOutcomes(const Replay &primary, const Replay &other)
{
    const std::vector<Entry> a = outcomes(primary);
    const std::vector<Entry> b = outcomes(other);
    std::vector<TenantDifference> out;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        const Entry *x = i < a.size() ? &a[i] : nullptr;
        const Entry *y = j < b.size() ? &b[j] : nullptr;
        if (x && y && x->tenant != y->tenant) {
            if (x->tenant < y->tenant)
                y = nullptr;
            else
                x = nullptr;
        }
        i += x ? 1 : 0;
        j += y ? 1 : 0;
        if (!same(x, y))
            out.push_back({std::string(x ? x->tenant : y->tenant), toOutcome(x), toOutcome(y)});
    }
    return out;
}

} // namespace whatif
