#include "reportjson.h"

#include "reasontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }
QJsonValue podName(const whatif::Report &r, std::uint32_t pod)
{
    return pod == whatif::kNoId ? QJsonValue(QJsonValue::Null) : QJsonValue(str(r.pods[pod].name));
}
QJsonValue amount(const std::optional<std::int64_t> &v) { return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null); }

QJsonObject figures(const whatif::PodFigures &f)
{
    QJsonObject o;
    for (sched::Resource r : sched::kAllResources)
        o.insert(QString::fromLatin1(sched::resourceKey(r)), amount(f.used[std::size_t(r)]));
    o.insert(QStringLiteral("vms"), qint64(f.vms));
    o.insert(QStringLiteral("tenants"), qint64(f.tenants));
    o.insert(QStringLiteral("state"), QString::fromLatin1(sched::podStateKey(f.state)));
    return o;
}

QJsonArray changes(const whatif::Report &r)
{
    QJsonArray out;
    for (const whatif::ChangeRecord &c : r.changes)
        out.append(QJsonObject{{QStringLiteral("event"), qint64(c.event)},
                               {QStringLiteral("tenant_id"), str(r.tenants[c.tenant])},
                               {QStringLiteral("az_name"), str(r.azs[c.az])},
                               {QStringLiteral("group"), str(r.groups[c.group])},
                               {QStringLiteral("from_pod"), podName(r, c.fromPod)},
                               {QStringLiteral("to_pod"), podName(r, c.toPod)},
                               {QStringLiteral("reason"), ReasonText::change(c)}});
    return out;
}

QJsonArray failures(const whatif::Report &r)
{
    QJsonArray out;
    for (const whatif::FailureRecord &f : r.failures)
        out.append(QJsonObject{{QStringLiteral("event"), qint64(f.event)},
                               {QStringLiteral("tenant_id"), str(r.tenants[f.tenant])},
                               {QStringLiteral("az_name"), str(r.azs[f.az])},
                               {QStringLiteral("group"), str(r.groups[f.group])},
                               {QStringLiteral("reason"), ReasonText::failure(r, f)}});
    return out;
}

QJsonArray pods(const whatif::Report &r)
{
    QJsonArray out;
    for (const whatif::PodReport &p : r.pods)
        out.append(QJsonObject{{QStringLiteral("pod_name"), str(p.name)},
                               {QStringLiteral("az_name"), str(p.az)},
                               {QStringLiteral("group"), str(p.group)},
                               {QStringLiteral("removed"), p.removed},
                               {QStringLiteral("before"), p.before ? QJsonValue(figures(*p.before)) : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("after"), figures(p.after)}});
    return out;
}

// Columns per pod: one value per sample (null before an added pod existed).
QJsonObject series(const whatif::Report &r)
{
    const whatif::Series &s = r.series;
    QJsonArray after;
    for (std::uint64_t e : s.afterEvent)
        after.append(qint64(e));
    QJsonObject podsObject;
    for (std::size_t p = 0; p < r.pods.size(); ++p) {
        std::array<QJsonArray, sched::kResourceCount + 2> columns;
        for (const auto &sample : s.values) {
            const bool has = p < sample.size();
            for (std::size_t k = 0; k < sched::kResourceCount; ++k)
                columns[k].append(has ? amount(sample[p].used[k]) : QJsonValue(QJsonValue::Null));
            columns[3].append(has ? QJsonValue(qint64(sample[p].vms)) : QJsonValue(QJsonValue::Null));
            columns[4].append(has ? QJsonValue(qint64(sample[p].tenants)) : QJsonValue(QJsonValue::Null));
        }
        QJsonObject o;
        for (sched::Resource res : sched::kAllResources)
            o.insert(QString::fromLatin1(sched::resourceKey(res)), columns[std::size_t(res)]);
        o.insert(QStringLiteral("vms"), columns[3]);
        o.insert(QStringLiteral("tenants"), columns[4]);
        podsObject.insert(str(r.pods[p].name), o);
    }
    return QJsonObject{{QStringLiteral("every"), qint64(s.every)}, {QStringLiteral("after_event"), after},
                       {QStringLiteral("pods"), podsObject}};
}

QJsonObject outcome(const whatif::TenantOutcome &o)
{
    QJsonArray list;
    for (const std::string &p : o.pods)
        list.append(str(p));
    return QJsonObject{{QStringLiteral("pods"), list}, {QStringLiteral("failures"), qint64(o.failures)}};
}

QJsonObject compared(const whatif::Report &r, const std::vector<whatif::TenantDifference> &diffs)
{
    QJsonArray list;
    for (const whatif::TenantDifference &d : diffs)
        list.append(QJsonObject{{QStringLiteral("tenant_id"), str(d.tenantId)},
                                {QStringLiteral("primary"), outcome(d.primary)},
                                {QStringLiteral("other"), outcome(d.other)}});
    return QJsonObject{{QStringLiteral("name"), str(r.policyName)},
                       {QStringLiteral("summary"), ReportJson::summaryToJson(r.summary)},
                       {QStringLiteral("changes"), changes(r)},
                       {QStringLiteral("failures"), failures(r)},
                       {QStringLiteral("pods"), pods(r)},
                       {QStringLiteral("differences"), list}};
}

} // namespace

QJsonObject ReportJson::summaryToJson(const whatif::Summary &s)
{
    return QJsonObject{{QStringLiteral("keep"), qint64(s.keep)},       {QStringLiteral("bind"), qint64(s.bind)},
                       {QStringLiteral("rebind"), qint64(s.rebind)},   {QStringLiteral("fail"), qint64(s.fail)},
                       {QStringLiteral("events"), qint64(s.events)},   {QStringLiteral("vms_created"), qint64(s.vmsCreated)},
                       {QStringLiteral("vms_deleted"), qint64(s.vmsDeleted)}, {QStringLiteral("skipped"), qint64(s.skipped)}};
}

QJsonObject ReportJson::toJson(const whatif::RunResult &result)
{
    const whatif::Report &r = result.reports.at(0);
    QJsonObject o{{QStringLiteral("policy"), str(r.policyName)},
                  {QStringLiteral("cancelled"), result.cancelled},
                  {QStringLiteral("summary"), summaryToJson(r.summary)},
                  {QStringLiteral("changes"), changes(r)},
                  {QStringLiteral("failures"), failures(r)},
                  {QStringLiteral("pods"), pods(r)},
                  {QStringLiteral("series"), series(r)}};
    if (result.reports.size() > 1) {
        QJsonArray list;
        for (std::size_t i = 1; i < result.reports.size(); ++i)
            list.append(compared(result.reports[i], i - 1 < result.differences.size() ? result.differences[i - 1]
                                                                                       : std::vector<whatif::TenantDifference>{}));
        o.insert(QStringLiteral("compare"), list);
    }
    return o;
}

QByteArray ReportJson::serialize(const whatif::RunResult &result)
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}

} // namespace model
