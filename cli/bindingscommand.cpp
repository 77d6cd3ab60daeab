// SPDX-License-Identifier: Apache-2.0
// bindings: the tenant -> pod bindings of the database or a live cloud.
//   trio2o-sched bindings [--tenant T] [--pod POD] [--active] [--json]

#include "commandline.h"
#include "subcommand.h"
#include "tenantid.h"
#include "terminal.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unordered_map>

namespace cli {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

class BindingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(BindingsCommand)

public:
    static int run(const QStringList &args);
};

QJsonObject apiBinding(const sched::Binding &b)
{
    return {{QStringLiteral("id"), q(b.id)},
            {QStringLiteral("tenant_id"), q(b.tenantId)},
            {QStringLiteral("pod_id"), q(b.podId)},
            {QStringLiteral("is_binding"), b.active},
            {QStringLiteral("created_at"), model::formatTrio2oTime(b.createdAtUs)},
            {QStringLiteral("updated_at"),
             b.updatedAtUs ? QJsonValue(model::formatTrio2oTime(*b.updatedAtUs)) : QJsonValue(QJsonValue::Null)}};
}

int BindingsCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("bindings"),
                    tr("Lists the tenant -> pod bindings (history included) of the database or a live Trio2o cloud."));
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("json"), tr("Print the API's own JSON: {\"pod_bindings\": [...]}.")},
        {QStringLiteral("tenant"), tr("Only this tenant's bindings."), tr("T")},
        {QStringLiteral("pod"), tr("Only bindings to this pod (id or name)."), tr("POD")},
        {QStringLiteral("active"), tr("Only active bindings.")},
    });
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("bindings takes no arguments (see trio2o-sched bindings --help)"));
    auto opened = cmd.openBackend();
    if (!opened)
        return fail(opened.error());
    model::Backend &backend = *opened.value();
    const auto pods = waitFor(backend.listPods());
    if (!pods)
        return fail(pods.error());
    std::unordered_map<std::string, std::string> names;
    for (const sched::Pod &p : pods.value())
        names.emplace(p.id, p.name);
    std::string podFilter;
    if (cmd.parser().isSet(QStringLiteral("pod"))) {
        const auto pod = findPod(backend, cmd.parser().value(QStringLiteral("pod")));
        if (!pod)
            return fail(pod.error());
        podFilter = pod->id;
    }
    const auto bindings = waitFor(backend.listBindings());
    if (!bindings)
        return fail(bindings.error());
    const std::string tenant = model::trimmedTenantId(cmd.parser().value(QStringLiteral("tenant")).toStdString());
    const bool activeOnly = cmd.parser().isSet(QStringLiteral("active"));
    const bool json = cmd.parser().isSet(QStringLiteral("json"));
    QJsonArray array;
    QString table = tr("ID") + QLatin1Char('\t') + tr("TENANT") + QLatin1Char('\t') + tr("POD") + QLatin1Char('\t')
                    + tr("ACTIVE") + QLatin1Char('\t') + tr("CREATED") + QLatin1Char('\n');
    for (const sched::Binding &b : bindings.value()) {
        if ((!tenant.empty() && !model::sameTenant(b.tenantId, tenant)) || (!podFilter.empty() && b.podId != podFilter) || (activeOnly && !b.active))
            continue;
        if (json) {
            array.append(apiBinding(b));
            continue;
        }
        const auto name = names.find(b.podId);
        table += QStringList{q(b.id), q(b.tenantId), name == names.end() ? q(b.podId) : q(name->second),
                             b.active ? tr("yes") : tr("no"), model::formatTrio2oTime(b.createdAtUs).left(19)}
                     .join(QLatin1Char('\t'))
                 + QLatin1Char('\n');
    }
    const QByteArray text = json ? QJsonDocument(QJsonObject{{QStringLiteral("pod_bindings"), array}}).toJson()
                                 : table.toUtf8();
    if (const model::Status s = writeOutput({}, text); !s)
        return fail(s.error());
    return finishRead(backend);
}

const SubcommandRegistration registration{"bindings", 41, QT_TRANSLATE_NOOP("Main", "List the tenant -> pod bindings"),
                                          &BindingsCommand::run};

} // namespace

} // namespace cli
