#include "statejsoncodec.h"

#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }
std::string std8(const QString &s) { return s.toStdString(); }

// Reads fields of one JSON record; the first problem wins and names the field.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(StateJsonCodec)

public:
    FieldReader(const QJsonObject &object, QString where) : m_object(object), m_where(std::move(where)) {}
    // "pod_bindings[12]" is only spelled out when there is an error to report.
    FieldReader(const QJsonObject &object, const char *array, qsizetype index)
        : m_object(object), m_array(array), m_index(index)
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error{m_error}; }

    // Missing or null string fields read as "", as the Trio2o API answers.
    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, tr("is missing"));
            return {};
        }
        if (!v.isString())
            return fail(key, tr("must be a string")), QString();
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(key, tr("must not be empty"));
        return s;
    }

    std::optional<std::int64_t> time(const char *key)
    {
        const QString text = string(key);
        if (text.isEmpty() || failed())
            return std::nullopt;
        const auto t = parseTrio2oTime(text);
        if (!t)
            fail(key, tr("is not a time of the form YYYY-MM-DD HH:MM:SS.ffffff: \"%1\"").arg(text));
        return t;
    }

    std::optional<double> number(const char *key, double min, double max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(key, tr("must be a number")), std::nullopt;
        const double d = v.toDouble();
        if (d < min || d > max)
            return fail(key, tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(d)), std::nullopt;
        return d;
    }

    std::optional<std::int64_t> count(const QJsonObject &object, const char *key, const QString &prefix)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9.0e15 || d != std::floor(d))
            return fail(prefix + QLatin1String(key), tr("must be a whole number of at least 0")), std::nullopt;
        return std::int64_t(d);
    }

    void fail(const char *key, const QString &problem) { fail(QLatin1String(key), problem); }
    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: field \"%2\" %3").arg(where(), key, problem);
    }

    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    QString where() const
    {
        return m_array ? QStringLiteral("%1[%2]").arg(QLatin1String(m_array)).arg(m_index) : m_where;
    }

    QString m_where;
    const char *m_array = nullptr;
    qsizetype m_index = 0;
    QString m_error;
};

void readTags(FieldReader &r, sched::Pod &pod)
{
    const QJsonValue v = r.object().value(QLatin1String("resource_affinity_tags"));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isObject())
        return r.fail("resource_affinity_tags", StateJsonCodec::tr("must be an object of key: value pairs"));
    const QJsonObject tags = v.toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        const QString key = it.key().trimmed();
        const QString value = it.value().toString().trimmed();
        if (!it.value().isString() || key.isEmpty() || key.contains(QLatin1Char(':')) || key.contains(QLatin1Char(','))
            || value.contains(QLatin1Char(','))) {
            return r.fail("resource_affinity_tags",
                          StateJsonCodec::tr("has an invalid tag \"%1\" (keys are non-empty without ':' or ','; "
                                             "values are strings without ',')").arg(it.key()));
        }
        pod.tags.push_back({std8(key), std8(value)});
    }
    sched::normaliseTags(pod.tags);
}

void readResources(FieldReader &r, sched::Pod &pod)
{
    const QJsonValue cap = r.object().value(QLatin1String("capacity"));
    if (!cap.isUndefined() && !cap.isNull() && !cap.isObject())
        return r.fail("capacity", StateJsonCodec::tr("must be an object {vcpus, ram_mb, disk_gb}"));
    const QJsonValue use = r.object().value(QLatin1String("usage"));
    if (!use.isUndefined() && !use.isNull() && !use.isObject())
        return r.fail("usage", StateJsonCodec::tr("must be an object {vcpus, ram_mb, disk_gb} or null"));
    for (sched::Resource res : sched::kAllResources) {
        const std::string key(sched::resourceKey(res));
        const auto i = std::size_t(res);
        pod.capacity[i] = r.count(cap.toObject(), key.c_str(), QStringLiteral("capacity.")).value_or(0);
        pod.used[i] = r.count(use.toObject(), key.c_str(), QStringLiteral("usage."));
    }
}

} // namespace

Result<sched::Pod> StateJsonCodec::podFromJson(const QJsonObject &object, const QString &where)
{
    FieldReader r(object, where);
    sched::Pod pod;
    pod.id = std8(r.string("pod_id", true));
    pod.name = std8(r.string("pod_name", true));
    pod.azName = std8(r.string("az_name"));
    pod.podAzName = std8(r.string("pod_az_name"));
    pod.dcName = std8(r.string("dc_name"));
    readTags(r, pod);
    const QString state = r.string("state");
    if (!state.isEmpty()) {
        if (const auto s = sched::podStateFromKey(std8(state)))
            pod.state = *s;
        else
            r.fail("state", tr("must be enabled, maintenance or disabled, not \"%1\"").arg(state));
    }
    pod.createdAtUs = r.time("created_at").value_or(0);
    pod.cost = r.number("cost", 0, 1e12).value_or(pod.cost);
    pod.threshold = r.number("threshold", 0.01, 1).value_or(pod.threshold);
    readResources(r, pod);
    pod.runningVms = r.count(object, "running_vms", QString());
    if (r.failed())
        return r.error();
    return pod;
}

namespace {

Result<sched::Binding> readBinding(FieldReader &r)
{
    const QJsonObject &object = r.object();

    sched::Binding b;
    b.id = std8(r.string("id"));
    b.tenantId = std8(r.string("tenant_id", true));
    b.podId = std8(r.string("pod_id", true));
    const QJsonValue active = object.value(QLatin1String("is_binding"));
    if (!active.isUndefined() && !active.isNull() && !active.isBool())
        r.fail("is_binding", StateJsonCodec::tr("must be true or false"));
    b.active = active.toBool(true);
    b.createdAtUs = r.time("created_at").value_or(0);
    b.updatedAtUs = r.time("updated_at");
    b.endedAtUs = r.time("ended_at");
    if (r.failed())
        return r.error();
    if (b.id.empty())
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    return b;
}

// Converts bindings[from, to) with defaults filled in; the first error wins.
Result<std::vector<sched::Binding>> readBindings(const QJsonArray &array, qsizetype from, qsizetype to, std::int64_t now)
{
    std::vector<sched::Binding> out;
    out.reserve(std::size_t(to - from));
    for (qsizetype i = from; i < to; ++i) {
        const QJsonValue v = array[i];
        if (!v.isObject())
            return Error{StateJsonCodec::tr("%1: must be an object").arg(QStringLiteral("pod_bindings[%1]").arg(i))};
        FieldReader r(v.toObject(), "pod_bindings", i);
        auto binding = readBinding(r);
        if (!binding)
            return Error{binding.error()};
        if (binding->createdAtUs == 0)
            binding->createdAtUs = now;
        // Upstream ends a binding by flipping is_binding and touching updated_at.
        if (!binding->active && !binding->endedAtUs)
            binding->endedAtUs = binding->updatedAtUs ? binding->updatedAtUs : std::optional(binding->createdAtUs);
        out.push_back(std::move(binding).value());
    }
    return out;
}

} // namespace

Result<sched::Binding> StateJsonCodec::bindingFromJson(const QJsonObject &object, const QString &where)
{
    FieldReader r(object, where);
    return readBinding(r);
}

Result<sched::CloudState> StateJsonCodec::fromJson(const QJsonObject &root)
{
    sched::CloudState state;
    const QJsonValue pods = root.value(QLatin1String("pods"));
    const QJsonValue bindings = root.value(QLatin1String("pod_bindings"));
    if (!pods.isUndefined() && !pods.isArray())
        return Error{tr("field \"pods\" must be an array")};
    if (!bindings.isUndefined() && !bindings.isArray())
        return Error{tr("field \"pod_bindings\" must be an array")};
    if (pods.isUndefined() && bindings.isUndefined())
        return Error{tr("neither \"pods\" nor \"pod_bindings\" found: not a Trio2o state file")};

    const std::int64_t now = nowMicroseconds();
    const QJsonArray podArray = pods.toArray();
    state.pods.reserve(std::size_t(podArray.size()));
    for (qsizetype i = 0; i < podArray.size(); ++i) {
        const QString where = QStringLiteral("pods[%1]").arg(i);
        if (!podArray[i].isObject())
            return Error{tr("%1: must be an object").arg(where)};
        auto pod = podFromJson(podArray[i].toObject(), where);
        if (!pod)
            return Error{pod.error()};
        // GET /pods lists pods in creation order but carries no time: keep that order.
        if (pod->createdAtUs == 0)
            pod->createdAtUs = now - (podArray.size() - i);
        state.pods.push_back(std::move(pod).value());
    }
    // Big dumps convert in two halves at once; each half is independent.
    const QJsonArray bindingArray = bindings.toArray();
    const qsizetype half = bindingArray.size() > 20000 ? bindingArray.size() / 2 : bindingArray.size();
    QFuture<Result<std::vector<sched::Binding>>> second =
        QtConcurrent::run([&] { return readBindings(bindingArray, half, bindingArray.size(), now); });
    auto first = readBindings(bindingArray, 0, half, now);
    auto rest = second.result();
    if (!first)
        return Error{first.error()};
    if (!rest)
        return Error{rest.error()};
    state.bindings = std::move(first).value();
    state.bindings.insert(state.bindings.end(), std::make_move_iterator(rest.value().begin()),
                          std::make_move_iterator(rest.value().end()));
    return state;
}

Result<sched::CloudState> StateJsonCodec::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{tr("the top level must be a JSON object with \"pods\" and \"pod_bindings\"")};
    return fromJson(doc.object());
}

QJsonObject StateJsonCodec::podToJson(const sched::Pod &pod)
{
    QJsonObject tags;
    for (const sched::Tag &t : pod.tags)
        tags.insert(str(t.key), str(t.value));
    QJsonObject capacity;
    QJsonObject usage;
    bool anyUsage = false;
    for (sched::Resource res : sched::kAllResources) {
        const QString key = QString::fromUtf8(sched::resourceKey(res));
        const auto i = std::size_t(res);
        capacity.insert(key, double(pod.capacity[i]));
        usage.insert(key, pod.used[i] ? QJsonValue(double(*pod.used[i])) : QJsonValue(QJsonValue::Null));
        anyUsage = anyUsage || pod.used[i].has_value();
    }
    return QJsonObject{
        {QStringLiteral("pod_id"), str(pod.id)},
        {QStringLiteral("pod_name"), str(pod.name)},
        {QStringLiteral("az_name"), str(pod.azName)},
        {QStringLiteral("pod_az_name"), str(pod.podAzName)},
        {QStringLiteral("dc_name"), str(pod.dcName)},
        {QStringLiteral("resource_affinity_tags"), tags},
        {QStringLiteral("state"), QString::fromUtf8(sched::podStateKey(pod.state))},
        {QStringLiteral("created_at"), formatTrio2oTime(pod.createdAtUs)},
        {QStringLiteral("cost"), pod.cost},
        {QStringLiteral("threshold"), pod.threshold},
        {QStringLiteral("capacity"), capacity},
        {QStringLiteral("usage"), anyUsage ? QJsonValue(usage) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("running_vms"),
         pod.runningVms ? QJsonValue(double(*pod.runningVms)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject StateJsonCodec::bindingToJson(const sched::Binding &b)
{
    const auto timeOrNull = [](const std::optional<std::int64_t> &t) {
        return t ? QJsonValue(formatTrio2oTime(*t)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), str(b.id)},
        {QStringLiteral("tenant_id"), str(b.tenantId)},
        {QStringLiteral("pod_id"), str(b.podId)},
        {QStringLiteral("is_binding"), b.active},
        {QStringLiteral("created_at"), formatTrio2oTime(b.createdAtUs)},
        {QStringLiteral("updated_at"), timeOrNull(b.updatedAtUs)},
        {QStringLiteral("ended_at"), timeOrNull(b.endedAtUs)},
    };
}

QJsonObject StateJsonCodec::toJson(const sched::CloudState &state)
{
    QJsonArray pods;
    for (const sched::Pod &p : state.pods)
        pods.append(podToJson(p));
    QJsonArray bindings;
    for (const sched::Binding &b : state.bindings)
        bindings.append(bindingToJson(b));
    return QJsonObject{{QStringLiteral("pods"), pods}, {QStringLiteral("pod_bindings"), bindings}};
}

QByteArray StateJsonCodec::serialize(const sched::CloudState &state, bool indented)
{
    return QJsonDocument(toJson(state)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace model
