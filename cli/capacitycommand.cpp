// SPDX-License-Identifier: Apache-2.0
// capacity: when does each pod, and each AZ's pod group, run out.
//   trio2o-sched capacity [--az AZ] [--group G] [--horizon DAYS] [--window DAYS]
//                         [--vm-size vcpus=N,ram_mb=N,disk_gb=N] [--json|--csv|--text] [--out FILE]

#include "capacityreport.h"
#include "commandline.h"
#include "subcommand.h"
#include "terminal.h"
#include "timeformat.h"

namespace cli {

namespace {

class CapacityCommand
{
    Q_DECLARE_TR_FUNCTIONS(CapacityCommand)

public:
    static int run(const QStringList &args);

private:
    static model::Result<sched::Amounts> vmSize(const QString &text);
};

model::Result<sched::Amounts> CapacityCommand::vmSize(const QString &text)
{
    sched::Amounts size{};
    std::array<bool, sched::kResourceCount> seen{};
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kv = part.split(QLatin1Char('='));
        const auto res = kv.size() == 2 ? sched::resourceFromKey(kv[0].trimmed().toStdString()) : std::nullopt;
        bool ok = false;
        const qint64 n = kv.size() == 2 ? kv[1].trimmed().toLongLong(&ok) : 0;
        if (!res || !ok || n <= 0 || seen[std::size_t(*res)])
            return model::Error{tr("--vm-size: \"%1\" is not of the form vcpus=N,ram_mb=N,disk_gb=N with whole "
                                   "numbers above 0, each resource once").arg(part)};
        seen[std::size_t(*res)] = true;
        size[std::size_t(*res)] = n;
    }
    if (std::find(seen.begin(), seen.end(), false) != seen.end())
        return model::Error{tr("--vm-size needs vcpus, ram_mb and disk_gb, e.g. vcpus=2,ram_mb=4096,disk_gb=40")};
    return size;
}

int CapacityCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("capacity"),
                    tr("The capacity outlook: for each pod and resource the days until usage crosses the pod's "
                       "threshold (conservative: from the top of the trend's band; trend: on the line), and for "
                       "each AZ's pod group the date by which a new pod is needed."));
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("az"), tr("Only this AZ."), tr("AZ")},
        {QStringLiteral("group"), tr("Only this pod group (e.g. resource:gpu; \"\" for the general group)."), tr("G")},
        {QStringLiteral("horizon"), tr("Pods within this many days are at risk; a new pod's size lasts this long "
                                       "(default 90)."), tr("DAYS"), QStringLiteral("90")},
        {QStringLiteral("window"), tr("Fit the trend to the samples of this many last days (default 90)."), tr("DAYS"),
         QStringLiteral("90")},
        {QStringLiteral("vm-size"), tr("A typical VM, to count remaining capacity in VMs (default: measured from the "
                                       "history)."), tr("vcpus=N,ram_mb=N,disk_gb=N")},
        {QStringLiteral("json"), tr("Print JSON.")},
        {QStringLiteral("csv"), tr("Print CSV: one row per pod and resource.")},
        {QStringLiteral("text"), tr("Print text tables (the default).")},
        {QStringLiteral("out"), tr("Write to FILE instead of standard output."), tr("FILE")},
    });
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    const QCommandLineParser &p = cmd.parser();
    if (!p.positionalArguments().isEmpty())
        return fail(tr("capacity takes no arguments (see trio2o-sched capacity --help)"));
    if (int(p.isSet(QStringLiteral("json"))) + int(p.isSet(QStringLiteral("csv"))) + int(p.isSet(QStringLiteral("text"))) > 1)
        return fail(tr("choose one of --json, --csv and --text"));
    const auto horizon = cmd.integer(QStringLiteral("horizon"), 1, 3650);
    const auto window = cmd.integer(QStringLiteral("window"), 3, 3650);
    for (const auto *r : {&horizon, &window})
        if (!r->ok())
            return fail(r->error());
    sched::outlook::OutlookOptions options;
    options.nowUs = model::nowMicroseconds();
    options.horizonDays = double(horizon.value());
    options.windowDays = double(window.value());
    if (p.isSet(QStringLiteral("vm-size"))) {
        const auto size = vmSize(p.value(QStringLiteral("vm-size")));
        if (!size)
            return fail(size.error());
        options.vmSize = size.value();
    }
    auto backend = cmd.openBackend();
    if (!backend)
        return fail(backend.error());
    const auto state = waitFor(backend.value()->fetchState());
    if (!state)
        return fail(state.error());
    const auto outlook = sched::outlook::computeOutlook(state.value(), options);
    model::CapacityView view{state.value(), outlook, options, p.value(QStringLiteral("az")),
                             p.value(QStringLiteral("group")), p.isSet(QStringLiteral("group"))};
    QByteArray bytes;
    if (p.isSet(QStringLiteral("json")))
        bytes = model::CapacityReport::json(view, true);
    else if (p.isSet(QStringLiteral("csv")))
        bytes = model::CapacityReport::csv(view).toUtf8();
    else
        bytes = model::CapacityReport::text(view).toUtf8();
    if (model::Status s = writeOutput(p.value(QStringLiteral("out")), bytes); !s)
        return fail(s.error());
    return finishRead(*backend.value());
}

const SubcommandRegistration registration{"capacity", 31,
                                          QT_TRANSLATE_NOOP("Main", "When each pod and each AZ's pod group runs out"),
                                          &CapacityCommand::run};

} // namespace

} // namespace cli
