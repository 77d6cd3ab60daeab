// SPDX-License-Identifier: Apache-2.0
#include "usagehistoryrows.h"

#include "sqlitehandle.h"
#include "storerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <set>
#include <span>
#include <string_view>

namespace model {

namespace {

constexpr const char *kColumns = "pod_id, at, vcpus, ram_mb, disk_gb, running_vms";
constexpr int kRowsPerStatement = 1000; // 6,000 parameters, far below PostgreSQL's 65,535

struct HistoryRow {
    const std::string *pod;
    const sched::UsageSample *sample;
};

std::vector<HistoryRow> historyRows(const sched::CloudState &state)
{
    std::vector<HistoryRow> rows;
    for (const auto &[podId, history] : state.usageHistory)
        for (const sched::UsageSample &u : history)
            rows.push_back({&podId, &u});
    return rows;
}

// SQLite's own API, many rows per statement: one statement per row spent a
// third of the insert starting and ending statements (perf, 400,000 samples).
constexpr int kSqliteRowsPerStatement = 100; // 600 parameters, below SQLite's oldest limit of 999

// An INSERT of `rows` rows; null with the reason in `error` when SQLite refuses it.
SqliteStatement prepareInsert(sqlite3 *handle, int rows, QString *error)
{
    QByteArray sql = QByteArrayLiteral("INSERT INTO usage_history (") + kColumns + ") VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?,?,?)" : "(?,?,?,?,?,?)";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return SqliteStatement(raw);
}

void bindRow(sqlite3_stmt *raw, int first, const HistoryRow &r)
{
    const auto bind = [&](int i, const std::optional<std::int64_t> &v) {
        v ? sqlite3_bind_int64(raw, first + i, *v) : sqlite3_bind_null(raw, first + i);
    };
    sqlite3_bind_text(raw, first, r.pod->data(), int(r.pod->size()), SQLITE_STATIC);
    sqlite3_bind_int64(raw, first + 1, r.sample->atUs);
    for (int i = 0; i < int(sched::kResourceCount); ++i)
        bind(2 + i, r.sample->used[std::size_t(i)]);
    bind(5, r.sample->runningVms);
}

// Rows one at a time: the rest of a chunk, and a chunk that failed, to name the row at fault.
Status insertEach(sqlite3 *handle, sqlite3_stmt *one, std::span<const HistoryRow> rows)
{
    for (const HistoryRow &r : rows) {
        bindRow(one, 1, r);
        if (sqlite3_step(one) != SQLITE_DONE) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_reset(one);
            return Error{UsageHistoryRows::tr("usage history of pod %1: %2").arg(StoreRows::str(*r.pod), why)};
        }
        sqlite3_reset(one);
    }
    return {};
}

QVariant optional(const std::optional<std::int64_t> &v) { return StoreRows::optionalValue(v); }

// The store's own pods, or a live cloud's (by cloud).
QString table(const QString &cloud)
{
    return cloud.isEmpty() ? QStringLiteral("usage_history") : QStringLiteral("cloud_usage_history");
}

Status insertSqlite(sqlite3 *handle, const sched::CloudState &state)
{
    const std::vector<HistoryRow> rows = historyRows(state);
    QString error;
    const SqliteStatement one = prepareInsert(handle, 1, &error);
    const SqliteStatement chunk = prepareInsert(handle, kSqliteRowsPerStatement, &error);
    if (!one || !chunk)
        return Error{error};
    const std::span<const HistoryRow> all(rows);
    std::size_t start = 0;
    for (; start + kSqliteRowsPerStatement <= rows.size(); start += kSqliteRowsPerStatement) {
        for (int i = 0; i < kSqliteRowsPerStatement; ++i)
            bindRow(chunk.get(), 1 + 6 * i, rows[start + std::size_t(i)]);
        const int rc = sqlite3_step(chunk.get());
        const QString why = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_reset(chunk.get());
        if (rc == SQLITE_DONE)
            continue;
        // A failed statement leaves nothing behind; row by row names the row at
        // fault. Unless SQLite gave up the whole transaction (a full disk, I/O).
        if (sqlite3_get_autocommit(handle))
            return Error{UsageHistoryRows::tr("usage history: %1").arg(why)};
        if (Status s = insertEach(handle, one.get(), all.subspan(start, kSqliteRowsPerStatement)); !s)
            return s;
    }
    return insertEach(handle, one.get(), all.subspan(start));
}

QString insertStatement(int rows)
{
    QString sql = QStringLiteral("INSERT INTO usage_history (%1) VALUES ").arg(QLatin1String(kColumns));
    for (int i = 0; i < rows; ++i)
        sql += i ? QStringLiteral(",(?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?)");
    return sql;
}

Status insertMultiRow(const QSqlDatabase &db, const sched::CloudState &state)
{
    const std::vector<HistoryRow> rows = historyRows(state);
    QSqlQuery full(db); // prepared once for every whole chunk
    bool fullPrepared = false;
    for (std::size_t start = 0; start < rows.size(); start += kRowsPerStatement) {
        const int n = int(std::min<std::size_t>(kRowsPerStatement, rows.size() - start));
        QSqlQuery tail(db);
        QSqlQuery &q = n == kRowsPerStatement ? full : tail;
        const bool prepared = n == kRowsPerStatement ? fullPrepared || full.prepare(insertStatement(n))
                                                     : tail.prepare(insertStatement(n));
        if (!prepared)
            return Error{q.lastError().text()};
        fullPrepared = fullPrepared || n == kRowsPerStatement;
        for (int i = 0; i < n; ++i) {
            const HistoryRow &r = rows[start + std::size_t(i)];
            q.addBindValue(StoreRows::str(*r.pod));
            q.addBindValue(qlonglong(r.sample->atUs));
            for (const auto &used : r.sample->used)
                q.addBindValue(optional(used));
            q.addBindValue(optional(r.sample->runningVms));
        }
        if (!q.exec())
            return Error{UsageHistoryRows::tr("usage history: %1").arg(q.lastError().text())};
    }
    return {};
}

std::optional<std::int64_t> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
}

// Every console refresh reads the history: SQLite's own API reads 400,000
// samples several times faster than QtSql's QVariant per value.
Status loadSqlite(sqlite3 *handle, sched::CloudState &state)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kColumns + " FROM usage_history ORDER BY pod_id, at";
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return Error{UsageHistoryRows::tr("cannot read the usage history: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    SqliteStatement s(raw);
    const auto column = [raw](int i) {
        return sqlite3_column_type(raw, i) == SQLITE_NULL ? std::nullopt
                                                          : std::optional<std::int64_t>(sqlite3_column_int64(raw, i));
    };
    sched::UsageHistory *history = nullptr;
    std::string_view pod;
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const std::string_view id(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)),
                                  std::size_t(sqlite3_column_bytes(raw, 0)));
        if (!history || id != pod) {
            history = &state.usageHistory[std::string(id)];
            pod = state.usageHistory.find(id)->first;
        }
        sched::UsageSample u;
        u.atUs = sqlite3_column_int64(raw, 1);
        for (int i = 0; i < int(sched::kResourceCount); ++i)
            u.used[std::size_t(i)] = column(2 + i);
        u.runningVms = column(5);
        history->push_back(u);
    }
    if (rc != SQLITE_DONE)
        return Error{UsageHistoryRows::tr("cannot read the usage history: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    return {};
}

} // namespace

Status UsageHistoryRows::insertAll(const QSqlDatabase &db, const sched::CloudState &state)
{
    // Checked here rather than by the database: a replace writes with foreign keys off.
    std::set<std::string_view> pods;
    for (const sched::Pod &p : state.pods)
        pods.insert(p.id);
    for (const auto &[podId, history] : state.usageHistory)
        if (!history.empty() && !pods.count(podId))
            return Error{tr("usage history of pod %1: no such pod").arg(StoreRows::str(podId))};
    if (sqlite3 *handle = sqliteHandle(db))
        return insertSqlite(handle, state);
    return insertMultiRow(db, state);
}

Status UsageHistoryRows::loadAll(const QSqlDatabase &db, sched::CloudState &state, const QString &cloud)
{
    state.usageHistory.clear();
    if (sqlite3 *handle = sqliteHandle(db); handle && cloud.isEmpty())
        return loadSqlite(handle, state);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY pod_id, at")
                  .arg(QLatin1String(kColumns), table(cloud), cloud.isEmpty() ? QString() : QStringLiteral(" WHERE cloud = ?")));
    if (!cloud.isEmpty())
        q.addBindValue(cloud);
    if (!q.exec())
        return Error{tr("cannot read the usage history: %1").arg(q.lastError().text())};
    std::string pod;
    sched::UsageHistory *history = nullptr;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!history || id.toStdString() != pod) {
            pod = id.toStdString();
            history = &state.usageHistory[pod];
        }
        sched::UsageSample u;
        u.atUs = q.value(1).toLongLong();
        for (int i = 0; i < int(sched::kResourceCount); ++i)
            u.used[std::size_t(i)] = optionalInt(q.value(2 + i));
        u.runningVms = optionalInt(q.value(5));
        history->push_back(u);
    }
    return {};
}

Status UsageHistoryRows::record(const QSqlDatabase &db, const sched::Pod &pod, std::int64_t atUs,
                                std::int64_t minIntervalUs, const QString &cloud)
{
    const bool anyKnown = std::any_of(pod.used.begin(), pod.used.end(), [](const auto &u) { return u.has_value(); });
    if (!anyKnown && !pod.runningVms)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE pod_id = ?%3 ORDER BY at DESC LIMIT 1")
                  .arg(QLatin1String(kColumns), table(cloud), cloud.isEmpty() ? QString() : QStringLiteral(" AND cloud = ?")));
    q.addBindValue(StoreRows::str(pod.id));
    if (!cloud.isEmpty())
        q.addBindValue(cloud);
    if (!q.exec())
        return Error{tr("cannot read the usage history: %1").arg(q.lastError().text())};
    if (q.next()) {
        const std::int64_t last = q.value(1).toLongLong();
        bool same = optionalInt(q.value(5)) == pod.runningVms;
        for (int i = 0; i < int(sched::kResourceCount); ++i)
            same = same && optionalInt(q.value(2 + i)) == pod.used[std::size_t(i)];
        if (atUs <= last || (same && atUs - last < minIntervalUs))
            return {};
    }
    q.prepare(QStringLiteral("INSERT INTO %2 (%1%3) VALUES (?,?,?,?,?,?%4)")
                  .arg(QLatin1String(kColumns), table(cloud), cloud.isEmpty() ? QString() : QStringLiteral(", cloud"),
                       cloud.isEmpty() ? QString() : QStringLiteral(",?")));
    q.addBindValue(StoreRows::str(pod.id));
    q.addBindValue(qlonglong(atUs));
    for (const auto &used : pod.used)
        q.addBindValue(optional(used));
    q.addBindValue(optional(pod.runningVms));
    if (!cloud.isEmpty())
        q.addBindValue(cloud);
    if (!q.exec())
        return Error{tr("cannot record the usage of pod %1: %2").arg(StoreRows::str(pod.name), q.lastError().text())};
    return {};
}

Status UsageHistoryRows::thin(const QSqlDatabase &db, std::int64_t nowUs, int retentionDays, const QString &cloud)
{
    constexpr std::int64_t day = 86400LL * 1000 * 1000;
    const std::int64_t dropBefore = nowUs - std::int64_t(retentionDays) * day;
    const std::int64_t thinBefore = nowUs - std::int64_t(retentionDays) * day / 4;
    const QString t = table(cloud);
    const QString ofCloud = cloud.isEmpty() ? QString() : QStringLiteral(" AND cloud = ?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE at < ?%2").arg(t, ofCloud));
    q.addBindValue(qlonglong(dropBefore));
    if (!cloud.isEmpty())
        q.addBindValue(cloud);
    if (!q.exec())
        return Error{tr("cannot thin the usage history: %1").arg(q.lastError().text())};
    // Older than a quarter of the retention: only the last sample of each day stays.
    // A later sample of the same pod on the same day exists: a range scan of the primary key.
    q.prepare(QStringLiteral("DELETE FROM %2 WHERE at < ?%3 AND EXISTS (SELECT 1 FROM %2 h"
                             " WHERE h.pod_id = %2.pod_id%4 AND h.at > %2.at"
                             " AND h.at < (%2.at / %1 + 1) * %1)")
                  .arg(QString::number(day), t, ofCloud,
                       cloud.isEmpty() ? QString() : QStringLiteral(" AND h.cloud = %1.cloud").arg(t)));
    q.addBindValue(qlonglong(thinBefore));
    if (!cloud.isEmpty())
        q.addBindValue(cloud);
    if (!q.exec())
        return Error{tr("cannot thin the usage history: %1").arg(q.lastError().text())};
    return {};
}

Result<UsageHistoryRows::Policy> UsageHistoryRows::policy(const QSqlDatabase &db)
{
    Policy p;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM store_settings WHERE key LIKE 'usage_history.%'")))
        return Error{tr("cannot read the usage history settings: %1").arg(q.lastError().text())};
    while (q.next()) {
        bool ok = false;
        const qlonglong v = q.value(1).toString().toLongLong(&ok);
        const QString key = q.value(0).toString();
        if (!ok || v <= 0)
            return Error{tr("the store setting %1 is \"%2\", not a whole number above 0").arg(key, q.value(1).toString())};
        if (key == QLatin1String("usage_history.interval_s"))
            p.intervalUs = v * 1000 * 1000;
        else if (key == QLatin1String("usage_history.retention_days"))
            p.retentionDays = int(std::min<qlonglong>(v, 100000));
    }
    return p;
}

Status UsageHistoryRows::setPolicy(const QSqlDatabase &db, const Policy &policy)
{
    QSqlQuery q(db);
    const std::pair<const char *, qlonglong> values[] = {{"usage_history.interval_s", policy.intervalUs / 1000 / 1000},
                                                         {"usage_history.retention_days", policy.retentionDays}};
    for (const auto &[key, value] : values) {
        q.prepare(QStringLiteral("DELETE FROM store_settings WHERE key = ?"));
        q.addBindValue(QLatin1String(key));
        if (!q.exec())
            return Error{tr("cannot save the usage history settings: %1").arg(q.lastError().text())};
        q.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES (?, ?)"));
        q.addBindValue(QLatin1String(key));
        q.addBindValue(QString::number(value));
        if (!q.exec())
            return Error{tr("cannot save the usage history settings: %1").arg(q.lastError().text())};
    }
    return {};
}

Status UsageHistoryRows::recordAndThin(const QSqlDatabase &db, const std::vector<sched::Pod> &pods, std::int64_t atUs,
                                       const QString &cloud)
{
    const auto p = policy(db);
    if (!p)
        return Error{p.error()};
    for (const sched::Pod &pod : pods) {
        if (Status s = record(db, pod, atUs, p->intervalUs, cloud); !s)
            return s;
    }
    return thin(db, atUs, p->retentionDays, cloud);
}

} // namespace model
