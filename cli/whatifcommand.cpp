// SPDX-License-Identifier: Apache-2.0
// whatif: replay a what-if scenario on a copy of a cloud state and report
// what would happen, without touching the source.

#include "commandline.h"
#include "planjson.h"
#include "reportcsv.h"
#include "reportjson.h"
#include "reporttext.h"
#include "scenariofilerun.h"
#include "subcommand.h"
#include "terminal.h"
#include "whatifrun.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {

std::atomic<bool> g_cancel{false};

extern "C" void onInterrupt(int) { g_cancel.store(true); }

// SIGINT sets the cancel flag while it lives; the previous handler comes back after.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_cancel = false;
        struct sigaction action = {};
        action.sa_handler = &onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previous);
    }
    ~InterruptGuard() { sigaction(SIGINT, &m_previous, nullptr); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_previous = {};
};

class WhatIfCommand
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    static int run(const QStringList &args);

private:
    static void setUp(CommandLine &cmd);
    static model::Result<QString> format(CommandLine &cmd);
    static model::Result<model::ExpansionLimits> limits(CommandLine &cmd);
    static model::Result<whatif::RunResult> replay(const QString &path, const model::ScenarioLoader::CurrentState &current,
                                                   const model::ExpansionLimits &limits, bool progressLines);
    static int write(CommandLine &cmd, const QString &format, const whatif::RunResult &result);
};

void WhatIfCommand::setUp(CommandLine &cmd)
{
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("json"), tr("Write the report as JSON.")},
        {QStringLiteral("csv"), tr("Write the binding changes and failures as CSV.")},
        {QStringLiteral("text"), tr("Write a readable summary (the default).")},
        {QStringLiteral("out"), tr("Write the report to FILE instead of standard output."), tr("FILE")},
        {QStringLiteral("pods-csv"),
         tr("Also write every pod before and after (state, VMs, tenants, and per resource capacity, limit, used and "
            "percent) as CSV to FILE."),
         tr("FILE")},
        {QStringLiteral("series-csv"),
         tr("Also write the sampled series (one row per sample and pod: usage, VMs, tenants, state) as CSV to FILE."),
         tr("FILE")},
        {QStringLiteral("plan"), tr("Also save the binding changes as a plan (JSON) to FILE."), tr("FILE")},
        {QStringLiteral("compact"), tr("Write the JSON report and the plan without indentation (smaller, quicker "
                                       "for big runs).")},
        {QStringLiteral("progress"), tr("Print the replay's progress to standard error, one line each time, even "
                                        "when it is not a terminal (the first line also says Ctrl-C is armed).")},
        {QStringLiteral("max-requests"),
         tr("Refuse scenarios whose events ask for more than N VM requests in all (default %1).")
             .arg(model::ExpansionLimits::kDefaultRequests),
         tr("N")},
        {QStringLiteral("max-tenants"),
         tr("Refuse scenarios whose name patterns expand to more than N tenant names in all (default %1).")
             .arg(model::ExpansionLimits::kDefaultTenants),
         tr("N")},
    });
    cmd.parser().addPositionalArgument(QStringLiteral("SCENARIO"), tr("The scenario file (JSON)."));
}

model::Result<QString> WhatIfCommand::format(CommandLine &cmd)
{
    QStringList chosen;
    for (const QString &f : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("text")})
        if (cmd.parser().isSet(f))
            chosen << f;
    if (chosen.size() > 1)
        return model::Error{tr("choose one of --json, --csv and --text")};
    return chosen.value(0, QStringLiteral("text"));
}

model::Result<model::ExpansionLimits> WhatIfCommand::limits(CommandLine &cmd)
{
    model::ExpansionLimits out;
    const auto read = [&cmd](const QString &name, std::uint64_t &value) -> model::Status {
        if (!cmd.parser().isSet(name))
            return {};
        bool ok = false;
        const qulonglong n = cmd.parser().value(name).toULongLong(&ok);
        if (!ok || n == 0)
            return model::Error{tr("--%1 must be a whole number above 0, not \"%2\"").arg(name, cmd.parser().value(name))};
        value = n;
        return {};
    };
    if (model::Status s = read(QStringLiteral("max-requests"), out.requests); !s)
        return model::Error{s.error()};
    if (model::Status s = read(QStringLiteral("max-tenants"), out.tenants); !s)
        return model::Error{s.error()};
    return out;
}

// Reads and replays (the events are replayed while the file is read, where
// the scenario allows: ScenarioFileRun); Ctrl-C stops either.
model::Result<whatif::RunResult> WhatIfCommand::replay(const QString &path,
                                                       const model::ScenarioLoader::CurrentState &current,
                                                       const model::ExpansionLimits &limits, bool progressLines)
{
    const bool tty = !progressLines && isatty(fileno(stderr)) != 0;
    whatif::RunOptions options;
    options.cancel = &g_cancel;
    if (tty) {
        options.progress = [](std::uint64_t done, std::uint64_t total) {
            err() << '\r' << tr("Replaying: %1%").arg(total ? done * 100 / total : 100) << Qt::flush;
        };
    } else if (progressLines) {
        options.progress = [](std::uint64_t done, std::uint64_t total) {
            err() << tr("Replaying: %1% (Ctrl-C stops)").arg(total ? done * 100 / total : 100) << '\n' << Qt::flush;
        };
    }
    InterruptGuard guard; // installed before the first progress report
    auto result = model::ScenarioFileRun::run(path, current, limits, options);
    if (tty)
        err() << '\r' << QString(30, QLatin1Char(' ')) << '\r' << Qt::flush;
    return result;
}

int WhatIfCommand::write(CommandLine &cmd, const QString &format, const whatif::RunResult &result)
{
    const bool json = format == QLatin1String("json"); // written to the file as it is made
    const bool compact = cmd.parser().isSet(QStringLiteral("compact"));
    QByteArray report;
    if (format == QLatin1String("csv"))
        report = model::ReportCsv::serialize(result.reports.at(0));
    else if (!json)
        report = model::ReportText::format(result).toUtf8();
    if (cmd.parser().isSet(QStringLiteral("plan"))) {
        const QByteArray plan = model::PlanJson::serialize(whatif::makePlan(result.reports.at(0)), compact);
        if (model::Status s = writeOutput(cmd.parser().value(QStringLiteral("plan")), plan); !s)
            return fail(s.error());
    }
    const std::pair<QString, QByteArray (*)(const whatif::Report &)> tables[] = {
        {QStringLiteral("pods-csv"), &model::ReportCsv::pods}, {QStringLiteral("series-csv"), &model::ReportCsv::series}};
    for (const auto &[option, serialize] : tables) {
        if (!cmd.parser().isSet(option))
            continue;
        if (model::Status s = writeOutput(cmd.parser().value(option), serialize(result.reports.at(0))); !s)
            return fail(s.error());
    }
    const QString target = cmd.parser().value(QStringLiteral("out"));
    const model::Status written =
        json ? writeOutput(target, [&](const model::AtomicFileWriter::Sink &sink) { model::ReportJson::write(result, compact, sink); })
             : writeOutput(target, report);
    if (!written)
        return fail(written.error());
    return 0;
}

int WhatIfCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("whatif"),
                    tr("Replays a what-if scenario (pods going into maintenance, bursts of VMs, new pods...) on a "
                       "copy of a cloud state and reports who would be rebound where, which pods fill up and which "
                       "requests fail. The base named by the scenario is never written; \"current\" means the "
                       "cloud given by --db or --remote. See docs/scenario-format.md."));
    setUp(cmd);
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (cmd.parser().positionalArguments().size() != 1)
        return fail(tr("whatif takes exactly one SCENARIO file (see trio2o-sched whatif --help)"));
    const auto chosen = format(cmd);
    if (!chosen)
        return fail(chosen.error());
    for (const QString &option : {QStringLiteral("pods-csv"), QStringLiteral("series-csv")}) {
        const QString path = cmd.parser().value(option);
        if (cmd.parser().isSet(option) && (path.isEmpty() || path == QLatin1String("-")))
            return fail(tr("--%1 needs a file name (standard output carries the report)").arg(option));
    }
    std::unique_ptr<model::Backend> base; // the cloud of "current", when the scenario names it
    const auto current = [&cmd, &base]() -> model::Result<sched::CloudState> {
        auto backend = cmd.openBackend();
        if (!backend)
            return model::Error{backend.error()};
        base = std::move(backend).value();
        return waitFor(base->fetchState());
    };
    const auto expansion = limits(cmd);
    if (!expansion)
        return fail(expansion.error());
    const auto replayed = replay(cmd.parser().positionalArguments().constFirst(), current, expansion.value(),
                                 cmd.parser().isSet(QStringLiteral("progress")));
    if (!replayed)
        return fail(replayed.error());
    const whatif::RunResult &result = replayed.value();
    if (result.cancelled)
        return fail(tr("interrupted: replay stopped between events, nothing was written"), 130);
    const int written = write(cmd, chosen.value(), result);
    return written == 0 && base ? finishRead(*base) : written;
}

const SubcommandRegistration registration{"whatif", 30,
                                          QT_TRANSLATE_NOOP("Main", "Replay a what-if scenario on a copy of the state"),
                                          &WhatIfCommand::run};

} // namespace

} // namespace cli
