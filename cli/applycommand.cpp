// SPDX-License-Identifier: Apache-2.0
// apply: applies a plan saved by `whatif --plan` (or the What-if tab) to the
// database or a live cloud. One PlanApplyOperation, as in the console: every
// operation is checked before anything is written; on a database the plan is
// one transaction, on a live cloud running it again finishes an interrupted one.
//   trio2o-sched apply PLAN [--dry-run] [--json]

#include "changelistprinter.h"
#include "commandline.h"
#include "planapplyoperation.h"
#include "planjson.h"
#include "subcommand.h"
#include "terminal.h"

#include <QJsonDocument>

namespace cli {

namespace {

class ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    static int run(const QStringList &args);

private:
    static int report(const model::PlanPreview &preview, bool dryRun, bool json, const model::Status &written);
};

int ApplyCommand::report(const model::PlanPreview &preview, bool dryRun, bool json, const model::Status &written)
{
    if (json) {
        QJsonObject o = ChangeListPrinter::toJson(preview.list);
        o.insert(QStringLiteral("policy"), preview.policyName);
        o.insert(QStringLiteral("invented_tenants"), preview.inventedTenants);
        o.insert(QStringLiteral("dry_run"), dryRun);
        o.insert(QStringLiteral("complete"), !dryRun && written.ok());
        if (!written)
            o.insert(QStringLiteral("error"), written.error());
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        ChangeListPrinter::printText(preview.list);
        if (preview.inventedTenants > 0)
            out() << tr("The plan creates %n tenant(s) the cloud never had (invented by the what-if scenario).", nullptr,
                        preview.inventedTenants)
                  << Qt::endl;
    }
    return written ? 0 : fail(written.error());
}

int ApplyCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("apply"),
                    tr("Applies a saved what-if plan (whatif --plan FILE) to the database or a live cloud. Every "
                       "operation is checked first; a bad one refuses the whole plan, naming its index and field. On a "
                       "database the plan is one transaction; on a live cloud an interrupted apply is finished by "
                       "running it again (operations already done are skipped)."));
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("dry-run"), tr("Only check the plan and show what would change.")},
        {QStringLiteral("json"), tr("Print the result as JSON.")},
    });
    cmd.parser().addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file (JSON)."));
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 1)
        return fail(tr("apply takes one PLAN file"));
    const auto plan = model::PlanJson::readFile(positional.first());
    if (!plan)
        return fail(plan.error());
    auto backend = cmd.openBackend();
    if (!backend)
        return fail(backend.error());
    const auto state = waitFor(backend.value()->fetchState());
    if (!state)
        return fail(state.error());
    auto preview = model::PlanApplyOperation::preview(state.value(), plan.value());
    if (!preview)
        return fail(tr("%1: %2").arg(positional.first(), preview.error()));
    const bool dryRun = cmd.parser().isSet(QStringLiteral("dry-run"));
    const model::Status written = dryRun ? model::Status{} : model::PlanApplyOperation::apply(*backend.value(), preview.value());
    return report(preview.value(), dryRun, cmd.parser().isSet(QStringLiteral("json")), written);
}

const SubcommandRegistration registration{"apply", 46, QT_TRANSLATE_NOOP("Main", "Apply a saved what-if plan"),
                                          &ApplyCommand::run};

} // namespace

} // namespace cli
