// SPDX-License-Identifier: Apache-2.0
// log: the store's audit log, newest first.
//   trio2o-sched log [--tenant T] [--pod P] [--since TIME] [--kind K] [--limit N] [--json] [--db PATH]

#include "auditlogreader.h"
#include "commandline.h"
#include "databaselocation.h"
#include "subcommand.h"
#include "terminal.h"
#include "timeformat.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cli {

namespace {

class LogCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    static int run(const QStringList &args);
    // "30m", "12h", "7d" ago, or an ISO 8601 date or time (UTC unless it names a zone).
    static model::Result<std::int64_t> parseSince(const QString &text, std::int64_t nowUs);

private:
    static QString line(const model::AuditRecord &r);
};

model::Result<std::int64_t> LogCommand::parseSince(const QString &text, std::int64_t nowUs)
{
    static const QRegularExpression age(QStringLiteral("^(\\d{1,6})([mhd])$"));
    if (const QRegularExpressionMatch m = age.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : 86400;
        return nowUs - n * seconds * 1000 * 1000;
    }
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (day.isValid())
            at = day.startOfDay(Qt::UTC);
    }
    if (!at.isValid())
        return model::Error{tr("--since must be an ISO 8601 date or time (2026-12-07, 2026-12-07T08:00Z) or an age "
                               "(30m, 12h, 7d), not \"%1\"").arg(text)};
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // no zone named: UTC, as the log shows it
    return at.toMSecsSinceEpoch() * 1000;
}

QString LogCommand::line(const model::AuditRecord &r)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(r.atUs / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString pod = r.podName.isEmpty() ? r.podId : r.podName;
    QString text = tr("%1  %2  %3").arg(when, r.operatorName, r.kind);
    if (!pod.isEmpty())
        text += tr("  pod %1").arg(pod);
    if (!r.tenantId.isEmpty())
        text += tr("  tenant %1").arg(r.tenantId);
    if (!r.before.isEmpty() || !r.after.isEmpty())
        text += tr("  %1 → %2").arg(r.before.isEmpty() ? QStringLiteral("-") : r.before,
                                    r.after.isEmpty() ? QStringLiteral("-") : r.after);
    text += tr("  [%1: %2]").arg(r.operation, r.reason);
    if (r.cloud != QLatin1String("local"))
        text += tr("  cloud %1").arg(r.cloud);
    return text;
}

int LogCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("log"),
                    tr("Shows the store's audit log, newest first: every change made through the console or "
                       "trio2o-sched (bindings created, ended or moved, pods created, edited or deleted, drains, "
                       "plans applied, imports), with its time (UTC), operator, cloud, before and after, and reason."));
    cmd.addStoreOptions();
    cmd.parser().addOptions({
        {QStringLiteral("tenant"), tr("Only the changes of tenant ID."), tr("ID")},
        {QStringLiteral("pod"), tr("Only the changes of the pod with this id or name."), tr("POD")},
        {QStringLiteral("since"), tr("Only changes at or after TIME: an ISO 8601 date or time (UTC unless it names a "
                                     "zone), or an age such as 30m, 12h or 7d."), tr("TIME")},
        {QStringLiteral("kind"), tr("Only changes of this kind or operation (binding-created, binding-ended, "
                                    "binding-moved, pod-created, pod-edited, pod-deleted, import, drain, "
                                    "plan-applied, rebind, schedule, undo, manual)."), tr("KIND")},
        {QStringLiteral("limit"), tr("At most N changes (default 1000; 0: all)."), tr("N")},
        {QStringLiteral("json"), tr("Print JSON: {\"changes\": [...]}.")},
    });
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    if (!cmd.parser().positionalArguments().isEmpty())
        return fail(tr("log takes no arguments (see trio2o-sched log --help)"));
    model::AuditFilter filter;
    filter.tenantId = cmd.parser().value(QStringLiteral("tenant")).trimmed();
    filter.pod = cmd.parser().value(QStringLiteral("pod"));
    filter.kind = cmd.parser().value(QStringLiteral("kind"));
    if (cmd.parser().isSet(QStringLiteral("since"))) {
        const auto since = parseSince(cmd.parser().value(QStringLiteral("since")), model::nowMicroseconds());
        if (!since)
            return fail(since.error());
        filter.sinceUs = since.value();
    }
    if (cmd.parser().isSet(QStringLiteral("limit"))) {
        const auto limit = cmd.integer(QStringLiteral("limit"), 0, 100000000);
        if (!limit)
            return fail(limit.error());
        filter.limit = int(limit.value());
    }
    // Reading never creates a database: a mistyped path is an error.
    if (!model::DatabaseLocation::looksLikeUrl(cmd.databasePath()) && !QFileInfo::exists(cmd.databasePath()))
        return fail(tr("there is no database at %1 (check --db)").arg(QDir::toNativeSeparators(cmd.databasePath())));
    auto store = cmd.openStore();
    if (!store)
        return fail(store.error());
    const auto rows = model::AuditLogReader::read(store.value()->database(), filter);
    if (!rows)
        return fail(rows.error());
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const model::AuditRecord &r : rows.value())
            array.append(model::AuditLogReader::toJson(r));
        const model::Status s = writeOutput({}, QJsonDocument(QJsonObject{{QStringLiteral("changes"), array}}).toJson());
        return s ? 0 : fail(s.error());
    }
    for (const model::AuditRecord &r : rows.value())
        out() << line(r) << Qt::endl;
    if (rows->empty())
        err() << tr("No change recorded in %1 matches.").arg(store.value()->location()) << Qt::endl;
    return 0;
}

const SubcommandRegistration registration{"log", 34, QT_TRANSLATE_NOOP("Main", "Show the audit log of the store"),
                                          &LogCommand::run};

} // namespace

} // namespace cli
