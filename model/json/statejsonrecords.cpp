// SPDX-License-Identifier: Apache-2.0
#include "statejsonrecords.h"

#include "statejsoncodec.h"
#include "timeformat.h"

#include <QUuid>

#include <cmath>

namespace model {

namespace {

enum PodField { PodId, PodName, AzName, PodAzName, DcName, Tags, State, CreatedAt, Cost, Threshold, Capacity, Usage,
                RunningVms, History, Source, VcpuRatio, RamRatio };
constexpr std::array<std::string_view, 17> kPodKeys{
    "pod_id", "pod_name", "az_name", "pod_az_name", "dc_name", "resource_affinity_tags", "state", "created_at",
    "cost",   "threshold", "capacity", "usage", "running_vms", "usage_history", "usage_source", "vcpu_ratio",
    "ram_ratio"};

enum BindingField { Id, TenantId, BindingPodId, IsBinding, BindingCreatedAt, UpdatedAt, EndedAt };
constexpr std::array<std::string_view, 7> kBindingKeys{"id",         "tenant_id",  "pod_id",  "is_binding",
                                                       "created_at", "updated_at", "ended_at"};

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trimmed(std::string s)
{
    std::size_t end = s.size();
    while (end > 0 && isAsciiSpace(s[end - 1]))
        --end;
    std::size_t begin = 0;
    while (begin < end && isAsciiSpace(s[begin]))
        ++begin;
    if (begin > 0 || end < s.size())
        return s.substr(begin, end - begin);
    return s;
}

QString qstr(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Reads the collected members of one record; the first problem wins and names the field.
class FieldReader
{
public:
    FieldReader(std::span<JsonValue> values, std::span<const std::string_view> keys, const RecordName &name)
        : m_values(values), m_keys(keys), m_name(name)
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error{m_error}; }
    JsonValue &value(int field) { return m_values[std::size_t(field)]; }

    // Missing or null string fields read as "", as the Trio2o API answers.
    std::string string(int field, bool required = false)
    {
        JsonValue &v = value(field);
        if (v.absent()) {
            if (required)
                fail(field, StateJsonCodec::tr("is missing"));
            return {};
        }
        if (v.type != JsonType::String)
            return fail(field, StateJsonCodec::tr("must be a string")), std::string();
        std::string s = trimmed(std::move(v.text));
        if (required && s.empty())
            fail(field, StateJsonCodec::tr("must not be empty"));
        return s;
    }

    std::optional<std::int64_t> time(int field)
    {
        const std::string text = string(field);
        if (text.empty() || failed())
            return std::nullopt;
        const auto t = parseTrio2oTime(std::string_view(text));
        if (!t)
            fail(field, StateJsonCodec::tr("is not a time of the form YYYY-MM-DD HH:MM:SS.ffffff: \"%1\"").arg(qstr(text)));
        return t;
    }

    std::optional<double> number(int field, double min, double max)
    {
        const JsonValue &v = value(field);
        if (v.absent())
            return std::nullopt;
        if (v.type != JsonType::Number || !std::isfinite(v.number))
            return fail(field, StateJsonCodec::tr("must be a number")), std::nullopt;
        if (v.number < min || v.number > max)
            return fail(field, StateJsonCodec::tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(v.number)), std::nullopt;
        return v.number;
    }

    std::optional<std::int64_t> count(const JsonValue &v, const QString &name)
    {
        if (v.absent())
            return std::nullopt;
        const double d = v.number;
        if (v.type != JsonType::Number || !(d >= 0) || d > 9.0e15 || d != std::floor(d))
            return fail(name, StateJsonCodec::tr("must be a whole number of at least 0")), std::nullopt;
        return std::int64_t(d);
    }

    bool boolean(int field, bool fallback)
    {
        const JsonValue &v = value(field);
        if (v.absent())
            return fallback;
        if (v.type != JsonType::Bool)
            return fail(field, StateJsonCodec::tr("must be true or false")), fallback;
        return v.boolean;
    }

    void fail(int field, const QString &problem) { fail(qstr(m_keys[std::size_t(field)]), problem); }
    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = StateJsonCodec::tr("%1: field \"%2\" %3").arg(m_name.toString(), key, problem);
    }

private:
    std::span<JsonValue> m_values;
    std::span<const std::string_view> m_keys;
    const RecordName &m_name;
    QString m_error;
};

void readTags(FieldReader &r, sched::Pod &pod)
{
    const JsonValue &v = r.value(Tags);
    if (v.absent())
        return;
    if (v.type != JsonType::Object)
        return r.fail(Tags, StateJsonCodec::tr("must be an object of key: value pairs"));
    JsonCursor tags(v.text, v.offset);
    tags.enterObject();
    std::string_view rawKey;
    std::string value;
    while (tags.nextKey(rawKey)) {
        const std::string original(rawKey);
        const std::string key = trimmed(original);
        const bool isString = tags.peek() == JsonType::String;
        if (isString ? !tags.readString(value) : !tags.skipValue())
            return r.fail(Tags, tags.error());
        value = trimmed(std::move(value));
        if (!isString || key.empty() || key.find_first_of(":,") != std::string::npos
            || value.find(',') != std::string::npos) {
            return r.fail(Tags, StateJsonCodec::tr("has an invalid tag \"%1\" (keys are non-empty without ':' or ','; "
                                                   "values are strings without ',')").arg(qstr(original)));
        }
        pod.tags.push_back({key, value});
    }
    sched::normaliseTags(pod.tags);
}

void readResources(FieldReader &r, sched::Pod &pod)
{
    const JsonValue &cap = r.value(Capacity);
    if (!cap.absent() && cap.type != JsonType::Object)
        return r.fail(Capacity, StateJsonCodec::tr("must be an object {vcpus, ram_mb, disk_gb}"));
    const JsonValue &use = r.value(Usage);
    if (!use.absent() && use.type != JsonType::Object)
        return r.fail(Usage, StateJsonCodec::tr("must be an object {vcpus, ram_mb, disk_gb} or null"));
    static constexpr std::array<std::string_view, 3> kResourceKeys{"vcpus", "ram_mb", "disk_gb"};
    const auto readAmounts = [](const JsonValue &object, std::array<JsonValue, 3> &amounts) {
        if (object.absent())
            return;
        JsonCursor cursor(object.text, object.offset);
        cursor.readObject(kResourceKeys, amounts); // checked already as part of the whole document
    };
    std::array<JsonValue, 3> capacity;
    std::array<JsonValue, 3> usage;
    readAmounts(cap, capacity);
    readAmounts(use, usage);
    for (sched::Resource res : sched::kAllResources) {
        const auto i = std::size_t(res);
        const QString key = qstr(sched::resourceKey(res));
        pod.capacity[i] = r.count(capacity[i], QStringLiteral("capacity.") + key).value_or(0);
        pod.used[i] = r.count(usage[i], QStringLiteral("usage.") + key);
    }
}

// "usage_history": [{"at": "YYYY-MM-DD HH:MM:SS", "vcpus": N, "ram_mb": N,
// "disk_gb": N, "running_vms": N}, ...], oldest first; a missing number was
// not collected then.
// "usage_source" and the overcommit ratios of a live cloud's pod (written by
// StateJsonCodec when not manual / not 1.0).
void readUsageSource(FieldReader &r, sched::Pod &pod)
{
    const std::string source = r.string(Source);
    if (source == "placement")
        pod.usageSource = sched::UsageSource::Placement;
    else if (source == "hypervisor_statistics")
        pod.usageSource = sched::UsageSource::HypervisorStatistics;
    else if (!source.empty() && source != "manual")
        r.fail(Source, StateJsonCodec::tr("must be placement, hypervisor_statistics or manual, not \"%1\"").arg(qstr(source)));
    pod.vcpuRatio = r.number(VcpuRatio, 1e-9, 1000).value_or(1.0);
    pod.ramRatio = r.number(RamRatio, 1e-9, 1000).value_or(1.0);
}

void readHistory(FieldReader &r, sched::UsageHistory &history)
{
    history.clear();
    const JsonValue &v = r.value(History);
    if (v.absent())
        return;
    if (v.type != JsonType::Array)
        return r.fail(History, StateJsonCodec::tr("must be an array of {at, vcpus, ram_mb, disk_gb, running_vms}"));
    static constexpr std::array<std::string_view, 5> kKeys{"at", "vcpus", "ram_mb", "disk_gb", "running_vms"};
    std::array<JsonValue, 5> f;
    JsonCursor cursor(v.text, v.offset);
    cursor.enterArray();
    // 400,000 samples in a big import: names are only built for an error.
    const auto where = [](std::size_t i, std::string_view field) {
        return field.empty() ? QStringLiteral("usage_history[%1]").arg(i)
                             : QStringLiteral("usage_history[%1].%2").arg(i).arg(qstr(field));
    };
    const auto count = [](const JsonValue &v, std::optional<std::int64_t> &out) {
        if (v.absent())
            return out.reset(), true;
        const double d = v.number;
        if (v.type != JsonType::Number || !(d >= 0) || d > 9.0e15 || d != std::floor(d))
            return false;
        return out = std::int64_t(d), true;
    };
    for (std::size_t i = 0; cursor.nextElement(); ++i) {
        if (cursor.peek() != JsonType::Object || !cursor.readObject(kKeys, f))
            return r.fail(where(i, {}), StateJsonCodec::tr("must be an object {at, vcpus, ram_mb, disk_gb, running_vms}"));
        sched::UsageSample sample;
        const auto at = f[0].type == JsonType::String ? parseTrio2oTime(std::string_view(f[0].text)) : std::nullopt;
        if (!at)
            return r.fail(where(i, "at"), StateJsonCodec::tr("must be a time of the form YYYY-MM-DD HH:MM:SS"));
        sample.atUs = *at;
        for (std::size_t k = 0; k < 4; ++k) {
            auto &slot = k < sched::kResourceCount ? sample.used[k] : sample.runningVms;
            if (!count(f[k + 1], slot))
                return r.fail(where(i, kKeys[k + 1]), StateJsonCodec::tr("must be a whole number of at least 0"));
        }
        if (!history.empty() && sample.atUs <= history.back().atUs)
            return r.fail(where(i, "at"), StateJsonCodec::tr("must be later than the sample before it (oldest first)"));
        history.push_back(sample);
    }
}

// Every record must be an object; anything else is named, a syntax error reported as such.
bool enterRecord(JsonCursor &cursor, const RecordName &name, QString &error)
{
    if (cursor.peek() == JsonType::Object)
        return true;
    error = cursor.failed() ? cursor.error() : StateJsonCodec::tr("%1: must be an object").arg(name.toString());
    return false;
}

} // namespace

QString RecordName::toString() const
{
    return array ? QStringLiteral("%1[%2]").arg(QLatin1String(array)).arg(index) : text;
}

Result<sched::Pod> PodRecordReader::read(JsonCursor &cursor, const RecordName &name)
{
    QString error;
    if (!enterRecord(cursor, name, error) || !cursor.readObject(kPodKeys, m_values))
        return Error{error.isEmpty() ? cursor.error() : error};
    FieldReader r(m_values, kPodKeys, name);
    sched::Pod pod;
    pod.id = r.string(PodId, true);
    pod.name = r.string(PodName, true);
    pod.azName = r.string(AzName);
    pod.podAzName = r.string(PodAzName);
    pod.dcName = r.string(DcName);
    readTags(r, pod);
    const std::string state = r.string(State);
    if (!state.empty()) {
        if (const auto s = sched::podStateFromKey(state))
            pod.state = *s;
        else
            r.fail(State, StateJsonCodec::tr("must be enabled, maintenance or disabled, not \"%1\"").arg(qstr(state)));
    }
    pod.createdAtUs = r.time(CreatedAt).value_or(0);
    pod.cost = r.number(Cost, 0, 1e12).value_or(pod.cost);
    // No threshold of its own: 0, so the scheduler applies its policy's
    // default_threshold (a database stores one for every pod: StoreRows).
    pod.threshold = r.number(Threshold, 0.01, 1).value_or(0.0);
    readResources(r, pod);
    pod.runningVms = r.count(r.value(RunningVms), QStringLiteral("running_vms"));
    readHistory(r, m_history);
    readUsageSource(r, pod);
    if (r.failed())
        return r.error();
    return pod;
}

Result<sched::Binding> BindingRecordReader::read(JsonCursor &cursor, const RecordName &name)
{
    QString error;
    if (!enterRecord(cursor, name, error) || !cursor.readObject(kBindingKeys, m_values))
        return Error{error.isEmpty() ? cursor.error() : error};
    FieldReader r(m_values, kBindingKeys, name);
    sched::Binding b;
    b.id = r.string(Id);
    b.tenantId = r.string(TenantId, true);
    b.podId = r.string(BindingPodId, true);
    b.active = r.boolean(IsBinding, true);
    b.createdAtUs = r.time(BindingCreatedAt).value_or(0);
    b.updatedAtUs = r.time(UpdatedAt);
    b.endedAtUs = r.time(EndedAt);
    if (r.failed())
        return r.error();
    if (b.id.empty())
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    return b;
}

} // namespace model
