// SPDX-License-Identifier: Apache-2.0
#include "localdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace model::remote {

Result<LocalDatabase *> LocalDatabase::open(const QString &path, const QStringList &schema)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("remote-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *local = new LocalDatabase(name, path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            delete local;
            return Error{tr("cannot open %1: %2").arg(path, reason)};
        }
        for (const QString &statement : schema) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                delete local;
                return Error{tr("cannot prepare %1: %2").arg(path, reason)};
            }
        }
    }
    return local;
}

LocalDatabase::~LocalDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase LocalDatabase::db() const { return QSqlDatabase::database(m_connection, false); }

QString LocalDatabase::failure(const QString &what, const QString &reason) const
{
    return tr("%1 in %2: %3").arg(what, m_path, reason);
}

} // namespace model::remote
