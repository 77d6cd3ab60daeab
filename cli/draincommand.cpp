// SPDX-License-Identifier: Apache-2.0
// drain: moves every tenant off a pod, inside its AZ and group, to the pods
// the scheduler chooses or to one named pod; optionally puts the pod into
// maintenance in the same transaction. One DrainOperation, as in the console.
//   trio2o-sched drain POD [--to POD] [--maintenance] [--dry-run] [--json] [--config FILE]

#include "changelistprinter.h"
#include "commandline.h"
#include "decisiontext.h"
#include "drainoperation.h"
#include "schedulerconfigjson.h"
#include "subcommand.h"
#include "terminal.h"

#include <QJsonDocument>

namespace cli {

namespace {

constexpr int kExitSomeStuck = 3;

QString q(const std::string &s) { return QString::fromStdString(s); }

class DrainCommand
{
    Q_DECLARE_TR_FUNCTIONS(DrainCommand)

public:
    static int run(const QStringList &args);

private:
    static model::Result<sched::SchedulerConfig> config(const QCommandLineParser &p);
    static int report(const model::DrainPreview &preview, bool dryRun, bool json, const model::Status &written);
};

// A pod of the state by id, else by name.
model::Result<std::string> podOf(const sched::CloudState &state, const QString &idOrName)
{
    const std::string key = idOrName.toStdString();
    if (const sched::Pod *p = state.findPod(key))
        return p->id;
    if (const sched::Pod *p = state.findPodByName(key))
        return p->id;
    return model::Error{CommandLine::tr("there is no pod with the id or name \"%1\"").arg(idOrName)};
}

model::Result<sched::SchedulerConfig> DrainCommand::config(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("config")))
        return sched::SchedulerConfig{};
    const auto data = readInput(p.value(QStringLiteral("config")));
    if (!data)
        return model::Error{data.error()};
    auto config = model::SchedulerConfigJson::parse(data.value());
    if (!config)
        return model::Error{tr("%1: %2").arg(p.value(QStringLiteral("config")), config.error())};
    return config;
}

int DrainCommand::report(const model::DrainPreview &preview, bool dryRun, bool json, const model::Status &written)
{
    const bool stuck = preview.list.count(model::TenantChange::Status::Stuck) > 0;
    if (json) {
        QJsonObject o = ChangeListPrinter::toJson(preview.list);
        o.insert(QStringLiteral("pod_id"), q(preview.pod.id));
        o.insert(QStringLiteral("pod_name"), q(preview.pod.name));
        o.insert(QStringLiteral("state"), q(std::string(sched::podStateKey(preview.podAfter.state))));
        o.insert(QStringLiteral("dry_run"), dryRun);
        o.insert(QStringLiteral("complete"), !dryRun && written.ok() && !stuck);
        if (!written)
            o.insert(QStringLiteral("error"), written.error());
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        if (preview.changesPod)
            out() << tr("Pod %1: %2 → %3%4").arg(q(preview.pod.name), model::DecisionText::podStateName(preview.pod.state),
                                                model::DecisionText::podStateName(preview.podAfter.state),
                                                dryRun ? tr(" (dry run)") : QString())
                  << "\n";
        ChangeListPrinter::printText(preview.list);
    }
    if (!written)
        return fail(written.error());
    if (stuck)
        err() << tr("Some tenants cannot move (see the reasons); the pod still has them.") << Qt::endl;
    return stuck ? kExitSomeStuck : 0;
}

int DrainCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("drain"),
                    tr("Moves every tenant bound to POD to another pod of its own AZ and group: the one the scheduler "
                       "chooses, or the pod --to names (refused when it is in another AZ or group). On a database it "
                       "is one transaction; on a live cloud an interrupted drain is finished by running it again. "
                       "Exit status 0 when all moved, 3 when some cannot move, 1 on errors."));
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("to"), tr("Move every tenant to this pod (id or name)."), tr("POD")},
        {QStringLiteral("maintenance"), tr("Put the pod into maintenance, in the same transaction.")},
        {QStringLiteral("dry-run"), tr("Only show what would move.")},
        {QStringLiteral("json"), tr("Print the result as JSON.")},
        {QStringLiteral("config"), tr("Scheduler configuration (JSON)."), tr("FILE")},
    });
    cmd.parser().addPositionalArgument(QStringLiteral("POD"), tr("The pod to drain (id or name)."));
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 1)
        return fail(tr("drain takes one POD (id or name)"));
    const auto schedulerConfig = config(cmd.parser());
    if (!schedulerConfig)
        return fail(schedulerConfig.error());
    auto backend = cmd.openBackend();
    if (!backend)
        return fail(backend.error());
    const auto state = waitFor(backend.value()->fetchState());
    if (!state)
        return fail(state.error());
    model::DrainRequest request;
    const auto pod = podOf(state.value(), positional.first());
    if (!pod)
        return fail(pod.error());
    request.podId = pod.value();
    if (cmd.parser().isSet(QStringLiteral("to"))) {
        const auto to = podOf(state.value(), cmd.parser().value(QStringLiteral("to")));
        if (!to)
            return fail(to.error());
        request.toPodId = to.value();
    }
    request.maintenance = cmd.parser().isSet(QStringLiteral("maintenance"));
    auto preview = model::DrainOperation::preview(state.value(), schedulerConfig.value(), request);
    if (!preview)
        return fail(preview.error());
    const bool dryRun = cmd.parser().isSet(QStringLiteral("dry-run"));
    const model::Status written = dryRun ? model::Status{} : model::DrainOperation::apply(*backend.value(), preview.value());
    return report(preview.value(), dryRun, cmd.parser().isSet(QStringLiteral("json")), written);
}

const SubcommandRegistration registration{"drain", 45,
                                          QT_TRANSLATE_NOOP("Main", "Move every tenant off a pod (optionally into maintenance)"),
                                          &DrainCommand::run};

} // namespace

} // namespace cli
