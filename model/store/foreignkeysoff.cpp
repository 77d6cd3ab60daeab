// SPDX-License-Identifier: Apache-2.0
#include "foreignkeysoff.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <optional>

namespace model {

namespace {

// Whether the connection enforces foreign keys now; nullopt when it cannot tell.
std::optional<bool> enforced(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next())
        return std::nullopt;
    return q.value(0).toInt() == 1;
}

} // namespace

ForeignKeysOff::ForeignKeysOff(const QSqlDatabase &db) : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || enforced(m_db) != true)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_active = enforced(m_db) == false; // inside a transaction the pragma changes nothing
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || enforced(m_db) != true)
        qWarning("could not turn foreign keys on again: %s", qPrintable(q.lastError().text()));
}

} // namespace model
