// SPDX-License-Identifier: Apache-2.0
#include "statejsoncodec.h"

#include "files/boundedfilereader.h"
#include "jsoncursor.h"
#include "jsonwriter.h"
#include "statejsonrecords.h"
#include "timeformat.h"

#include <QJsonDocument>

namespace model {

namespace {

std::string_view view(const QByteArray &bytes) { return {bytes.constData(), std::size_t(bytes.size())}; }

// A value that should be an array but is not: a syntax error is reported as such.
Error notAnArray(JsonCursor &cursor, const char *field)
{
    return Error{cursor.failed() ? cursor.error()
                                 : StateJsonCodec::tr("field \"%1\" must be an array").arg(QLatin1String(field))};
}

Status readPods(JsonCursor &cursor, sched::CloudState &state, std::int64_t now)
{
    if (cursor.peek() != JsonType::Array)
        return notAnArray(cursor, "pods");
    std::vector<sched::Pod> &pods = state.pods;
    pods.clear();
    state.usageHistory.clear();
    std::vector<std::size_t> withoutTime;
    PodRecordReader reader;
    cursor.enterArray();
    for (RecordName name{"pods", 0, {}}; cursor.nextElement(); ++name.index) {
        auto pod = reader.read(cursor, name);
        if (!pod)
            return Error{pod.error()};
        if (pod->createdAtUs == 0)
            withoutTime.push_back(pods.size());
        if (auto history = reader.takeHistory(); !history.empty())
            state.usageHistory[pod->id] = std::move(history);
        pods.push_back(std::move(pod).value());
    }
    if (cursor.failed())
        return Error{cursor.error()};
    // GET /pods lists pods in creation order but carries no time: keep that order.
    for (std::size_t i : withoutTime)
        pods[i].createdAtUs = now - std::int64_t(pods.size() - i);
    return {};
}

Status readBindings(JsonCursor &cursor, std::vector<sched::Binding> &bindings, std::int64_t now)
{
    if (cursor.peek() != JsonType::Array)
        return notAnArray(cursor, "pod_bindings");
    bindings.clear();
    BindingRecordReader reader;
    cursor.enterArray();
    for (RecordName name{"pod_bindings", 0, {}}; cursor.nextElement(); ++name.index) {
        auto binding = reader.read(cursor, name);
        if (!binding)
            return Error{binding.error()};
        if (binding->createdAtUs == 0)
            binding->createdAtUs = now;
        StateJsonCodec::fillEndTime(binding.value());
        bindings.push_back(std::move(binding).value());
    }
    return cursor.failed() ? Status(Error{cursor.error()}) : Status();
}

} // namespace

Result<sched::CloudState> StateJsonCodec::parse(const QByteArray &json)
{
    // One rule for every reader: a leading byte order mark is skipped (boundedfilereader.h).
    const auto start = std::size_t(jsonTextStart(json));
    JsonCursor cursor(view(json).substr(start), start);
    const JsonType top = cursor.peek();
    if (cursor.failed())
        return Error{cursor.error()};
    if (top != JsonType::Object)
        return Error{tr("the top level must be a JSON object with \"pods\" and \"pod_bindings\"")};

    sched::CloudState state;
    const std::int64_t now = nowMicroseconds();
    bool sawPods = false;
    bool sawBindings = false;
    cursor.enterObject();
    std::string_view key;
    while (cursor.nextKey(key)) {
        Status read;
        if (key == "pods") {
            sawPods = true;
            read = readPods(cursor, state, now);
        } else if (key == "pod_bindings") {
            sawBindings = true;
            read = readBindings(cursor, state.bindings, now);
        } else {
            cursor.skipValue();
        }
        if (!read)
            return Error{read.error()};
    }
    if (!cursor.finish())
        return Error{cursor.error()};
    if (!sawPods && !sawBindings)
        return Error{tr("neither \"pods\" nor \"pod_bindings\" found: not a Trio2o state file")};
    return state;
}

void StateJsonCodec::fillEndTime(sched::Binding &b)
{
    if (!b.active && !b.endedAtUs)
        b.endedAtUs = b.updatedAtUs ? b.updatedAtUs : std::optional(b.createdAtUs);
}

Result<sched::CloudState> StateJsonCodec::fromJson(const QJsonObject &root)
{
    return parse(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<sched::Pod> StateJsonCodec::podFromJson(const QJsonObject &object, const QString &where)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    JsonCursor cursor(view(bytes));
    return PodRecordReader().read(cursor, RecordName{nullptr, 0, where});
}

Result<sched::Binding> StateJsonCodec::bindingFromJson(const QJsonObject &object, const QString &where)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    JsonCursor cursor(view(bytes));
    return BindingRecordReader().read(cursor, RecordName{nullptr, 0, where});
}

namespace {

void writeTime(JsonWriter &w, std::int64_t us)
{
    TimeText text;
    w.string(formatTrio2oTime(us, text));
}

void writeHistory(JsonWriter &w, const sched::UsageHistory &history)
{
    w.key("usage_history");
    w.beginArray();
    for (const sched::UsageSample &s : history) {
        w.beginObject();
        w.key("at"), writeTime(w, s.atUs);
        for (sched::Resource res : sched::kAllResources) {
            if (const auto &used = s.used[std::size_t(res)])
                w.key(sched::resourceKey(res)), w.integer(*used);
        }
        if (s.runningVms)
            w.key("running_vms"), w.integer(*s.runningVms);
        w.endObject();
    }
    w.endArray();
}

void writePod(JsonWriter &w, const sched::Pod &pod, const sched::UsageHistory *history)
{
    w.beginObject();
    w.key("pod_id"), w.string(pod.id);
    w.key("pod_name"), w.string(pod.name);
    w.key("az_name"), w.string(pod.azName);
    w.key("pod_az_name"), w.string(pod.podAzName);
    w.key("dc_name"), w.string(pod.dcName);
    w.key("resource_affinity_tags");
    w.beginObject();
    for (const sched::Tag &t : pod.tags)
        w.key(t.key), w.string(t.value);
    w.endObject();
    w.key("state"), w.string(sched::podStateKey(pod.state));
    w.key("created_at"), writeTime(w, pod.createdAtUs);
    w.key("cost"), w.number(pod.cost);
    if (pod.threshold > 0) // none of its own: the policy's default_threshold applies
        w.key("threshold"), w.number(pod.threshold);
    w.key("capacity");
    w.beginObject();
    for (sched::Resource res : sched::kAllResources)
        w.key(sched::resourceKey(res)), w.integer(pod.capacity[std::size_t(res)]);
    w.endObject();
    w.key("usage");
    const bool anyUsage = std::any_of(pod.used.begin(), pod.used.end(), [](const auto &u) { return u.has_value(); });
    if (anyUsage) {
        w.beginObject();
        for (sched::Resource res : sched::kAllResources) {
            const auto &used = pod.used[std::size_t(res)];
            w.key(sched::resourceKey(res));
            used ? w.integer(*used) : w.null();
        }
        w.endObject();
    } else {
        w.null();
    }
    w.key("running_vms");
    pod.runningVms ? w.integer(*pod.runningVms) : w.null();
    // Where a live cloud's numbers came from (the offline snapshot keeps it);
    // absent for numbers entered by hand, so a database's export is unchanged.
    if (pod.usageSource != sched::UsageSource::Manual)
        w.key("usage_source"), w.string(pod.usageSource == sched::UsageSource::Placement ? "placement" : "hypervisor_statistics");
    if (pod.vcpuRatio != 1.0)
        w.key("vcpu_ratio"), w.number(pod.vcpuRatio);
    if (pod.ramRatio != 1.0)
        w.key("ram_ratio"), w.number(pod.ramRatio);
    if (history)
        writeHistory(w, *history);
    w.endObject();
}

void writeBinding(JsonWriter &w, const sched::Binding &b)
{
    w.beginObject();
    w.key("id"), w.string(b.id);
    w.key("tenant_id"), w.string(b.tenantId);
    w.key("pod_id"), w.string(b.podId);
    w.key("is_binding"), w.boolean(b.active);
    w.key("created_at"), writeTime(w, b.createdAtUs);
    w.key("updated_at");
    b.updatedAtUs ? writeTime(w, *b.updatedAtUs) : w.null();
    w.key("ended_at");
    b.endedAtUs ? writeTime(w, *b.endedAtUs) : w.null();
    w.endObject();
}

} // namespace

QByteArray StateJsonCodec::serialize(const sched::CloudState &state, bool indented)
{
    QByteArray out;
    // About what a record takes compact; indented ones grow the buffer as needed.
    std::size_t samples = 0;
    for (const auto &[id, history] : state.usageHistory)
        samples += history.size();
    out.reserve(qsizetype(state.pods.size() * 600 + state.bindings.size() * 230 + samples * 100 + 64));
    JsonWriter w(out, indented);
    w.beginObject();
    w.key("pods");
    w.beginArray();
    for (const sched::Pod &p : state.pods) {
        const auto history = state.usageHistory.find(p.id);
        writePod(w, p, history == state.usageHistory.end() ? nullptr : &history->second);
    }
    w.endArray();
    w.key("pod_bindings");
    w.beginArray();
    for (const sched::Binding &b : state.bindings)
        writeBinding(w, b);
    w.endArray();
    w.endObject();
    if (indented)
        out += '\n';
    return out;
}

QJsonObject StateJsonCodec::toJson(const sched::CloudState &state)
{
    return QJsonDocument::fromJson(serialize(state)).object();
}

} // namespace model
