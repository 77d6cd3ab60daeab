// SPDX-License-Identifier: Apache-2.0
// history: how the store keeps the usage history the capacity outlook reads.
//   trio2o-sched history [--interval HOURS] [--retention DAYS] [--db PATH]

#include "commandline.h"
#include "subcommand.h"
#include "terminal.h"
#include "usagehistoryrows.h"

#include <QSqlError>

namespace cli {

namespace {

class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(const QStringList &args);
};

int HistoryCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("history"),
                    tr("Shows or sets how the store keeps the usage history (the capacity outlook's input): at most "
                       "one sample per pod per interval while its usage is unchanged, kept for the retention, thinned "
                       "to one a day after a quarter of it. Everyone using the store shares these settings."));
    cmd.addStoreOptions();
    cmd.parser().addOptions({
        {QStringLiteral("interval"), tr("At most one sample per pod every HOURS while unchanged (default 1)."), tr("HOURS")},
        {QStringLiteral("retention"), tr("Keep samples for DAYS (default 400)."), tr("DAYS")},
    });
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("history takes no arguments (see trio2o-sched history --help)"));
    auto store = cmd.openStore();
    if (!store)
        return fail(store.error());
    QSqlDatabase db = store.value()->database();
    auto policy = model::UsageHistoryRows::policy(db);
    if (!policy)
        return fail(policy.error());
    const bool setInterval = cmd.parser().isSet(QStringLiteral("interval"));
    const bool setRetention = cmd.parser().isSet(QStringLiteral("retention"));
    if (setInterval || setRetention) {
        const auto interval = setInterval ? cmd.integer(QStringLiteral("interval"), 1, 24 * 366) : model::Result<qint64>(0);
        const auto retention = setRetention ? cmd.integer(QStringLiteral("retention"), 7, 36500) : model::Result<qint64>(0);
        for (const auto *r : {&interval, &retention})
            if (!r->ok())
                return fail(r->error());
        if (setInterval)
            policy->intervalUs = interval.value() * 3600LL * 1000 * 1000;
        if (setRetention)
            policy->retentionDays = int(retention.value());
        if (!db.transaction())
            return fail(tr("cannot change %1: %2").arg(store.value()->location(), db.lastError().text()));
        if (model::Status s = model::UsageHistoryRows::setPolicy(db, policy.value()); !s || !db.commit()) {
            db.rollback();
            return fail(tr("cannot change %1: %2").arg(store.value()->location(), s ? db.lastError().text() : s.error()));
        }
    }
    const qint64 hours = policy->intervalUs / (3600LL * 1000 * 1000);
    out() << tr("Usage history of %1:").arg(store.value()->location()) << Qt::endl
          << tr("  at most one sample per pod every %n hour(s) while its usage is unchanged", nullptr, int(hours)) << Qt::endl
          << tr("  kept for %n day(s), thinned to one a day after %1 days", nullptr, policy->retentionDays)
                 .arg(policy->retentionDays / 4)
          << Qt::endl;
    return 0;
}

const SubcommandRegistration registration{"history", 32,
                                          QT_TRANSLATE_NOOP("Main", "Show or set how the usage history is kept"),
                                          &HistoryCommand::run};

} // namespace

} // namespace cli
