// SPDX-License-Identifier: Apache-2.0
#pragma once

// How an SQLite database file can be opened, and the real cause when opening
// or using it fails: a read-only file or folder, a full disk, a lock held by
// another program, a damaged file, a file that is no database. SQLite itself
// says "attempt to write a readonly database" or "disk I/O error" for several
// of these, even when only a read was asked for and the file is fine.

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace model {

class SqliteFileAccess
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFileAccess)

public:
    explicit SqliteFileAccess(QString path);

    // Empty when the database and its folder can be written; otherwise why
    // not ("the folder /x is read-only"). A read-only database is opened for
    // reading only.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool folderWritable() const { return m_folderWritable; }
    // The QSQLITE connect options and database name for opening it.
    QString connectOptions() const;
    QString databaseName() const;
    // A database that cannot be opened at all, before SQLite tries (a
    // read-only folder with no database to read, a write-ahead log that
    // cannot be read without writing); empty when it may be opened.
    QString refusal() const;

    // The sentence naming the real cause of `error` on this database.
    QString explain(const QSqlError &error) const;
    // How long SQLite waits for another program's lock before giving up.
    static int busyTimeoutMs() { return 10000; }

private:
    bool diskFull() const;
    bool walNeedsWriting() const;

    QString m_path;
    QString m_folder;
    bool m_exists = false;
    bool m_folderWritable = true;
    QString m_readOnlyReason;
};

} // namespace model
