// SPDX-License-Identifier: Apache-2.0
#include "scenariojson.h"

#include "eventjson.h"
#include "growth.h"
#include "scenariocheck.h"
#include "schedulerconfigjson.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <functional>
#include <set>

namespace model {

namespace {

Result<whatif::PolicyRun> policyFromJson(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Error{ScenarioJson::tr("%1: must be a policy configuration object").arg(where)};
    QJsonObject object = value.toObject();
    const QJsonValue name = object.take(QLatin1String("name"));
    if (!name.isUndefined() && (!name.isString() || name.toString().trimmed().isEmpty()))
        return Error{ScenarioJson::tr("%1: field \"name\" must be a non-empty string").arg(where)};
    const auto config = SchedulerConfigJson::fromJson(object);
    if (!config)
        return Error{ScenarioJson::tr("%1: %2").arg(where, config.error())};
    const std::string fallback(sched::policyKey(config->policy));
    return whatif::PolicyRun{name.isString() ? name.toString().trimmed().toStdString() : fallback, config.value()};
}

Status readPolicies(const QJsonObject &root, whatif::Scenario &s)
{
    const QJsonValue policy = root.value(QLatin1String("policy"));
    auto primary = policy.isUndefined() ? Result<whatif::PolicyRun>(whatif::PolicyRun{"weighted", {}})
                                        : policyFromJson(policy, QStringLiteral("policy"));
    if (!primary)
        return Error{primary.error()};
    s.policies.push_back(primary.value());
    const QJsonValue compare = root.value(QLatin1String("compare"));
    if (!compare.isUndefined() && !compare.isArray())
        return Error{ScenarioJson::tr("field \"compare\" must be a list of policy configurations")};
    const QJsonArray list = compare.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto run = policyFromJson(list[i], QStringLiteral("compare[%1]").arg(i));
        if (!run)
            return Error{run.error()};
        s.policies.push_back(run.value());
    }
    std::set<std::string> used; // "trio2o", "trio2o-2", ...
    for (whatif::PolicyRun &p : s.policies) {
        const std::string base = p.name;
        for (int n = 2; !used.insert(p.name).second; ++n)
            p.name = base + "-" + std::to_string(n);
    }
    return {};
}

// The events array at the cursor, one event at a time; every 4096 events
// `consumed` hears how far the cursor got (the bytes before will not be read again).
Status readEvents(JsonCursor &cursor, whatif::Scenario &s, const ExpansionLimits &limits,
                  const std::function<void(std::size_t)> &consumed, EventsWatcher *watcher)
{
    if (cursor.peek() != JsonType::Array) {
        if (cursor.failed())
            return Error{cursor.error()};
        return Error{ScenarioJson::tr("field \"events\" must be a list of events")};
    }
    cursor.enterArray();
    // Added pods without created_at are the newest, in the order they come.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000;
    ExpansionBudget budget;
    budget.limits = limits;
    for (qsizetype i = 0; cursor.nextElement(); ++i) {
        auto event = EventJson::read(cursor, i, s, now + i, budget);
        if (!event)
            return Error{event.error()};
        s.events.push_back(std::move(event.value()));
        if (consumed && (i & 4095) == 4095)
            consumed(cursor.offset());
        // Counted over the whole list: a second "events" member goes on from the first.
        if (watcher && (s.events.size() & 4095) == 0 && !watcher->eventsRead(s))
            return Error{ScenarioJson::tr("reading stopped (cancelled)")};
    }
    if (cursor.failed())
        return Error{cursor.error()};
    return {};
}

QString problemText(const whatif::Problem &p)
{
    const QString name = QString::fromStdString(p.name);
    switch (p.code) {
    case whatif::ProblemCode::UnknownPod:
        return ScenarioJson::tr("unknown pod \"%1\" (not in the base, or removed by an earlier event)").arg(name);
    case whatif::ProblemCode::UnknownTenant:
        return ScenarioJson::tr("unknown tenant \"%1\" (no binding in the base and not introduced by an earlier "
                                "new_tenants or create_vm \"tenants\" pattern)").arg(name);
    case whatif::ProblemCode::PodExists:
        return ScenarioJson::tr("\"%1\" is already a pod").arg(name);
    case whatif::ProblemCode::TopPod:
        return ScenarioJson::tr("must not be empty: pod \"%1\" would be a second top region").arg(name);
    case whatif::ProblemCode::UnknownAz:
        return ScenarioJson::tr("unknown availability zone \"%1\" (no pod of the base or of an earlier add_pod "
                                "is in it)").arg(name);
    case whatif::ProblemCode::UnknownGroup:
        return ScenarioJson::tr("unknown group \"%1\" (no pod of the base or of an earlier add_pod has it, in that "
                                "availability zone)").arg(name.isEmpty() ? ScenarioJson::tr("general") : name);
    }
    return {};
}

} // namespace

Result<BaseSource> ScenarioJson::baseFromString(const QString &text, const QString &dir)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error{tr("field \"base\" must be \"current\", a state JSON file or a database path")};
    if (t == QLatin1String("current"))
        return BaseSource{BaseSource::Kind::Current, {}};
    const QString path = QDir::cleanPath(QDir(dir).absoluteFilePath(t));
    const bool json = t.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    return BaseSource{json ? BaseSource::Kind::StateFile : BaseSource::Kind::Database, path};
}

Result<ScenarioFile> ScenarioJson::parse(const QByteArray &json, const QString &dir, const ExpansionLimits &limits)
{
    return read(std::string_view(json.constData(), std::size_t(json.size())), dir, limits, {});
}

namespace {

const QStringList &scenarioKeys()
{
    static const QStringList keys{QStringLiteral("base"), QStringLiteral("policy"), QStringLiteral("compare"),
                                  QStringLiteral("samples"), QStringLiteral("description"), QStringLiteral("events")};
    return keys;
}

// A small member (policy, compare) as a QJsonValue; the cursor checked its syntax.
QJsonValue smallValue(const JsonValue &v)
{
    switch (v.type) {
    case JsonType::Object: return QJsonDocument::fromJson(QByteArray::fromStdString(v.text)).object();
    case JsonType::Array: return QJsonDocument::fromJson(QByteArray::fromStdString(v.text)).array();
    case JsonType::String: return QString::fromStdString(v.text);
    case JsonType::Number: return v.number;
    case JsonType::Bool: return v.boolean;
    case JsonType::Null: return QJsonValue(QJsonValue::Null);
    case JsonType::Missing: break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

Result<ScenarioFile> ScenarioJson::read(std::string_view json, const QString &dir, const ExpansionLimits &limits,
                                        const std::function<void(std::size_t)> &consumed, EventsWatcher *watcher)
{
    // One rule for every reader: a leading byte order mark is skipped (boundedfilereader.h);
    // byte offsets in errors still count from the start of the file.
    const std::size_t start = json.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    JsonCursor cursor(json.substr(start), start);
    if (cursor.peek() != JsonType::Object)
        return Error{cursor.failed() ? cursor.error() : tr("a scenario must be a JSON object")};
    cursor.enterObject();
    ScenarioFile file;
    // What the watcher started reads this scenario: on an error it lets go
    // of it before the scenario goes with this function.
    const auto failed = [watcher](const QString &message) -> Result<ScenarioFile> {
        if (watcher)
            watcher->eventsFailed();
        return Error{message};
    };
    QJsonObject small; // base, policy, compare, samples
    bool sawEvents = false;
    std::string_view key;
    JsonValue value;
    while (cursor.nextKey(key)) {
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (!scenarioKeys().contains(name))
            return failed(tr("field \"%1\" is not a scenario field (%2)").arg(name, scenarioKeys().join(QStringLiteral(", "))));
        if (name == QLatin1String("events")) {
            if (watcher && !sawEvents)
                watcher->eventsStart(small, cursor.offset(), file.scenario);
            if (Status st = readEvents(cursor, file.scenario, limits, consumed, watcher); !st)
                return failed(st.error());
            sawEvents = true;
        } else if (name == QLatin1String("description")) {
            cursor.skipValue();
        } else if (cursor.readValue(value)) {
            small.insert(name, smallValue(value));
        }
    }
    if (cursor.failed() || !cursor.finish())
        return failed(cursor.error());
    if (!sawEvents)
        return failed(tr("field \"events\" must be a list of events"));
    // The settings without handing the scenario over: it must not go on an error in them.
    auto settings = fromSmallMembers(small, dir, ScenarioFile{});
    if (!settings)
        return failed(settings.error());
    file.base = settings.value().base;
    file.scenario.maxSamples = settings.value().scenario.maxSamples;
    file.scenario.policies = std::move(settings.value().scenario.policies);
    return file; // moved: the events, names and lists keep their memory
}

std::optional<BaseSource> ScenarioJson::leadingStateFile(std::string_view json, const QString &dir)
{
    const std::size_t start = json.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    JsonCursor cursor(json.substr(start), start);
    if (cursor.peek() != JsonType::Object || !cursor.enterObject())
        return std::nullopt;
    std::string_view key;
    while (cursor.nextKey(key)) {
        if (key == "events")
            return std::nullopt;
        if (key != "base") {
            if (!cursor.skipValue())
                return std::nullopt;
            continue;
        }
        std::string text;
        if (!cursor.readString(text))
            return std::nullopt;
        const auto source = baseFromString(QString::fromStdString(text), dir);
        if (!source || source.value().kind != BaseSource::Kind::StateFile)
            return std::nullopt;
        return source.value();
    }
    return std::nullopt;
}

Result<ScenarioFile> ScenarioJson::fromSmallMembers(const QJsonObject &root, const QString &dir, ScenarioFile file)
{
    const QJsonValue base = root.value(QLatin1String("base"));
    if (!base.isString())
        return Error{tr("field \"base\" must be \"current\", a state JSON file or a database path")};
    auto source = baseFromString(base.toString(), dir);
    if (!source)
        return Error{source.error()};
    file.base = source.value();
    const QJsonValue samples = root.value(QLatin1String("samples"));
    if (!samples.isUndefined()) {
        const double d = samples.toDouble(-1);
        if (!samples.isDouble() || d != std::floor(d) || d < 1 || d > 100000)
            return Error{tr("field \"samples\" must be a whole number from 1 to 100000")};
        file.scenario.maxSamples = std::uint32_t(d);
    }
    // The events are read already; the policies come first in the scenario.
    whatif::Scenario policies;
    if (Status s = readPolicies(root, policies); !s)
        return Error{s.error()};
    file.scenario.policies = std::move(policies.policies);
    return file;
}

Status ScenarioJson::checkReferences(const whatif::Scenario &scenario, const sched::CloudState &base)
{
    const auto problem = whatif::checkReferences(scenario, base);
    if (!problem)
        return {};
    return problemError(scenario, *problem);
}

Error ScenarioJson::problemError(const whatif::Scenario &scenario, const whatif::Problem &problem)
{
    const QString type = QString::fromLatin1(whatif::eventKey(scenario.events[problem.event]));
    return Error{tr("events[%1] (%2): field \"%3\": %4")
                     .arg(problem.event)
                     .arg(type, QString::fromStdString(problem.field), problemText(problem))};
}

Result<ScenarioFile> ScenarioJson::settings(const QJsonObject &members, const QString &dir)
{
    return fromSmallMembers(members, dir, ScenarioFile{});
}

} // namespace model

namespace model {

Status ScenarioJson::expandGrowth(whatif::Scenario &scenario, const sched::CloudState &base,
                                  const ExpansionLimits &limits)
{
    whatif::expandGrowth(scenario, base);
    std::uint64_t requests = 0; // what the other events ask for, as the reader counted them
    for (const whatif::Event &e : scenario.events) {
        if (const auto *c = std::get_if<whatif::CreateVm>(&e))
            requests += c->count;
        else if (const auto *d = std::get_if<whatif::DeleteVm>(&e))
            requests += d->count;
    }
    for (std::size_t i = 0; i < scenario.events.size(); ++i) {
        const auto *grow = std::get_if<whatif::Grow>(&scenario.events[i]);
        if (!grow)
            continue;
        requests += scenario.growth(grow->growth).requests();
        if (requests > limits.requests)
            return Error{tr("events[%1] (grow): the projected growth makes the scenario ask for more than %2 VM "
                            "requests (%3 with this event); grow fewer days, limit it with \"az\" or \"group\", or "
                            "raise the limit with trio2o-sched whatif --max-requests")
                             .arg(i).arg(limits.requests).arg(requests)};
    }
    return {};
}

} // namespace model
