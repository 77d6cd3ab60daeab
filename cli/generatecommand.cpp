// SPDX-License-Identifier: Apache-2.0
// generate: a deterministic synthetic cloud of any size, for tests and benchmarks.

#include "cloudgenerator.h"
#include "historygenerator.h"
#include "commandline.h"
#include "statejsoncodec.h"
#include "subcommand.h"
#include "terminal.h"
#include "timeformat.h"

namespace cli {

namespace {

class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static int run(const QStringList &args);

private:
    static model::Result<sched::GeneratorParams> params(const CommandLine &cmd);
};

model::Result<sched::GeneratorParams> GenerateCommand::params(const CommandLine &cmd)
{
    sched::GeneratorParams p;
    const auto azs = cmd.integer(QStringLiteral("azs"), 1, 10'000);
    const auto pods = cmd.integer(QStringLiteral("pods"), 1, 1'000'000);
    const auto tenants = cmd.integer(QStringLiteral("tenants"), 0, 100'000'000);
    const auto seed = cmd.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max());
    for (const auto *r : {&azs, &pods, &tenants, &seed})
        if (!r->ok())
            return model::Error{r->error()};
    if (pods.value() < azs.value())
        return model::Error{tr("--pods (%1) must be at least --azs (%2): every AZ needs a pod").arg(pods.value()).arg(azs.value())};
    p.azs = std::uint32_t(azs.value());
    p.podsTotal = std::uint32_t(pods.value());
    p.tenants = std::uint32_t(tenants.value());
    p.seed = std::uint64_t(seed.value());
    return p;
}

int GenerateCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("generate"),
                    tr("Writes a synthetic cloud as JSON (the import format): the same numbers and seed always "
                       "give the same cloud. With --db, imports it into that database instead."));
    cmd.addStoreOptions();
    cmd.parser().addOptions({
        {QStringLiteral("azs"), tr("Number of availability zones (default 3)."), tr("A"), QStringLiteral("3")},
        {QStringLiteral("pods"), tr("Number of bottom pods, spread over the AZs (default 10)."), tr("P"), QStringLiteral("10")},
        {QStringLiteral("tenants"), tr("Number of tenants (default 60)."), tr("T"), QStringLiteral("60")},
        {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S"), QStringLiteral("1")},
        {QStringLiteral("history"), tr("Also a usage history of DAYS daily samples per pod, ending today at 00:00 UTC "
                                       "(default 0: none)."), tr("DAYS"), QStringLiteral("0")},
        {QStringLiteral("out"), tr("Write the JSON to FILE instead of standard output."), tr("FILE")},
        {QStringLiteral("replace"), tr("With --db: replace what the database holds.")},
        {QStringLiteral("indent"), tr("Indent the JSON for people to read (default: compact).")},
    });
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("generate takes no arguments (see trio2o-sched generate --help)"));
    const auto p = params(cmd);
    if (!p)
        return fail(p.error());
    sched::CloudState cloud = sched::generateCloud(p.value());
    const auto days = cmd.integer(QStringLiteral("history"), 0, 3650);
    if (!days)
        return fail(days.error());
    if (days.value() > 0) {
        // Today's midnight: the same cloud all day long, a history that ends now.
        constexpr std::int64_t day = 86'400'000'000;
        const std::int64_t today = model::nowMicroseconds() / day * day;
        sched::outlook::generateHistory(cloud, {std::uint32_t(days.value()), today, p.value().seed});
    }

    if (!cmd.parser().isSet(QStringLiteral("db"))) {
        const QByteArray json = model::StateJsonCodec::serialize(cloud, cmd.parser().isSet(QStringLiteral("indent")));
        const model::Status s = writeOutput(cmd.parser().value(QStringLiteral("out")), json);
        return s ? 0 : fail(s.error());
    }
    const auto stored = cmd.replaceStoredState(cloud);
    if (!stored)
        return fail(stored.error());
    err() << tr("Generated %1 and %2 into %3.")
                 .arg(tr("%n pod(s)", nullptr, int(cloud.pods.size())), tr("%n binding(s)", nullptr, int(cloud.bindings.size())),
                      stored.value())
          << Qt::endl;
    return 0;
}

const SubcommandRegistration registration{"generate", 12,
                                          QT_TRANSLATE_NOOP("Main", "Make a deterministic synthetic cloud of any size"),
                                          &GenerateCommand::run};

} // namespace

} // namespace cli
