// SPDX-License-Identifier: Apache-2.0
// import and export: the whole state as JSON in the Trio2o API's shapes.

#include "commandline.h"
#include "importrepair.h"
#include "timeformat.h"
#include "subcommand.h"
#include "statejsoncodec.h"
#include "terminal.h"

namespace cli {

namespace {

class StateTransfer
{
    Q_DECLARE_TR_FUNCTIONS(StateTransfer)

public:
    static int import(const QStringList &args);
    static int exportState(const QStringList &args);
};

int StateTransfer::import(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("import"),
                    tr("Imports a JSON state file ({\"pods\": [...], \"pod_bindings\": [...]}, as GET /pods and "
                       "GET /bindings of a Trio2o answer) into the database, in one transaction."));
    cmd.addStoreOptions();
    cmd.parser().addOption({QStringLiteral("replace"), tr("Replace the pods and bindings already in the database.")});
    cmd.parser().addOption({QStringLiteral("repair"),
                            tr("Import a dump with the anomalies a real Trio2o can hold, repaired: of a tenant's "
                               "bindings in one AZ and group the lowest pod_id stays active and the others end; "
                               "bindings to missing pods and a second top region are left out. Every repair is "
                               "listed.")});
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The JSON file, or - for standard input."));
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (cmd.parser().positionalArguments().size() != 1)
        return fail(tr("import takes exactly one FILE (see trio2o-sched import --help)"));
    const QString file = cmd.parser().positionalArguments().constFirst();

    const auto data = readInput(file);
    if (!data)
        return fail(data.error());
    const auto state = model::StateJsonCodec::parse(data.value());
    if (!state)
        return fail(tr("%1: %2").arg(file, state.error()));
    const model::ImportRepair check(state.value());
    const bool repair = cmd.parser().isSet(QStringLiteral("repair"));
    if (!check.clean() && !repair)
        return fail(tr("%1 holds %n anomaly(ies) a real Trio2o can leave behind; nothing was imported "
                       "(--repair imports it repaired, listing every repair):\n  %2",
                       nullptr, int(check.anomalies().size()))
                        .arg(file, check.anomalies().join(QStringLiteral("\n  "))));
    QStringList repairs;
    const sched::CloudState toStore = check.clean() ? state.value() : check.repaired(model::nowMicroseconds(), repairs);
    if (const auto stored = cmd.replaceStoredState(toStore); !stored)
        return fail(tr("%1: %2").arg(file, stored.error()));
    for (const QString &line : std::as_const(repairs))
        out() << tr("Repaired: %1").arg(line) << Qt::endl;
    err() << tr("Imported %1 and %2.")
                 .arg(tr("%n pod(s)", nullptr, int(toStore.pods.size())),
                      tr("%n binding(s)", nullptr, int(toStore.bindings.size())))
          << Qt::endl;
    return 0;
}

int StateTransfer::exportState(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("export"), tr("Writes the whole state of the database or remote cloud as JSON."));
    cmd.addBackendOptions();
    cmd.parser().addOption({QStringLiteral("out"), tr("Write to FILE instead of standard output."), tr("FILE")});
    cmd.parser().addOption({QStringLiteral("indent"), tr("Indent the JSON for people to read (default: compact).")});
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("export takes no arguments (see trio2o-sched export --help)"));
    auto backend = cmd.openBackend();
    if (!backend)
        return fail(backend.error());
    const auto state = waitFor(backend.value()->fetchState());
    if (!state)
        return fail(state.error());
    const QByteArray json = model::StateJsonCodec::serialize(state.value(), cmd.parser().isSet(QStringLiteral("indent")));
    if (model::Status s = writeOutput(cmd.parser().value(QStringLiteral("out")), json); !s)
        return fail(s.error());
    return finishRead(*backend.value());
}

} // namespace

namespace {
const SubcommandRegistration importCommand{"import", 10, QT_TRANSLATE_NOOP("Main", "Import a JSON state file into the database"),
                                           &StateTransfer::import};
const SubcommandRegistration exportCommand{"export", 11, QT_TRANSLATE_NOOP("Main", "Write the database's state as JSON"),
                                           &StateTransfer::exportState};
} // namespace

} // namespace cli
