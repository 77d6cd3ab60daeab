#pragma once

// The embedded store: the cloud state in an SQL database through QtSql
// (SQLite by default). One connection per store object; use it from the
// thread that opened it. Every change touching several rows is one transaction.

#include "bindingchange.h"
#include "cloud.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace model {

class SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    // Opens (creating when missing) the SQLite file and migrates it to the latest schema.
    static Result<std::unique_ptr<SqlStore>> open(const QString &path);
    // As open(), but stops at `schemaVersion` (for migration tests).
    static Result<std::unique_ptr<SqlStore>> openAtVersion(const QString &path, int schemaVersion);
    // Where the console and the CLI keep their database unless told otherwise.
    static QString defaultPath();

    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    QString location() const { return m_location; }
    QSqlDatabase database() const;

    Result<bool> isEmpty() const;
    Result<sched::CloudState> load() const;
    // Validates, then replaces everything in one transaction.
    Status replaceState(const sched::CloudState &state);
    // Applies all changes or none. Ending a binding that is no longer active
    // fails the whole batch (somebody else changed it).
    Result<std::vector<sched::Binding>> applyBindingChanges(const std::vector<BindingChange> &changes);

    Result<sched::Pod> pod(const std::string &podId) const;
    Result<sched::Binding> binding(const std::string &bindingId) const;

    Status addPod(const sched::Pod &pod);
    Status updatePod(const sched::Pod &pod);
    // Refused while tenants are actively bound; the pod's history goes with it.
    Status deletePod(const std::string &podId);

private:
    SqlStore(QString connectionName, QString location);
    static Result<std::unique_ptr<SqlStore>> openImpl(const QString &path, int schemaVersion);
    Status insertPods(const std::vector<sched::Pod> &pods);
    Status insertBindings(const std::vector<sched::Binding> &bindings);
    Status bulkInsertBindings(const sched::CloudState &state);
    Result<QStringList> dropBindingIndexes();
    Status restoreBindingIndexes(const QStringList &definitions);
    Status inTransaction(const std::function<Status()> &work);

    QString m_connectionName;
    QString m_location;
};

} // namespace model
