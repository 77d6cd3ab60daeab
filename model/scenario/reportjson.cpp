// SPDX-License-Identifier: Apache-2.0
#include "reportjson.h"

#include "jsonwriter.h"
#include "reasontext.h"
#include "timeformat.h"

#include <QString>

#include <algorithm>
#include <numeric>

namespace model {

namespace {

// Written straight to bytes: a million-event report held as QJsonObjects took
// about a gigabyte. Members come in sorted order, as QJsonDocument wrote them,
// so reports stay byte for byte what they were.

void podName(JsonWriter &w, const whatif::Report &r, std::uint32_t pod)
{
    pod == whatif::kNoId ? w.null() : w.string(r.pods[pod].name);
}

void amount(JsonWriter &w, const std::optional<std::int64_t> &v) { v ? w.integer(*v) : w.null(); }

void figures(JsonWriter &w, const whatif::PodFigures &f)
{
    using sched::Resource;
    w.beginObject();
    w.key("disk_gb"), amount(w, f.used[std::size_t(Resource::DiskGb)]);
    w.key("ram_mb"), amount(w, f.used[std::size_t(Resource::RamMb)]);
    w.key("state"), w.string(sched::podStateKey(f.state));
    w.key("tenants"), w.integer(f.tenants);
    w.key("vcpus"), amount(w, f.used[std::size_t(Resource::Vcpus)]);
    w.key("vms"), w.integer(f.vms);
    w.endObject();
}

void changes(JsonWriter &w, const whatif::Report &r)
{
    w.beginArray();
    std::string reason;
    for (const whatif::ChangeRecord &c : r.changes) {
        w.beginObject();
        w.key("az_name"), w.string(r.azs[c.az]);
        w.key("event"), w.integer(std::int64_t(c.event));
        w.key("from_pod"), podName(w, r, c.fromPod);
        w.key("group"), w.string(r.groups[c.group]);
        ReasonText::change(r, c, reason);
        w.key("reason"), w.string(reason);
        w.key("tenant_id"), w.string(r.tenants[c.tenant]);
        w.key("to_pod"), podName(w, r, c.toPod);
        w.endObject();
    }
    w.endArray();
}

void failures(JsonWriter &w, const whatif::Report &r)
{
    w.beginArray();
    std::string reason;
    for (const whatif::FailureRecord &f : r.failures) {
        w.beginObject();
        w.key("az_name"), w.string(r.azs[f.az]);
        w.key("event"), w.integer(std::int64_t(f.event));
        w.key("group"), w.string(r.groups[f.group]);
        ReasonText::failure(r, f, reason);
        w.key("reason"), w.string(reason);
        w.key("tenant_id"), w.string(r.tenants[f.tenant]);
        w.endObject();
    }
    w.endArray();
}

void sizeObject(JsonWriter &w, const std::optional<sched::Amounts> &size)
{
    if (!size)
        return w.null();
    w.beginObject();
    w.key("disk_gb"), w.integer((*size)[std::size_t(sched::Resource::DiskGb)]);
    w.key("ram_mb"), w.integer((*size)[std::size_t(sched::Resource::RamMb)]);
    w.key("vcpus"), w.integer((*size)[std::size_t(sched::Resource::Vcpus)]);
    w.endObject();
}

// What each grow event asked for; the replay's decisions are in changes/failures.
void growth(JsonWriter &w, const whatif::Report &r)
{
    w.beginArray();
    for (const whatif::GrowthRecord &g : r.growth) {
        w.beginObject();
        w.key("days"), w.integer(g.days);
        w.key("event"), w.integer(std::int64_t(g.event));
        w.key("now");
        TimeText now;
        g.nowUs > 0 ? w.string(formatTrio2oTime(g.nowUs, now)) : w.null();
        w.key("pods");
        w.beginArray();
        std::uint64_t requests = 0;
        for (const auto &[name, vms] : g.pods) {
            w.beginObject();
            w.key("pod_name"), w.string(name);
            w.key("vms"), w.integer(std::int64_t(vms));
            w.endObject();
            requests += vms;
        }
        w.endArray();
        w.key("skipped");
        w.beginObject();
        std::array<std::size_t, whatif::kGrowSkipCount> order{};
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [](std::size_t a, std::size_t b) {
            return whatif::growSkipKey(whatif::GrowSkip(a)) < whatif::growSkipKey(whatif::GrowSkip(b));
        });
        for (const std::size_t k : order)
            w.key(whatif::growSkipKey(whatif::GrowSkip(k))), w.integer(g.skipped[k]);
        w.endObject();
        w.key("vm"), sizeObject(w, g.vmSize);
        w.key("vm_requests"), w.integer(std::int64_t(requests));
        w.endObject();
    }
    w.endArray();
}

void amounts(JsonWriter &w, const sched::Amounts &a) { sizeObject(w, std::optional<sched::Amounts>(a)); }

void pods(JsonWriter &w, const whatif::Report &r)
{
    w.beginArray();
    for (const whatif::PodReport &p : r.pods) {
        w.beginObject();
        w.key("after"), figures(w, p.after);
        w.key("az_name"), w.string(p.az);
        w.key("before");
        p.before ? figures(w, *p.before) : w.null();
        w.key("capacity_after"), amounts(w, p.capacity);
        w.key("capacity_before"), amounts(w, p.capacityBefore);
        w.key("full_before"), w.boolean(p.fullBefore);
        w.key("group"), w.string(p.group);
        w.key("limit_after"), amounts(w, p.limit);
        w.key("limit_before"), amounts(w, p.limitBefore);
        w.key("pod_name"), w.string(p.name);
        w.key("removed"), w.boolean(p.removed);
        w.key("threshold_reached");
        if (p.crossedAt) {
            w.beginObject();
            w.key("event"), w.integer(std::int64_t(*p.crossedAt));
            w.key("resource"), w.string(sched::resourceKey(p.crossedResource));
            w.endObject();
        } else {
            w.null();
        }
        w.endObject();
    }
    w.endArray();
}

void knownAmounts(JsonWriter &w, const sched::KnownAmounts &a)
{
    w.beginObject();
    w.key("disk_gb"), amount(w, a[std::size_t(sched::Resource::DiskGb)]);
    w.key("ram_mb"), amount(w, a[std::size_t(sched::Resource::RamMb)]);
    w.key("vcpus"), amount(w, a[std::size_t(sched::Resource::Vcpus)]);
    w.endObject();
}

// Per (AZ, group): room below the thresholds at the start, lowest over the
// series (with the sample's after_event) and at the end; null: not collected.
void headroom(JsonWriter &w, const whatif::Report &r)
{
    w.beginArray();
    for (const whatif::GroupHeadroom &h : r.headroom) {
        w.beginObject();
        w.key("az_name"), w.string(h.az);
        w.key("end"), knownAmounts(w, h.end);
        w.key("group"), w.string(h.group);
        w.key("lowest"), knownAmounts(w, h.lowest);
        w.key("lowest_after_event");
        w.beginObject();
        w.key("disk_gb"), w.integer(std::int64_t(h.lowestAfterEvent[std::size_t(sched::Resource::DiskGb)]));
        w.key("ram_mb"), w.integer(std::int64_t(h.lowestAfterEvent[std::size_t(sched::Resource::RamMb)]));
        w.key("vcpus"), w.integer(std::int64_t(h.lowestAfterEvent[std::size_t(sched::Resource::Vcpus)]));
        w.endObject();
        w.key("pods"), w.integer(h.pods);
        w.key("start"), knownAmounts(w, h.start);
        w.endObject();
    }
    w.endArray();
}

// Columns per pod: one value per sample (null before an added pod existed).
void series(JsonWriter &w, const whatif::Report &r)
{
    const whatif::Series &s = r.series;
    w.beginObject();
    w.key("after_event");
    w.beginArray();
    for (std::uint64_t e : s.afterEvent)
        w.integer(std::int64_t(e));
    w.endArray();
    w.key("every"), w.integer(s.every);
    w.key("pods");
    w.beginObject();
    // Pods by name, in the order a JSON object keeps its keys.
    std::vector<std::size_t> order(r.pods.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&r](std::size_t a, std::size_t b) {
        return QString::fromStdString(r.pods[a].name) < QString::fromStdString(r.pods[b].name);
    });
    const auto column = [&](std::size_t pod, const auto &value) {
        w.beginArray();
        for (const auto &sample : s.values)
            pod < sample.size() ? value(sample[pod]) : w.null();
        w.endArray();
    };
    for (std::size_t p : order) {
        w.key(r.pods[p].name);
        w.beginObject();
        for (sched::Resource res : {sched::Resource::DiskGb, sched::Resource::RamMb}) {
            w.key(sched::resourceKey(res));
            column(p, [&](const whatif::PodFigures &f) { amount(w, f.used[std::size_t(res)]); });
        }
        w.key("tenants"), column(p, [&](const whatif::PodFigures &f) { w.integer(f.tenants); });
        w.key("vcpus"), column(p, [&](const whatif::PodFigures &f) { amount(w, f.used[std::size_t(sched::Resource::Vcpus)]); });
        w.key("vms"), column(p, [&](const whatif::PodFigures &f) { w.integer(f.vms); });
        w.endObject();
    }
    w.endObject();
    w.endObject();
}

void summary(JsonWriter &w, const whatif::Summary &s)
{
    w.beginObject();
    w.key("bind"), w.integer(std::int64_t(s.bind));
    w.key("clamped_deletes"), w.integer(std::int64_t(s.clampedDeletes));
    w.key("events"), w.integer(std::int64_t(s.events));
    w.key("fail"), w.integer(std::int64_t(s.fail));
    w.key("keep"), w.integer(std::int64_t(s.keep));
    w.key("rebind"), w.integer(std::int64_t(s.rebind));
    w.key("skipped"), w.integer(std::int64_t(s.skipped));
    w.key("vms_created"), w.integer(std::int64_t(s.vmsCreated));
    w.key("vms_deleted"), w.integer(std::int64_t(s.vmsDeleted));
    w.endObject();
}

void outcome(JsonWriter &w, const whatif::TenantOutcome &o)
{
    w.beginObject();
    w.key("failures"), w.integer(o.failures);
    w.key("pods");
    w.beginArray();
    for (const std::string &p : o.pods)
        w.string(p);
    w.endArray();
    if (!o.upstreamBoundTwice.empty()) { // trio2o only: where the store cannot follow upstream
        w.key("upstream_bound_twice");
        w.beginArray();
        for (const whatif::UpstreamBoundTwice &x : o.upstreamBoundTwice) {
            w.beginObject();
            w.key("az_name"), w.string(x.az);
            w.key("event"), w.integer(std::int64_t(x.event));
            w.key("pods");
            w.beginArray();
            w.string(x.endedPod);
            w.string(x.newPod);
            w.endArray();
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

void compared(JsonWriter &w, const whatif::Report &r, const std::vector<whatif::TenantDifference> &diffs)
{
    w.beginObject();
    w.key("changes"), changes(w, r);
    w.key("differences");
    w.beginArray();
    for (const whatif::TenantDifference &d : diffs) {
        w.beginObject();
        w.key("other"), outcome(w, d.other);
        w.key("primary"), outcome(w, d.primary);
        w.key("tenant_id"), w.string(d.tenantId);
        w.endObject();
    }
    w.endArray();
    w.key("failures"), failures(w, r);
    w.key("headroom"), headroom(w, r);
    w.key("name"), w.string(r.policyName);
    w.key("pods"), pods(w, r);
    w.key("summary"), summary(w, r.summary);
    w.endObject();
}

} // namespace

QByteArray ReportJson::serialize(const whatif::RunResult &result, bool compact)
{
    const whatif::Report &r = result.reports.at(0);
    QByteArray out;
    out.reserve(qsizetype(r.changes.size() * 400 + r.failures.size() * 300 + r.pods.size() * 2000 + 4096));
    write(result, compact, [&out](std::string_view bytes) { out.append(bytes.data(), qsizetype(bytes.size())); });
    return out;
}

void ReportJson::write(const whatif::RunResult &result, bool compact, const std::function<void(std::string_view)> &sink)
{
    const whatif::Report &r = result.reports.at(0);
    JsonWriter w(sink, !compact);
    w.beginObject();
    w.key("cancelled"), w.boolean(result.cancelled);
    w.key("changes"), changes(w, r);
    if (result.reports.size() > 1) {
        w.key("compare");
        w.beginArray();
        for (std::size_t i = 1; i < result.reports.size(); ++i)
            compared(w, result.reports[i],
                     i - 1 < result.differences.size() ? result.differences[i - 1] : std::vector<whatif::TenantDifference>{});
        w.endArray();
    }
    w.key("failures"), failures(w, r);
    if (!r.growth.empty()) // only scenarios with grow events: other reports stay as they were
        w.key("growth"), growth(w, r);
    w.key("headroom"), headroom(w, r);
    w.key("pods"), pods(w, r);
    w.key("policy"), w.string(r.policyName);
    w.key("series"), series(w, r);
    w.key("summary"), summary(w, r.summary);
    w.endObject();
    w.raw("\n");
    w.flush();
}

} // namespace model
