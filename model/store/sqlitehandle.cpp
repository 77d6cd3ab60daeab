// SPDX-License-Identifier: Apache-2.0
#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace model {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace model
