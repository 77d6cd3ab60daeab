// SPDX-License-Identifier: Apache-2.0
#include "eventjson.h"

#include "statejsoncodec.h"
#include "tenantpattern.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace model {

namespace {

using whatif::NameId;

// Every member any event type has; an event's values are kept by index.
enum Key : std::uint8_t { KeyType, KeyTenant, KeyTenants, KeyAz, KeyGroup, KeySize, KeyCount, KeyPod, KeyResource,
                          KeyUsed, KeyTotal, KeyThreshold, KeyState, KeyPattern, KeyDays, KeyVm, kKeyCount };
constexpr std::array<std::string_view, kKeyCount> kKeys{"type", "tenant", "tenants", "az", "group", "size", "count",
                                                        "pod", "resource", "used", "total", "threshold", "state",
                                                        "pattern", "days", "vm"};
using KeySet = std::uint32_t; // bit per Key

constexpr KeySet bits(std::initializer_list<Key> keys)
{
    KeySet out = 0;
    for (const Key k : keys)
        out |= KeySet(1) << k;
    return out;
}

struct TypeInfo {
    const char *type;
    KeySet keys; // allowed besides "type"
};

const std::vector<TypeInfo> &typeInfos()
{
    static const std::vector<TypeInfo> infos{
        {"create_vm", bits({KeyTenant, KeyTenants, KeyAz, KeyGroup, KeySize, KeyCount})},
        {"delete_vm", bits({KeyTenant, KeyTenants, KeyAz, KeyGroup, KeySize, KeyCount})},
        {"set_usage", bits({KeyPod, KeyResource, KeyUsed})},
        {"set_capacity", bits({KeyPod, KeyResource, KeyTotal, KeyThreshold})},
        {"pod_state", bits({KeyPod, KeyState})},
        {"add_pod", bits({KeyPod})},
        {"remove_pod", bits({KeyPod})},
        {"drain_pod", bits({KeyPod})},
        {"new_tenants", bits({KeyPattern, KeyCount})},
        {"grow", bits({KeyDays, KeyAz, KeyGroup, KeyVm})},
    };
    return infos;
}

const char *keyName(Key k) { return kKeys[k].data(); } // each is a NUL-terminated literal

// The members of one event object as read from the cursor.
struct EventFields {
    std::array<JsonValue, kKeyCount> values;
    std::string unknown; // the first member that is no event's
    std::size_t offset = 0;
};

bool readFields(JsonCursor &cursor, EventFields &f)
{
    for (JsonValue &v : f.values)
        v.type = JsonType::Missing;
    f.unknown.clear();
    f.offset = cursor.offset();
    if (!cursor.enterObject())
        return false;
    std::string_view key;
    while (cursor.nextKey(key)) {
        const auto it = std::find(kKeys.begin(), kKeys.end(), key);
        if (it == kKeys.end()) {
            if (f.unknown.empty())
                f.unknown.assign(key);
            if (!cursor.skipValue())
                return false;
            continue;
        }
        if (!cursor.readValue(f.values[std::size_t(it - kKeys.begin())]))
            return false;
    }
    return !cursor.failed();
}

// Surrounding white space trimmed, as QString::trimmed() does; most names have
// none, and keep the fast path.
QString trimmedText(const std::string &text)
{
    return QString::fromStdString(text).trimmed();
}
// Whether trimmedText() may change it (a byte that may be, or start, white space at either end).
bool needsTrim(std::string_view text)
{
    const auto space = [](unsigned char c) { return c <= ' ' || c >= 0x80; };
    return !text.empty() && (space((unsigned char)text.front()) || space((unsigned char)text.back()));
}

// Reads one event's fields; the first problem wins and names the field.
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)

public:
    EventReader(const EventFields &fields, qsizetype index, std::string_view type, whatif::Scenario &scenario,
                ExpansionBudget &budget)
        : m_fields(fields), m_index(index), m_type(type), m_scenario(scenario), m_budget(budget)
    {
    }

    // Counts `n` more VM requests or tenant names; false (and the error) when
    // that crosses the limit.
    bool spendRequests(std::uint64_t n)
    {
        m_budget.requests += n;
        if (m_budget.requests <= m_budget.limits.requests)
            return true;
        failMessage(tr("%1: the scenario asks for more than %2 VM requests (%3 with this event); split it, or raise "
                       "the limit with trio2o-sched whatif --max-requests")
                        .arg(where()).arg(m_budget.limits.requests).arg(m_budget.requests));
        return false;
    }
    bool spendTenants(std::uint64_t n)
    {
        m_budget.tenants += n;
        if (m_budget.tenants <= m_budget.limits.tenants)
            return true;
        failMessage(tr("%1: the scenario's name patterns expand to more than %2 tenant names (%3 with this event); "
                       "split it, or raise the limit with trio2o-sched whatif --max-tenants")
                        .arg(where()).arg(m_budget.limits.tenants).arg(m_budget.tenants));
        return false;
    }

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error{m_error}; }
    whatif::Scenario &scenario() { return m_scenario; }
    std::unordered_map<std::string, std::uint32_t> &lists() { return m_budget.lists; }
    ExpansionBudget::GroupIds &groupIds() { return m_budget.groupIds; }
    const JsonValue &value(Key key) const { return m_fields.values[key]; }
    QString where() const { return QStringLiteral("events[%1] (%2)").arg(m_index).arg(typeName()); }
    QString typeName() const { return QString::fromLatin1(m_type.data(), qsizetype(m_type.size())); }

    void fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: field \"%2\" %3").arg(where(), field, problem);
    }
    void failMessage(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    bool has(Key key) const { return value(key).type != JsonType::Missing; }

    // The trimmed UTF-8 text of a string member.
    std::optional<std::string> text(Key key, bool required, bool allowEmpty = true)
    {
        const auto view = textView(key, required, allowEmpty);
        return view ? std::optional<std::string>(*view) : std::nullopt;
    }
    // The same as a view: of the member's text itself when it needs no trimming
    // (no copy per event), else of a trimmed copy valid until the next call.
    std::optional<std::string_view> textView(Key key, bool required, bool allowEmpty = true)
    {
        const JsonValue &v = value(key);
        if (v.type == JsonType::Missing) {
            if (required)
                fail(QLatin1String(keyName(key)), tr("is missing"));
            return std::nullopt;
        }
        if (v.type != JsonType::String)
            return fail(QLatin1String(keyName(key)), tr("must be a string")), std::nullopt;
        std::string_view s = v.text;
        if (needsTrim(s)) {
            m_trimmed = trimmedText(v.text).toStdString();
            s = m_trimmed;
        }
        if (!allowEmpty && s.empty())
            return fail(QLatin1String(keyName(key)), tr("must not be empty")), std::nullopt;
        return s;
    }

    std::optional<std::int64_t> whole(const JsonValue &v, const QString &field, std::int64_t min, std::int64_t max)
    {
        const double d = v.type == JsonType::Number ? v.number : -1.0;
        if (v.type != JsonType::Number || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(field, min == 0 ? tr("must be a whole number ≥ 0") : tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return std::int64_t(d);
    }
    std::optional<std::int64_t> whole(Key key, std::int64_t min, std::int64_t max, bool required)
    {
        const JsonValue &v = value(key);
        if (v.type == JsonType::Missing) {
            if (required)
                fail(QLatin1String(keyName(key)), tr("is missing"));
            return std::nullopt;
        }
        return whole(v, QLatin1String(keyName(key)), min, max);
    }

    NameId pod()
    {
        const auto s = text(KeyPod, true, false);
        return s ? m_scenario.intern(*s) : whatif::kNoId;
    }

    sched::Resource resource()
    {
        const auto s = text(KeyResource, true);
        const auto r = s ? sched::resourceFromKey(*s) : std::nullopt;
        if (s && !r)
            fail(QStringLiteral("resource"), EventJson::tr("must be vcpus, ram_mb or disk_gb, not \"%1\"").arg(QString::fromStdString(*s)));
        return r.value_or(sched::Resource::Vcpus);
    }

    void checkKeys(KeySet allowed)
    {
        if (!m_fields.unknown.empty())
            fail(QString::fromStdString(m_fields.unknown), tr("is not a field of %1").arg(typeName()));
        for (std::uint8_t k = KeyTenant; k < kKeyCount; ++k)
            if (has(Key(k)) && !(allowed & (KeySet(1) << k)))
                fail(QLatin1String(keyName(Key(k))), tr("is not a field of %1").arg(typeName()));
    }

private:
    const EventFields &m_fields;
    qsizetype m_index;
    std::string_view m_type; // a TypeInfo's literal
    whatif::Scenario &m_scenario;
    ExpansionBudget &m_budget;
    QString m_error;
    std::string m_trimmed;
};

sched::Amounts readSize(EventReader &r, Key sizeKey = KeySize)
{
    sched::Amounts size{};
    const JsonValue &v = r.value(sizeKey);
    const QLatin1String name(keyName(sizeKey));
    if (v.type == JsonType::Missing)
        return r.fail(name, EventJson::tr("is missing")), size;
    if (v.type != JsonType::Object)
        return r.fail(name, EventJson::tr("must be an object {vcpus, ram_mb, disk_gb}")), size;
    JsonCursor cursor(v.text, v.offset); // already checked as JSON when it was read
    cursor.enterObject();
    std::string_view key;
    JsonValue amount;
    constexpr std::int64_t kMax = 1'000'000'000'000;
    while (cursor.nextKey(key)) {
        // The field's name is made only for an error (three members per event).
        const auto field = [&] { return QStringLiteral("%1.%2").arg(name, QString::fromUtf8(key.data(), qsizetype(key.size()))); };
        const auto res = sched::resourceFromKey(key);
        if (!res)
            return r.fail(field(), EventJson::tr("is not a resource (vcpus, ram_mb, disk_gb)")), size;
        cursor.readValue(amount);
        const double d = amount.number;
        if (amount.type == JsonType::Number && d == std::floor(d) && d >= 0 && d <= double(kMax))
            size[std::size_t(*res)] = std::int64_t(d);
        else
            size[std::size_t(*res)] = r.whole(amount, field(), 0, kMax).value_or(0);
    }
    return size;
}

// A pattern's names, interned; `count` resolves "{n}".
std::uint32_t readPattern(EventReader &r, Key key, std::uint64_t count)
{
    const auto text = r.text(key, true, false);
    if (!text)
        return whatif::kNoId;
    const whatif::PatternParse p = whatif::parseTenantPattern(*text, count);
    if (p.error != whatif::PatternError::None) {
        r.fail(QLatin1String(keyName(key)), EventJson::tr("must be a name pattern like \"burst-{1..400}\" or \"new-{n}\" "
                                                          "(at most %1 names), not \"%2\"")
                                                .arg(whatif::kMaxPatternNames).arg(QString::fromStdString(*text)));
        return whatif::kNoId;
    }
    const std::string memo = *text + '\x1f' + std::to_string(p.pattern.perCount ? count : 0);
    if (const auto it = r.lists().find(memo); it != r.lists().end())
        return it->second; // the same names again: one list, counted once
    if (!r.spendTenants(p.pattern.size()))
        return whatif::kNoId;
    std::vector<NameId> names;
    names.reserve(p.pattern.size());
    for (std::uint64_t i = 0; i < p.pattern.size(); ++i)
        names.push_back(r.scenario().intern(p.pattern.name(i)));
    const std::uint32_t list = r.scenario().addTenantList(std::move(names));
    r.lists().emplace(memo, list);
    return list;
}

// The canonical group of a group text, interned; the texts seen are
// remembered (a scenario uses a few groups a million times).
NameId readGroup(EventReader &r, std::string_view group)
{
    if (const auto it = r.groupIds().find(group); it != r.groupIds().end())
        return it->second;
    const auto tags = sched::parseGroup(group);
    if (!tags) {
        r.fail(QStringLiteral("group"), EventJson::tr("must be \"key:value[,key:value...]\" or empty, not \"%1\"")
                                            .arg(QString::fromUtf8(group.data(), qsizetype(group.size()))));
        return r.scenario().intern(std::string());
    }
    const NameId id = r.scenario().intern(sched::groupKey(*tags));
    r.groupIds().emplace(std::string(group), id);
    return id;
}

template <typename VmEvent>
VmEvent readVm(EventReader &r)
{
    VmEvent e;
    e.count = std::uint32_t(r.whole(KeyCount, 1, 1'000'000'000, false).value_or(1));
    if (!r.spendRequests(e.count))
        return e;
    if (r.has(KeyTenant) == r.has(KeyTenants))
        r.fail(QStringLiteral("tenant"), EventJson::tr("or \"tenants\" (a pattern) must be given, not both"));
    else if (const auto tenant = r.has(KeyTenant) ? r.textView(KeyTenant, true, false) : std::nullopt)
        e.who.tenant = r.scenario().intern(*tenant);
    else if (r.has(KeyTenants))
        e.who.list = readPattern(r, KeyTenants, e.count);
    e.az = r.scenario().intern(r.textView(KeyAz, false).value_or(std::string_view()));
    e.group = readGroup(r, r.textView(KeyGroup, false).value_or(std::string_view()));
    e.size = readSize(r);
    return e;
}

whatif::Event readPodEvent(EventReader &r, std::string_view type)
{
    if (type == "set_usage") {
        whatif::SetUsage e{r.pod(), r.resource(), std::nullopt};
        const JsonValue &used = r.value(KeyUsed);
        if (used.type == JsonType::Missing)
            r.fail(QStringLiteral("used"), EventJson::tr("is missing (a whole number, or null for unknown)"));
        else if (used.type != JsonType::Null)
            e.used = r.whole(used, QStringLiteral("used"), 0, 1'000'000'000'000'000);
        return e;
    }
    if (type == "set_capacity") {
        whatif::SetCapacity e{r.pod(), r.resource(), r.whole(KeyTotal, 0, 1'000'000'000'000'000, true).value_or(0), std::nullopt};
        const JsonValue &t = r.value(KeyThreshold);
        if (t.type != JsonType::Missing && (t.type != JsonType::Number || t.number <= 0.0 || t.number > 1.0))
            r.fail(QStringLiteral("threshold"), EventJson::tr("must be a number above 0 and at most 1"));
        else if (t.type != JsonType::Missing)
            e.threshold = t.number;
        return e;
    }
    if (type == "pod_state") {
        whatif::SetPodState e{r.pod(), sched::PodState::Enabled};
        const auto s = r.text(KeyState, true);
        const auto state = s ? sched::podStateFromKey(*s) : std::nullopt;
        if (s && !state)
            r.fail(QStringLiteral("state"), EventJson::tr("must be enabled, maintenance or disabled, not \"%1\"")
                                                .arg(QString::fromStdString(*s)));
        e.state = state.value_or(sched::PodState::Enabled);
        return e;
    }
    if (type == "remove_pod")
        return whatif::RemovePod{r.pod()};
    return whatif::DrainPod{r.pod()};
}

whatif::Event readAddPod(EventReader &r, std::int64_t createdAtUs)
{
    const JsonValue &v = r.value(KeyPod);
    if (v.type != JsonType::Object) {
        r.fail(QStringLiteral("pod"), EventJson::tr("must be a pod object {pod_name, az_name, ...}"));
        return whatif::AddPod{};
    }
    // Already checked as JSON when it was read; add_pod events are few.
    QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(v.text)).object();
    if (!o.contains(QLatin1String("pod_id")))
        o.insert(QStringLiteral("pod_id"), QStringLiteral("whatif-") + o.value(QLatin1String("pod_name")).toString());
    auto pod = StateJsonCodec::podFromJson(o, r.where() + QStringLiteral(" pod"));
    if (!pod) {
        r.failMessage(pod.error());
        return whatif::AddPod{};
    }
    if (!o.contains(QLatin1String("created_at")))
        pod->createdAtUs = createdAtUs;
    if (!o.contains(QLatin1String("usage")))
        pod->used = {0, 0, 0}; // a new pod is empty
    if (!o.contains(QLatin1String("running_vms")))
        pod->runningVms = 0;
    return whatif::AddPod{r.scenario().addNewPod(std::move(pod.value()))};
}

whatif::Event readNewTenants(EventReader &r)
{
    const auto count = r.whole(KeyCount, 1, std::int64_t(whatif::kMaxPatternNames), false);
    const auto list = readPattern(r, KeyPattern, std::uint64_t(count.value_or(0)));
    if (list != whatif::kNoId && count && r.scenario().tenantList(list).size() != std::size_t(*count))
        r.fail(QStringLiteral("count"), EventJson::tr("(%1) differs from the number of names the pattern gives (%2)")
                                            .arg(*count).arg(r.scenario().tenantList(list).size()));
    return whatif::NewTenants{list};
}

// The group of a grow event: canonical text, or kNoId when absent (every group).
NameId readGroupFilter(EventReader &r)
{
    if (!r.has(KeyGroup))
        return whatif::kNoId;
    const std::string group = r.text(KeyGroup, true).value_or(std::string());
    const auto tags = sched::parseGroup(group);
    if (!tags)
        r.fail(QStringLiteral("group"), EventJson::tr("must be \"key:value[,key:value...]\" or empty, not \"%1\"")
                                            .arg(QString::fromStdString(group)));
    return r.scenario().intern(tags ? sched::groupKey(*tags) : std::string());
}

whatif::Event readGrow(EventReader &r)
{
    whatif::Grow e;
    e.days = std::uint32_t(r.whole(KeyDays, 1, EventJson::kMaxGrowDays, true).value_or(0));
    if (r.has(KeyAz))
        e.az = r.scenario().intern(r.text(KeyAz, true).value_or(std::string()));
    e.group = readGroupFilter(r);
    if (r.has(KeyVm)) {
        e.vm = readSize(r, KeyVm);
        if (!r.failed() && std::all_of(e.vm->begin(), e.vm->end(), [](std::int64_t v) { return v == 0; }))
            r.fail(QStringLiteral("vm"), EventJson::tr("must give at least one of vcpus, ram_mb, disk_gb above 0"));
    }
    return e;
}

} // namespace

QStringList EventJson::types()
{
    QStringList out;
    for (const TypeInfo &t : typeInfos())
        out << QLatin1String(t.type);
    return out;
}

Result<whatif::Event> EventJson::read(JsonCursor &cursor, qsizetype index, whatif::Scenario &scenario,
                                      std::int64_t createdAtUs, ExpansionBudget &budget)
{
    if (cursor.peek() != JsonType::Object) {
        if (cursor.failed())
            return Error{cursor.error()};
        return Error{tr("events[%1]: must be an object with a \"type\" (at byte %2)").arg(index).arg(cursor.offset())};
    }
    thread_local EventFields fields;
    if (!readFields(cursor, fields))
        return Error{cursor.error()};
    const JsonValue &typeValue = fields.values[KeyType];
    const auto info = std::find_if(typeInfos().begin(), typeInfos().end(), [&](const TypeInfo &t) {
        return typeValue.type == JsonType::String && typeValue.text == t.type;
    });
    if (info == typeInfos().end())
        return Error{tr("events[%1]: field \"type\" must be one of %2, not %3 (the event at byte %4)")
                         .arg(index)
                         .arg(types().join(QStringLiteral(", ")),
                              typeValue.type == JsonType::String
                                  ? QStringLiteral("\"%1\"").arg(QString::fromStdString(typeValue.text))
                                  : tr("a missing or non-string value"))
                         .arg(fields.offset)};
    const std::string_view type = info->type;
    EventReader r(fields, index, type, scenario, budget);
    r.checkKeys(info->keys);
    whatif::Event event;
    if (type == "create_vm")
        event = readVm<whatif::CreateVm>(r);
    else if (type == "delete_vm")
        event = readVm<whatif::DeleteVm>(r);
    else if (type == "add_pod")
        event = readAddPod(r, createdAtUs);
    else if (type == "new_tenants")
        event = readNewTenants(r);
    else if (type == "grow")
        event = readGrow(r);
    else
        event = readPodEvent(r, type);
    if (r.failed())
        return Error{tr("%1 (the event at byte %2)").arg(r.error().message).arg(fields.offset)};
    return event;
}

} // namespace model
