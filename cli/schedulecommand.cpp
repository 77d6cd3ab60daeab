// SPDX-License-Identifier: Apache-2.0
// schedule: one scheduling decision for a tenant, explained on request, stored
// unless it is a dry run or made on a state file.

#include "checkoperation.h"
#include "commandline.h"
#include "decisionprinter.h"
#include "engine.h"
#include "rebindoperation.h"
#include "schedulerequest.h"
#include "statejsoncodec.h"
#include "statevalidator.h"
#include "subcommand.h"
#include "terminal.h"

#include <QJsonDocument>

namespace cli {

namespace {

constexpr int kExitSchedulingFailed = 3;
constexpr int kExitBoundTwice = 5; // trio2o-sched(1): refused while the tenant is bound twice

class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    static int run(const QStringList &args);

private:
    static model::Result<sched::CloudState> loadState(const ScheduleOptions &o, model::Backend *backend);
    static model::Status persist(sched::Engine &engine, const sched::CloudState &state, model::Backend &backend);
};

model::Result<sched::CloudState> ScheduleCommand::loadState(const ScheduleOptions &o, model::Backend *backend)
{
    if (!backend) {
        const auto data = readInput(o.statePath);
        if (!data)
            return model::Error{data.error()};
        auto state = model::StateJsonCodec::parse(data.value());
        if (!state)
            return model::Error{tr("%1: %2").arg(o.statePath, state.error())};
        if (model::Status s = model::StateValidator::validate(state.value()); !s)
            return model::Error{tr("%1: %2").arg(o.statePath, s.error())};
        return state;
    }
    return waitFor(backend->fetchState());
}

// The engine's changes, written as the console writes them (ScheduleOperation).
model::Status ScheduleCommand::persist(sched::Engine &engine, const sched::CloudState &state, model::Backend &backend)
{
    auto changes = model::ScheduleOperation::fromEngine(engine, state);
    if (!changes)
        return model::Error{changes.error()};
    return model::ScheduleOperation::apply(backend, changes.value());
}

int ScheduleCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("schedule"),
                    tr("Runs one scheduling decision for a tenant: keep its binding, bind, rebind, or fail with the "
                       "reason. Exit status 0 for keep, bind and rebind, 3 when scheduling fails, 1 for bad input."));
    cmd.addBackendOptions();
    ScheduleOptionsParser::addOptions(cmd.parser());
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("schedule takes no arguments (see trio2o-sched schedule --help)"));
    const auto options = ScheduleOptionsParser::read(cmd.parser());
    if (!options)
        return fail(options.error());
    const ScheduleOptions &o = options.value();

    std::unique_ptr<model::Backend> backend;
    if (o.statePath.isEmpty()) {
        auto opened = cmd.openBackend();
        if (!opened)
            return fail(opened.error());
        backend = std::move(opened).value();
    }
    const auto state = loadState(o, backend.get());
    if (!state)
        return fail(state.error());

    // Bound twice where the request goes: which binding is current would be a guess.
    if (const model::Status twice = model::CheckOperation::refuseWhileBoundTwice(
            state.value(), o.tenant.toStdString(), o.az.toStdString(), sched::groupKey(o.group));
        !twice)
        return fail(twice.error(), kExitBoundTwice);
    sched::Engine engine(state.value(), o.config);
    sched::Request request{o.tenant.toStdString(), o.az.toStdString(), o.group, o.size, {}, std::nullopt};
    const sched::ResolveResult resolved = engine.resolve(request);
    if (!resolved.ok())
        return fail(tr("the request is not valid (tenant, AZ or group)"));
    std::optional<sched::Explanation> explanation;
    if (o.explain)
        explanation = engine.explain(resolved.request);
    const bool store = backend && !o.dryRun;
    const sched::Decision decision = store ? engine.select(resolved.request) : engine.preview(resolved.request);
    if (store) {
        if (model::Status s = persist(engine, state.value(), *backend); !s)
            return fail(tr("the decision could not be stored: %1").arg(s.error()));
    }

    const DecisionPrinter printer(engine, decision, explanation);
    if (o.json)
        out() << QString::fromUtf8(QJsonDocument(printer.toJson()).toJson(QJsonDocument::Indented));
    else
        out() << printer.toText();
    out().flush();
    if (decision.outcome == sched::Outcome::Fail)
        return kExitSchedulingFailed;
    return backend ? finishRead(*backend) : 0; // decided on a snapshot: say so
}

const SubcommandRegistration registration{"schedule", 20,
                                          QT_TRANSLATE_NOOP("Main", "Run one scheduling decision for a tenant"),
                                          &ScheduleCommand::run};

} // namespace

} // namespace cli
