#include "scenariojson.h"

#include "eventjson.h"
#include "scenariocheck.h"
#include "schedulerconfigjson.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
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

Status readEvents(const QJsonObject &root, whatif::Scenario &s, const ExpansionLimits &limits)
{
    const QJsonValue events = root.value(QLatin1String("events"));
    if (!events.isArray())
        return Error{ScenarioJson::tr("field \"events\" must be a list of events")};
    const QJsonArray list = events.toArray();
    s.events.reserve(std::size_t(list.size()));
    // Added pods without created_at are the newest, in the order they come.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000;
    ExpansionBudget budget{limits, 0, 0};
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto event = EventJson::parse(list[i], i, s, now + i, budget);
        if (!event)
            return Error{event.error()};
        s.events.push_back(std::move(event.value()));
    }
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
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{tr("a scenario must be a JSON object")};
    return fromJson(doc.object(), dir, limits);
}

Result<ScenarioFile> ScenarioJson::fromJson(const QJsonObject &root, const QString &dir, const ExpansionLimits &limits)
{
    static const QStringList kKeys{QStringLiteral("base"), QStringLiteral("policy"), QStringLiteral("compare"),
                                   QStringLiteral("samples"), QStringLiteral("description"), QStringLiteral("events")};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!kKeys.contains(it.key()))
            return Error{tr("field \"%1\" is not a scenario field (%2)").arg(it.key(), kKeys.join(QStringLiteral(", ")))};
    const QJsonValue base = root.value(QLatin1String("base"));
    if (!base.isString())
        return Error{tr("field \"base\" must be \"current\", a state JSON file or a database path")};
    ScenarioFile file;
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
    if (Status s = readPolicies(root, file.scenario); !s)
        return Error{s.error()};
    if (Status s = readEvents(root, file.scenario, limits); !s)
        return Error{s.error()};
    return file;
}

Status ScenarioJson::checkReferences(const whatif::Scenario &scenario, const sched::CloudState &base)
{
    const auto problem = whatif::checkReferences(scenario, base);
    if (!problem)
        return {};
    const QString type = QString::fromLatin1(whatif::eventKey(scenario.events[problem->event]));
    return Error{tr("events[%1] (%2): field \"%3\": %4")
                     .arg(problem->event)
                     .arg(type, QString::fromStdString(problem->field), problemText(*problem))};
}

} // namespace model
