// SPDX-License-Identifier: Apache-2.0
#include "rollbackjournalswitch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace model {

namespace {

// The journal mode SQLite reports after asking for `mode`.
QString setJournalMode(const QSqlDatabase &db, const char *mode)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(QLatin1String(mode))) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

} // namespace

RollbackJournalSwitch::RollbackJournalSwitch(const QSqlDatabase &db) : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    m_active = setJournalMode(m_db, "DELETE") == QLatin1String("delete");
}

RollbackJournalSwitch::~RollbackJournalSwitch()
{
    if (!m_active)
        return;
    // The data is committed either way; staying in rollback mode only costs
    // concurrency until the next open, which asks for WAL again.
    if (setJournalMode(m_db, "WAL") != QLatin1String("wal"))
        qWarning("could not switch the database back to WAL mode: %s", qPrintable(m_db.lastError().text()));
}

} // namespace model
