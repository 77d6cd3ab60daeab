// SPDX-License-Identifier: Apache-2.0
// check: what the live cloud (or the database) holds that the console's rules
// forbid - a tenant bound twice in one AZ and group, bindings to a pod that no
// longer exists or to a top region, a second top region, a pod moved under its
// tenants since the last check (PodPlacements) - each with its repair; --repair applies them through CheckOperation, as the console does.
//   trio2o-sched check [--repair [--dry-run]] [--json] [--config FILE]

#include "changelistprinter.h"
#include "checkoperation.h"
#include "commandline.h"
#include "remotebackend.h"
#include "schedulerconfigjson.h"
#include "subcommand.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

namespace {

// Documented in trio2o-sched(1), EXIT STATUS.
constexpr int kExitInconsistent = 5;

QString q(const std::string &s) { return QString::fromStdString(s); }

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList &args);

private:
    static model::Result<sched::SchedulerConfig> config(const QCommandLineParser &p);
    static void printText(const model::CheckReport &report, bool repair, bool dryRun);
    static void printJson(const model::CheckReport &report, bool repair, bool dryRun, const model::Status &written);
};

model::Result<sched::SchedulerConfig> CheckCommand::config(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("config")))
        return sched::SchedulerConfig{};
    const auto data = readInput(p.value(QStringLiteral("config")));
    if (!data)
        return model::Error{data.error()};
    auto parsed = model::SchedulerConfigJson::parse(data.value());
    if (!parsed)
        return model::Error{tr("%1: %2").arg(p.value(QStringLiteral("config")), parsed.error())};
    return parsed;
}

void CheckCommand::printText(const model::CheckReport &report, bool repair, bool dryRun)
{
    if (report.clean()) {
        out() << tr("No inconsistencies found.") << Qt::endl;
        return;
    }
    out() << tr("%n inconsistency(ies) found:", nullptr, int(report.findings.size())) << "\n";
    int n = 0;
    for (const model::CheckFinding &f : report.findings) {
        out() << tr("%1. %2: %3").arg(++n).arg(model::CheckOperation::kindName(f.kind), f.text) << "\n";
        for (const QString &r : f.repairs)
            out() << "   " << (repair && !dryRun ? tr("repaired: %1") : tr("repair: %1")).arg(r) << "\n";
    }
    if (repair && !dryRun) {
        ChangeListPrinter::printText(report.changes);
        for (const std::string &pod : report.podsDeleted)
            out() << tr("Deleted the second top region %1.").arg(q(pod)) << "\n";
    } else {
        out() << (dryRun ? tr("Dry run: nothing was changed; trio2o-sched check --repair applies these repairs.")
                         : tr("trio2o-sched check --repair applies these repairs (--repair --dry-run shows them only)."))
              << "\n";
    }
    out().flush();
}

void CheckCommand::printJson(const model::CheckReport &report, bool repair, bool dryRun, const model::Status &written)
{
    QJsonArray findings, toDelete, deleted;
    for (const model::CheckFinding &f : report.findings)
        findings.append(model::CheckOperation::toJson(f));
    for (const std::string &pod : report.podsToDelete)
        toDelete.append(q(pod));
    for (const std::string &pod : report.podsDeleted)
        deleted.append(q(pod));
    QJsonObject o = ChangeListPrinter::toJson(report.changes);
    o.insert(QStringLiteral("clean"), report.clean());
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("pods_to_delete"), toDelete);
    o.insert(QStringLiteral("pods_deleted"), deleted);
    o.insert(QStringLiteral("dry_run"), dryRun || !repair);
    o.insert(QStringLiteral("repaired"), repair && !dryRun && written.ok() && !report.clean());
    if (!written)
        o.insert(QStringLiteral("error"), written.error());
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

int CheckCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("check"),
                    tr("Finds what the cloud holds that the console's rules forbid: a tenant bound twice in one AZ and "
                       "group, bindings to a pod that no longer exists or to a top region, a second top region, and on "
                       "a live cloud a pod whose AZ or group changed under bound tenants since the last check. Each "
                       "finding comes with its repair: the extra binding ends (the one with the lowest pod_id stays, "
                       "the binding upstream Trio2o treats as current), a binding that places its tenant nowhere ends "
                       "and a tenant left unbound goes to the scheduler's pod, a second top region is deleted, a moved "
                       "pod is accepted where it is now. "
                       "Exit status 0 when clean (or all repaired), 5 when inconsistencies remain, 1 on errors."));
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("repair"), tr("Apply the repairs (on a database in one transaction).")},
        {QStringLiteral("dry-run"), tr("With --repair: only show what would change.")},
        {QStringLiteral("json"), tr("Print the findings and repairs as JSON.")},
        {QStringLiteral("config"), tr("Scheduler configuration (JSON) for the pods orphaned tenants get."), tr("FILE")},
    });
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("check takes no arguments (see trio2o-sched check --help)"));
    const bool repair = cmd.parser().isSet(QStringLiteral("repair"));
    const bool dryRun = cmd.parser().isSet(QStringLiteral("dry-run"));
    if (dryRun && !repair)
        return fail(tr("--dry-run goes with --repair (check alone never changes anything)"));
    const auto schedulerConfig = config(cmd.parser());
    if (!schedulerConfig)
        return fail(schedulerConfig.error());
    auto backend = cmd.openBackend();
    if (!backend)
        return fail(backend.error());
    const auto state = waitFor(backend.value()->fetchState());
    if (!state)
        return fail(state.error());
    // On a live cloud: the pods' AZs and groups as last seen, for the pods moved under their tenants.
    const auto *remote = qobject_cast<const model::remote::RemoteBackend *>(backend.value().get());
    const QString placementsPath = remote ? model::PodPlacements::pathBeside(remote->stateFile()) : QString();
    const auto seen = model::PodPlacements::load(placementsPath);
    if (!seen)
        return fail(seen.error());
    model::CheckReport report = model::CheckOperation::preview(state.value(), schedulerConfig.value(),
                                                               seen.value() ? &*seen.value() : nullptr);
    const bool write = repair && !dryRun && !report.clean();
    model::Status written = write ? model::CheckOperation::apply(*backend.value(), report) : model::Status{};
    if (written && !dryRun) // a moved pod stays reported until --repair accepts it
        written = model::CheckOperation::remember(placementsPath, state.value(), report, write);
    if (cmd.parser().isSet(QStringLiteral("json")))
        printJson(report, repair, dryRun, written);
    else
        printText(report, repair, dryRun);
    if (!written)
        return fail(written.error());
    if (!report.clean() && !write)
        return kExitInconsistent;
    return finishRead(*backend.value());
}

const SubcommandRegistration registration{"check", 47,
                                          QT_TRANSLATE_NOOP("Main", "Find (and repair) what the cloud holds that the rules forbid"),
                                          &CheckCommand::run};

} // namespace

} // namespace cli
