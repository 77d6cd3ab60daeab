// SPDX-License-Identifier: Apache-2.0
#include "sqlitefileaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace model {

namespace {

bool writable(const QString &path) { return ::access(QFile::encodeName(path).constData(), W_OK) == 0; }

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

SqliteFileAccess::SqliteFileAccess(QString path) : m_path(std::move(path))
{
    const QFileInfo info(m_path);
    m_folder = info.absolutePath();
    m_exists = info.exists();
    m_folderWritable = !QFileInfo::exists(m_folder) || writable(m_folder);
    if (!m_folderWritable)
        m_readOnlyReason = tr("the folder %1 is read-only").arg(native(m_folder));
    else if (m_exists && !writable(m_path))
        m_readOnlyReason = tr("the file is read-only");
}

QString SqliteFileAccess::connectOptions() const
{
    // The busy timeout from the very first read: a program importing in
    // rollback-journal mode holds its lock for a while (RollbackJournalSwitch).
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs())};
    if (!m_readOnlyReason.isEmpty())
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (!m_folderWritable)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    return options.join(QLatin1Char(';'));
}

QString SqliteFileAccess::databaseName() const
{
    if (m_folderWritable)
        return m_path;
    // Nothing in the folder can change (no log, no lock file can be made):
    // SQLite reads the file as it is, without its shared-memory file.
    return QStringLiteral("file:%1?immutable=1")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(m_path).absoluteFilePath(), "/")));
}

bool SqliteFileAccess::walNeedsWriting() const
{
    // Changes still in a write-ahead log must be read through its index, which
    // SQLite keeps up to date only where it may write; an immutable read would
    // miss them.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

QString SqliteFileAccess::refusal() const
{
    if (m_folderWritable)
        return {};
    if (!m_exists)
        return tr("cannot create the database %1: %2").arg(native(m_path), m_readOnlyReason);
    if (walNeedsWriting())
        return tr("cannot read %1: %2 and it holds changes in %3 that only a writable folder lets SQLite read; "
                  "copy the database and its -wal file to a writable folder")
            .arg(native(m_path), m_readOnlyReason, native(m_path + QStringLiteral("-wal")));
    return {};
}

bool SqliteFileAccess::diskFull() const
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(m_folder).constData(), &fs) != 0)
        return false;
    // Less than SQLite needs for one shared-memory index (32 KiB) counts as full.
    return quint64(fs.f_bavail) * fs.f_frsize < 32 * 1024;
}

QString SqliteFileAccess::explain(const QSqlError &error) const
{
    const QString path = native(m_path);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SQLITE_FULL || ((code == SQLITE_IOERR || code == SQLITE_CANTOPEN) && diskFull()))
        return tr("the disk holding %1 is full (No space left on device); free some space and try again").arg(path);
    if (code == SQLITE_READONLY || ((code == SQLITE_CANTOPEN || code == SQLITE_PERM) && !m_readOnlyReason.isEmpty()))
        return tr("%1 cannot be changed: %2").arg(path, m_readOnlyReason.isEmpty() ? text : m_readOnlyReason);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return tr("%1 is locked by another program, which kept it for more than %n second(s); try again when it "
                  "has finished", nullptr, busyTimeoutMs() / 1000)
            .arg(path);
    if (code == SQLITE_CORRUPT)
        return tr("%1 is damaged (%2); restore it from a backup").arg(path, text);
    if (code == SQLITE_NOTADB)
        return tr("%1 is not an SQLite database (%2)").arg(path, text);
    if (code == SQLITE_PERM || code == SQLITE_AUTH || (code == SQLITE_CANTOPEN && m_exists && !QFileInfo(m_path).isReadable()))
        return tr("%1 cannot be read: permission denied").arg(path);
    if (code == SQLITE_CANTOPEN)
        return tr("cannot open the database %1: %2").arg(path, text);
    if (code == SQLITE_IOERR)
        return tr("reading or writing %1 failed in the operating system (%2)").arg(path, text);
    return tr("%1: %2").arg(path, text);
}

} // namespace model
