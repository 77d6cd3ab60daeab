// SPDX-License-Identifier: Apache-2.0
#include "sqlitebackup.h"

#include <sqlite3.h>

#include <memory>

namespace model {

namespace {

struct ConnectionCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

QString message(sqlite3 *db, int code)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

Result<Connection> open(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return Error{SqliteBackup::tr("cannot open %1: %2").arg(path, message(raw, rc))};
    sqlite3_busy_timeout(raw, 10'000); // a writer that holds the lock briefly
    return db;
}

} // namespace

Status SqliteBackup::copy(const QString &from, const QString &to)
{
    // Read-write without create: a read-only connection cannot remove the
    // -wal and -shm files it opens, so they would stay beside the original.
    auto source = open(from, SQLITE_OPEN_READWRITE);
    if (!source)
        return Error{source.error()};
    auto target = open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!target)
        return Error{target.error()};
    sqlite3_backup *backup = sqlite3_backup_init(target->get(), "main", source->get(), "main");
    if (!backup)
        return Error{tr("cannot copy %1: %2").arg(from, message(target->get(), SQLITE_ERROR))};
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK)
        return Error{tr("cannot copy %1: %2").arg(from, message(target->get(), rc != SQLITE_DONE ? rc : finish))};
    return {};
}

} // namespace model
