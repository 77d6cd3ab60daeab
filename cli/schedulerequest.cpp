// SPDX-License-Identifier: Apache-2.0
#include "schedulerequest.h"

#include "commandline.h"
#include "schedulerconfigjson.h"

#include <QCommandLineParser>

namespace cli {

namespace {
model::Result<std::int64_t> amount(const QCommandLineParser &p, const QString &option)
{
    bool ok = false;
    const qlonglong v = p.value(option).toLongLong(&ok);
    if (!ok || v < 0)
        return model::Error{ScheduleOptionsParser::tr("--%1 must be a whole number of at least 0, not \"%2\"")
                                .arg(option, p.value(option))};
    return std::int64_t(v);
}
} // namespace

void ScheduleOptionsParser::addOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("tenant"), tr("The tenant (project id) asking for resources."), tr("T")},
        {QStringLiteral("az"), tr("Availability zone; empty or absent: any bottom AZ."), tr("AZ")},
        {QStringLiteral("group"), tr("Pod group as resource-affinity tags, key:value[,key:value...]."), tr("G")},
        {QStringLiteral("vcpus"), tr("Size of the request: vCPUs."), tr("N")},
        {QStringLiteral("ram-mb"), tr("Size of the request: RAM in MB."), tr("N")},
        {QStringLiteral("disk-gb"), tr("Size of the request: disk in GB."), tr("N")},
        {QStringLiteral("policy"), tr("weighted (default) or trio2o; overrides the configuration file."), tr("P")},
        {QStringLiteral("config"), tr("Scheduler configuration (JSON)."), tr("FILE")},
        {QStringLiteral("explain"), tr("Show every candidate pod: the filter that rejected it, or its weights.")},
        {QStringLiteral("json"), tr("Print the decision as one JSON object.")},
        {QStringLiteral("dry-run"), tr("Decide, but do not store the decision.")},
        {QStringLiteral("state"), tr("Decide on a JSON state file instead of the database (never written)."), tr("FILE")},
    });
}

model::Result<ScheduleOptions> ScheduleOptionsParser::read(const QCommandLineParser &p)
{
    ScheduleOptions o;
    o.tenant = p.value(QStringLiteral("tenant")).trimmed();
    if (o.tenant.isEmpty())
        return model::Error{tr("--tenant is required")};
    o.az = p.value(QStringLiteral("az")).trimmed();
    const auto group = sched::parseGroup(p.value(QStringLiteral("group")).toStdString());
    if (!group)
        return model::Error{tr("--group must be key:value[,key:value...] with distinct keys, not \"%1\"")
                                .arg(p.value(QStringLiteral("group")))};
    o.group = *group;
    const QStringList sizeOptions{QStringLiteral("vcpus"), QStringLiteral("ram-mb"), QStringLiteral("disk-gb")};
    for (qsizetype i = 0; i < sizeOptions.size(); ++i) {
        if (!p.isSet(sizeOptions[i]))
            continue;
        const auto v = amount(p, sizeOptions[i]);
        if (!v)
            return model::Error{v.error()};
        if (!o.size)
            o.size = sched::Amounts{};
        (*o.size)[std::size_t(i)] = v.value();
    }
    if (p.isSet(QStringLiteral("config"))) {
        const auto data = readInput(p.value(QStringLiteral("config")), model::BoundedFileReader::Kind::ConfigFile);
        if (!data)
            return model::Error{data.error()};
        auto config = model::SchedulerConfigJson::parse(data.value());
        if (!config)
            return model::Error{tr("%1: %2").arg(p.value(QStringLiteral("config")), config.error())};
        o.config = config.value();
    }
    if (p.isSet(QStringLiteral("policy"))) {
        const auto policy = sched::policyFromKey(p.value(QStringLiteral("policy")).toStdString());
        if (!policy)
            return model::Error{tr("--policy must be weighted or trio2o, not \"%1\"").arg(p.value(QStringLiteral("policy")))};
        o.config.policy = *policy;
    }
    o.explain = p.isSet(QStringLiteral("explain"));
    o.json = p.isSet(QStringLiteral("json"));
    o.dryRun = p.isSet(QStringLiteral("dry-run"));
    o.statePath = p.value(QStringLiteral("state"));
    if (!o.statePath.isEmpty() && (p.isSet(QStringLiteral("db")) || p.isSet(QStringLiteral("remote"))))
        return model::Error{tr("give either --db/--remote or --state, not both")};
    return o;
}

} // namespace cli
