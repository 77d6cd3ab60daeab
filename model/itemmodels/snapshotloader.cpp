// SPDX-License-Identifier: Apache-2.0
#include "snapshotloader.h"

#include "sqlitebindingreader.h"
#include "storerows.h"
#include "databaselocation.h"

#include "democloud.h"
#include "sqlstore.h"
#include "usagehistoryrows.h"
#include "timeformat.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <malloc.h>

namespace model {

namespace {

// SqlStore::load() builds a full sched::CloudState: with a million bindings
// that is over 1 GB and 10 s. The console needs compact rows only, so it
// streams the two tables itself, with the store's own row mapping.
Result<std::vector<sched::Pod>> readPods(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM pods ORDER BY created_at, pod_name").arg(StoreRows::podColumns())))
        return Error{SnapshotLoader::tr("cannot read the pods: %1").arg(q.lastError().text())};
    std::vector<sched::Pod> pods;
    while (q.next())
        pods.push_back(StoreRows::podFromRow(q));
    return pods;
}

// PostgreSQL (and any other QtSql driver): one QVariant per value.
Status readBindingsWithQtSql(const QSqlDatabase &db, CloudSnapshot::Builder &builder)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM pod_bindings").arg(StoreRows::bindingColumns())))
        return Error{SnapshotLoader::tr("cannot read the bindings: %1").arg(q.lastError().text())};
    while (q.next()) {
        const sched::Binding b = StoreRows::bindingFromRow(q);
        const std::int64_t endedAt = b.endedAtUs ? *b.endedAtUs : b.active ? 0 : b.updatedAtUs.value_or(0);
        builder.addBinding(QString::fromStdString(b.tenantId), builder.podIndex(QString::fromStdString(b.podId)),
                           b.active, b.createdAtUs, endedAt);
    }
    return {};
}

Status readBindings(const QSqlDatabase &db, CloudSnapshot::Builder &builder, const SnapshotLoader::Progress &progress)
{
    if (!SqliteBindingReader::supports(db))
        return readBindingsWithQtSql(db, builder);
    const auto total = SqliteBindingReader::count(db);
    if (!total)
        return Error{total.error()};
    builder.reserve(std::size_t(total.value()));
    // Table order: the views sort anyway. pod_id is interned through a small hash.
    std::string lastPodId;
    int lastPod = -1;
    qint64 rows = 0;
    return SqliteBindingReader::forEach(db, [&](const BindingRowView &b) {
        if (b.podId != lastPodId) {
            lastPodId = b.podId;
            lastPod = builder.podIndex(QString::fromUtf8(b.podId.data(), qsizetype(b.podId.size())));
        }
        const std::int64_t endedAt = b.endedAtUs ? *b.endedAtUs : b.active ? 0 : b.updatedAtUs.value_or(0);
        builder.addBinding(QString::fromUtf8(b.tenantId.data(), qsizetype(b.tenantId.size())), lastPod, b.active,
                           b.createdAtUs, endedAt);
        if (progress && total.value() > 0 && ++rows % 100'000 == 0)
            progress(20 + int(70 * rows / total.value()), SnapshotLoader::tr("Reading bindings…"));
        return true;
    });
}

} // namespace

Status SnapshotLoader::seedDemo(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 exists already").arg(path)};
    auto store = SqlStore::open(path);
    if (!store)
        return Error{store.error()};
    return store.value()->replaceState(buildDemoCloud(nowMicroseconds()));
}

Result<SnapshotPtr> SnapshotLoader::load(const QString &path, const Progress &progress)
{
    const auto report = [&](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    // A missing file is never created here (SqlStore::open would make an empty
    // one): a mistyped path must not look like a cloud. The console asks first.
    if (!DatabaseLocation::looksLikeUrl(path) && !QFileInfo::exists(path))
        return Error{tr("there is no database at %1").arg(path)};
    report(10, tr("Opening %1…").arg(path));
    auto store = SqlStore::open(path); // migrates; the connection belongs to this thread
    if (!store)
        return Error{store.error()};
    QSqlDatabase db = store.value()->database();
    // A full scan would otherwise fill SQLite's page cache with the whole table.
    if (SqliteBindingReader::supports(db))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -16000"));
    if (!db.transaction()) // one consistent read of both tables
        return Error{tr("cannot read %1: %2").arg(path, db.lastError().text())};
    auto pods = readPods(db);
    if (!pods) {
        db.rollback();
        return Error{pods.error()};
    }
    sched::CloudState history; // the usage history (the Capacity view's input)
    if (Status h = UsageHistoryRows::loadAll(db, history); !h) {
        db.rollback();
        return Error{h.error()};
    }
    report(20, tr("Reading bindings…"));
    const QString source = DatabaseLocation::looksLikeUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    CloudSnapshot::Builder builder(std::move(pods.value()), nowMicroseconds(), source);
    builder.setUsageHistory(std::move(history.usageHistory));
    const Status read = readBindings(db, builder, progress);
    db.rollback();
    if (!read)
        return Error{read.error()};
    report(95, tr("Indexing…"));
    SnapshotPtr snapshot = builder.finish();
    malloc_trim(0); // the interning hash and query buffers are gone: return their pages
    report(100, tr("Loaded"));
    return snapshot;
}

} // namespace model
