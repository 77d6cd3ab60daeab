// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small what-if runs for the report tests: a state file written from pod
// descriptions (name, AZ, group, vCPUs, RAM) and a scenario run on it.

#include "scenarioloader.h"
#include "whatifrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace reportfixtures {

struct PodSpec {
    PodSpec(QString n, QString a, QString g = {}, int v = 10, int r = 65536, double t = 1.0, int u = 0)
        : name(std::move(n)), az(std::move(a)), group(std::move(g)), vcpus(v), ramMb(r), threshold(t), vcpusUsed(u)
    {
    }
    QString name;
    QString az;
    QString group; // "resource:gpu" or empty
    int vcpus = 10;
    int ramMb = 65536;
    double threshold = 1.0;
    int vcpusUsed = 0; // before the first event
};

inline QByteArray stateJson(const std::vector<PodSpec> &pods)
{
    QJsonArray list{QJsonObject{{QStringLiteral("pod_id"), QStringLiteral("id-top")},
                                {QStringLiteral("pod_name"), QStringLiteral("RegionOne")},
                                {QStringLiteral("az_name"), QString()}}};
    int hour = 1;
    for (const PodSpec &p : pods) {
        QJsonObject pod{{QStringLiteral("pod_id"), QStringLiteral("id-") + p.name},
                        {QStringLiteral("pod_name"), p.name},
                        {QStringLiteral("az_name"), p.az},
                        {QStringLiteral("created_at"), QStringLiteral("2024-01-01 %1:00:00.000000").arg(hour++, 2, 10, QLatin1Char('0'))},
                        {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("vcpus"), p.vcpus},
                                                                 {QStringLiteral("ram_mb"), p.ramMb},
                                                                 {QStringLiteral("disk_gb"), 1000}}},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("vcpus"), p.vcpusUsed},
                                                              {QStringLiteral("ram_mb"), 0},
                                                              {QStringLiteral("disk_gb"), 0}}},
                        {QStringLiteral("running_vms"), 0},
                        {QStringLiteral("threshold"), p.threshold}};
        if (!p.group.isEmpty())
            pod.insert(QStringLiteral("resource_affinity_tags"),
                       QJsonObject{{p.group.section(QLatin1Char(':'), 0, 0), p.group.section(QLatin1Char(':'), 1)}});
        list.append(pod);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("pods"), list}, {QStringLiteral("bindings"), QJsonArray()}}).toJson();
}

// Runs `events` (creation order only weighs) on the pods; empty result when loading failed.
inline whatif::RunResult run(const QTemporaryDir &dir, const std::vector<PodSpec> &pods, const QJsonArray &events,
                             QString *error = nullptr, const QJsonArray &compare = {})
{
    QFile state(QDir(dir.path()).filePath(QStringLiteral("state.json")));
    if (!state.open(QIODevice::WriteOnly) || state.write(stateJson(pods)) < 0)
        return {};
    state.close();
    QJsonObject scenario{
        {QStringLiteral("base"), QStringLiteral("state.json")},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("creation-order")},
                     {QStringLiteral("policy"), QStringLiteral("weighted")},
                     {QStringLiteral("weighers"), QJsonObject{{QStringLiteral("creation_order"), 1}, {QStringLiteral("free_ram"), 0},
                                                              {QStringLiteral("free_vcpus"), 0}, {QStringLiteral("free_disk"), 0},
                                                              {QStringLiteral("workload"), 0}, {QStringLiteral("cost"), 0}}}}},
        {QStringLiteral("events"), events}};
    if (!compare.isEmpty())
        scenario.insert(QStringLiteral("compare"), compare);
    const auto loaded = model::ScenarioLoader::load(QJsonDocument(scenario).toJson(), dir.path(), {});
    if (!loaded) {
        if (error)
            *error = loaded.error();
        return {};
    }
    return whatif::runScenario(loaded->scenario, loaded->base);
}

inline QJsonObject createVm(const QString &tenants, const QString &az, int vcpus, int count, const QString &group = {})
{
    QJsonObject e{{QStringLiteral("type"), QStringLiteral("create_vm")},
                  {tenants.contains(QLatin1Char('{')) ? QStringLiteral("tenants") : QStringLiteral("tenant"), tenants},
                  {QStringLiteral("az"), az},
                  {QStringLiteral("size"), QJsonObject{{QStringLiteral("vcpus"), vcpus}, {QStringLiteral("ram_mb"), 512}}},
                  {QStringLiteral("count"), count}};
    if (!group.isEmpty())
        e.insert(QStringLiteral("group"), group);
    return e;
}

} // namespace reportfixtures
