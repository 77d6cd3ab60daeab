#include "eventjson.h"

#include "statejsoncodec.h"
#include "tenantpattern.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace model {

namespace {

using whatif::NameId;

struct TypeInfo {
    const char *type;
    QStringList keys; // allowed besides "type"
};

const std::vector<TypeInfo> &typeInfos()
{
    static const std::vector<TypeInfo> infos{
        {"create_vm", {QStringLiteral("tenant"), QStringLiteral("tenants"), QStringLiteral("az"), QStringLiteral("group"),
                       QStringLiteral("size"), QStringLiteral("count")}},
        {"delete_vm", {QStringLiteral("tenant"), QStringLiteral("tenants"), QStringLiteral("az"), QStringLiteral("group"),
                       QStringLiteral("size"), QStringLiteral("count")}},
        {"set_usage", {QStringLiteral("pod"), QStringLiteral("resource"), QStringLiteral("used")}},
        {"set_capacity", {QStringLiteral("pod"), QStringLiteral("resource"), QStringLiteral("total"), QStringLiteral("threshold")}},
        {"pod_state", {QStringLiteral("pod"), QStringLiteral("state")}},
        {"add_pod", {QStringLiteral("pod")}},
        {"remove_pod", {QStringLiteral("pod")}},
        {"drain_pod", {QStringLiteral("pod")}},
        {"new_tenants", {QStringLiteral("pattern"), QStringLiteral("count")}},
    };
    return infos;
}

// Reads one event's fields; the first problem wins and names the field.
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)

public:
    EventReader(const QJsonObject &object, qsizetype index, QString type, whatif::Scenario &scenario,
                ExpansionBudget &budget)
        : m_object(object), m_index(index), m_type(std::move(type)), m_scenario(scenario), m_budget(budget)
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
    const QJsonObject &object() const { return m_object; }
    QString where() const { return QStringLiteral("events[%1] (%2)").arg(m_index).arg(m_type); }

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

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    std::optional<QString> string(const char *key, bool required, bool allowEmpty = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(QLatin1String(key), tr("is missing"));
            return std::nullopt;
        }
        if (!v.isString())
            return fail(QLatin1String(key), tr("must be a string")), std::nullopt;
        const QString s = v.toString().trimmed();
        if (!allowEmpty && s.isEmpty())
            return fail(QLatin1String(key), tr("must not be empty")), std::nullopt;
        return s;
    }

    std::optional<std::int64_t> whole(const QJsonValue &v, const QString &field, std::int64_t min, std::int64_t max)
    {
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(field, min == 0 ? tr("must be a whole number ≥ 0") : tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return std::int64_t(d);
    }
    std::optional<std::int64_t> whole(const char *key, std::int64_t min, std::int64_t max, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(QLatin1String(key), tr("is missing"));
            return std::nullopt;
        }
        return whole(v, QLatin1String(key), min, max);
    }

    NameId pod()
    {
        const auto s = string("pod", true, false);
        return s ? m_scenario.intern(s->toStdString()) : whatif::kNoId;
    }

    sched::Resource resource()
    {
        const auto s = string("resource", true);
        const auto r = s ? sched::resourceFromKey(s->toStdString()) : std::nullopt;
        if (s && !r)
            fail(QStringLiteral("resource"), EventJson::tr("must be vcpus, ram_mb or disk_gb, not \"%1\"").arg(*s));
        return r.value_or(sched::Resource::Vcpus);
    }

    void checkKeys(const QStringList &allowed)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (it.key() != QLatin1String("type") && !allowed.contains(it.key()))
                fail(it.key(), tr("is not a field of %1").arg(m_type));
    }

private:
    QJsonObject m_object;
    qsizetype m_index;
    QString m_type;
    whatif::Scenario &m_scenario;
    ExpansionBudget &m_budget;
    QString m_error;
};

sched::Amounts readSize(EventReader &r)
{
    sched::Amounts size{};
    const QJsonValue v = r.object().value(QLatin1String("size"));
    if (v.isUndefined())
        return r.fail(QStringLiteral("size"), EventJson::tr("is missing")), size;
    if (!v.isObject())
        return r.fail(QStringLiteral("size"), EventJson::tr("must be an object {vcpus, ram_mb, disk_gb}")), size;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto res = sched::resourceFromKey(it.key().toStdString());
        if (!res)
            return r.fail(QStringLiteral("size.%1").arg(it.key()), EventJson::tr("is not a resource (vcpus, ram_mb, disk_gb)")), size;
        size[std::size_t(*res)] = r.whole(it.value(), QStringLiteral("size.%1").arg(it.key()), 0, 1'000'000'000'000).value_or(0);
    }
    return size;
}

// A pattern's names, interned; `count` resolves "{n}".
std::uint32_t readPattern(EventReader &r, const char *key, std::uint64_t count)
{
    const auto text = r.string(key, true, false);
    if (!text)
        return whatif::kNoId;
    const whatif::PatternParse p = whatif::parseTenantPattern(text->toStdString(), count);
    if (p.error != whatif::PatternError::None) {
        r.fail(QLatin1String(key), EventJson::tr("must be a name pattern like \"burst-{1..400}\" or \"new-{n}\" "
                                                 "(at most %1 names), not \"%2\"").arg(whatif::kMaxPatternNames).arg(*text));
        return whatif::kNoId;
    }
    if (!r.spendTenants(p.pattern.size()))
        return whatif::kNoId;
    std::vector<NameId> names;
    names.reserve(p.pattern.size());
    for (std::uint64_t i = 0; i < p.pattern.size(); ++i)
        names.push_back(r.scenario().intern(p.pattern.name(i)));
    return r.scenario().addTenantList(std::move(names));
}

template <typename VmEvent>
VmEvent readVm(EventReader &r)
{
    VmEvent e;
    e.count = std::uint32_t(r.whole("count", 1, 1'000'000'000, false).value_or(1));
    if (!r.spendRequests(e.count))
        return e;
    if (r.has("tenant") == r.has("tenants"))
        r.fail(QStringLiteral("tenant"), EventJson::tr("or \"tenants\" (a pattern) must be given, not both"));
    else if (const auto tenant = r.has("tenant") ? r.string("tenant", true, false) : std::nullopt)
        e.who.tenant = r.scenario().intern(tenant->toStdString());
    else if (r.has("tenants"))
        e.who.list = readPattern(r, "tenants", e.count);
    e.az = r.scenario().intern(r.string("az", false).value_or(QString()).toStdString());
    const QString group = r.string("group", false).value_or(QString());
    const auto tags = sched::parseGroup(group.toStdString());
    if (!tags)
        r.fail(QStringLiteral("group"), EventJson::tr("must be \"key:value[,key:value...]\" or empty, not \"%1\"").arg(group));
    e.group = r.scenario().intern(tags ? sched::groupKey(*tags) : std::string());
    e.size = readSize(r);
    return e;
}

whatif::Event readPodEvent(EventReader &r, const QString &type)
{
    if (type == QLatin1String("set_usage")) {
        whatif::SetUsage e{r.pod(), r.resource(), std::nullopt};
        const QJsonValue used = r.object().value(QLatin1String("used"));
        if (used.isUndefined())
            r.fail(QStringLiteral("used"), EventJson::tr("is missing (a whole number, or null for unknown)"));
        else if (!used.isNull())
            e.used = r.whole(used, QStringLiteral("used"), 0, 1'000'000'000'000'000);
        return e;
    }
    if (type == QLatin1String("set_capacity")) {
        whatif::SetCapacity e{r.pod(), r.resource(), r.whole("total", 0, 1'000'000'000'000'000, true).value_or(0), std::nullopt};
        const QJsonValue t = r.object().value(QLatin1String("threshold"));
        if (!t.isUndefined() && (!t.isDouble() || t.toDouble() <= 0.0 || t.toDouble() > 1.0))
            r.fail(QStringLiteral("threshold"), EventJson::tr("must be a number above 0 and at most 1"));
        else if (!t.isUndefined())
            e.threshold = t.toDouble();
        return e;
    }
    if (type == QLatin1String("pod_state")) {
        whatif::SetPodState e{r.pod(), sched::PodState::Enabled};
        const auto s = r.string("state", true);
        const auto state = s ? sched::podStateFromKey(s->toStdString()) : std::nullopt;
        if (s && !state)
            r.fail(QStringLiteral("state"), EventJson::tr("must be enabled, maintenance or disabled, not \"%1\"").arg(*s));
        e.state = state.value_or(sched::PodState::Enabled);
        return e;
    }
    if (type == QLatin1String("remove_pod"))
        return whatif::RemovePod{r.pod()};
    return whatif::DrainPod{r.pod()};
}

whatif::Event readAddPod(EventReader &r, std::int64_t createdAtUs)
{
    const QJsonValue v = r.object().value(QLatin1String("pod"));
    if (!v.isObject()) {
        r.fail(QStringLiteral("pod"), EventJson::tr("must be a pod object {pod_name, az_name, ...}"));
        return whatif::AddPod{};
    }
    QJsonObject o = v.toObject();
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
    const auto count = r.whole("count", 1, std::int64_t(whatif::kMaxPatternNames), false);
    const auto list = readPattern(r, "pattern", std::uint64_t(count.value_or(0)));
    if (list != whatif::kNoId && count && r.scenario().tenantList(list).size() != std::size_t(*count))
        r.fail(QStringLiteral("count"), EventJson::tr("(%1) differs from the number of names the pattern gives (%2)")
                                            .arg(*count).arg(r.scenario().tenantList(list).size()));
    return whatif::NewTenants{list};
}

} // namespace

QStringList EventJson::types()
{
    QStringList out;
    for (const TypeInfo &t : typeInfos())
        out << QLatin1String(t.type);
    return out;
}

Result<whatif::Event> EventJson::parse(const QJsonValue &value, qsizetype index, whatif::Scenario &scenario,
                                       std::int64_t createdAtUs, ExpansionBudget &budget)
{
    if (!value.isObject())
        return Error{tr("events[%1]: must be an object with a \"type\"").arg(index)};
    const QJsonObject object = value.toObject();
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    const QString type = typeValue.toString();
    const auto info = std::find_if(typeInfos().begin(), typeInfos().end(),
                                   [&](const TypeInfo &t) { return type == QLatin1String(t.type); });
    if (info == typeInfos().end())
        return Error{tr("events[%1]: field \"type\" must be one of %2, not %3")
                         .arg(index).arg(types().join(QStringLiteral(", ")),
                                         typeValue.isString() ? QStringLiteral("\"%1\"").arg(type) : tr("a missing or non-string value"))};
    EventReader r(object, index, type, scenario, budget);
    r.checkKeys(info->keys);
    whatif::Event event;
    if (type == QLatin1String("create_vm"))
        event = readVm<whatif::CreateVm>(r);
    else if (type == QLatin1String("delete_vm"))
        event = readVm<whatif::DeleteVm>(r);
    else if (type == QLatin1String("add_pod"))
        event = readAddPod(r, createdAtUs);
    else if (type == QLatin1String("new_tenants"))
        event = readNewTenants(r);
    else
        event = readPodEvent(r, type);
    if (r.failed())
        return r.error();
    return event;
}

} // namespace model
