// SPDX-License-Identifier: Apache-2.0
#pragma once

// The store: the cloud state in an SQL database through QtSql, an SQLite file
// or a shared PostgreSQL database (see DatabaseLocation). One connection per
// store object; use it from the thread that opened it. Every change touching
// several rows is one transaction; what differs per engine is in SqlDialect.

#include "auditrecord.h"
#include "bindingchange.h"
#include "cloud.h"
#include "result.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <unordered_map>
#include <memory>
#include <vector>

namespace model {

class SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    // Opens the database at `location` (an SQLite file path, created when
    // missing, or a postgresql://user@host:port/dbname URL) and migrates it
    // to the latest schema.
    static Result<std::unique_ptr<SqlStore>> open(const QString &location);
    // As open(), but stops at `schemaVersion` (for migration tests).
    static Result<std::unique_ptr<SqlStore>> openAtVersion(const QString &path, int schemaVersion);
    // Where the console and the CLI keep their database unless told otherwise.
    static QString defaultPath();

    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    QString location() const { return m_location; }
    QSqlDatabase database() const;
    // Empty for a writable database; otherwise why it was opened for reading
    // only ("the folder /x is read-only"). Every change is then refused with it.
    QString readOnlyReason() const { return m_readOnlyReason; }

    Result<bool> isEmpty() const;
    Result<sched::CloudState> load() const;
    // Validates, then replaces everything in one transaction.
    Status replaceState(const sched::CloudState &state);
    // Applies all changes or none. Optimistic concurrency: ending a binding
    // that is no longer active, or binding a tenant somebody else bound
    // meanwhile, writes nothing and fails the whole batch with "tenant X was
    // rebound by someone else to pod Y; refresh and retry" (isConflict()).
    Result<std::vector<sched::Binding>> applyBindingChanges(const std::vector<BindingChange> &changes);

    // As applyBindingChanges(), with `pod`'s new settings written first in the
    // same transaction (a drain that puts its pod into maintenance).
    Result<std::vector<sched::Binding>> applyPodAndBindingChanges(const sched::Pod &pod,
                                                                  const std::vector<BindingChange> &changes);

    // Where a write stands: rows went in (every kRowsPerReport binding changes,
    // and after each stage of an import), the transaction is about to commit,
    // it committed. For progress, and for the crash tests, whose child process
    // signals the point at which it is killed.
    enum class WritePoint { RowsWritten, BeforeCommit, Committed };
    using WriteObserver = std::function<void(WritePoint point, qint64 rows)>;
    static constexpr int kRowsPerReport = 500;
    void setWriteObserver(WriteObserver observer) { m_observer = std::move(observer); }

    // True for the errors of applyBindingChanges() that mean "lost a race".
    static bool isConflict(const QString &error);

    Result<sched::Pod> pod(const std::string &podId) const;
    Result<sched::Binding> binding(const std::string &bindingId) const;

    Status addPod(const sched::Pod &pod);
    Status updatePod(const sched::Pod &pod);
    // Refused while tenants are actively bound; the pod's history goes with it.
    Status deletePod(const std::string &podId);

    // Who the audit log names for this connection's changes, and for which
    // cloud: by default the OS user and "local" (the store's own cloud); a
    // live cloud's session sets the Keystone user and the cloud's key.
    void setAuditIdentity(const QString &operatorName, const QString &cloud);
    QString auditOperator() const { return m_auditOperator; }
    QString auditCloud() const { return m_auditCloud; }
    // Names this connection in the NOTIFY of its changes (a fresh random id by
    // default): a console recognises its own changes by it.
    void setAuditSession(const QString &session) { m_auditSession = session; }
    QString auditSession() const { return m_auditSession; }
    // Appends `record` to the audit log (operator and cloud filled in when
    // empty) inside the current transaction: call it from inTransaction().
    Status appendAudit(AuditRecord &record);
    // Runs `work` in one write transaction: committed when it succeeds, rolled
    // back when it fails. Refused on a database opened for reading only.
    Status inTransaction(const std::function<Status()> &work);

private:
    SqlStore(QString connectionName, QString location, SqlDialect dialect);
    static Result<std::unique_ptr<SqlStore>> openImpl(const QString &location, int schemaVersion);
    static Result<std::unique_ptr<SqlStore>> openSqlite(const QString &path, int schemaVersion);
    static Result<std::unique_ptr<SqlStore>> openPostgres(const QString &text, int schemaVersion);
    Status setUp(int schemaVersion);
    QString describeConflict(const BindingChange &change) const;
    Status insertPods(const std::vector<sched::Pod> &pods);
    bool prepareInsertBinding(QSqlQuery &q) const;
    Status insertBinding(QSqlQuery &q, const sched::Binding &binding, bool *raced);
    Result<QStringList> dropBindingIndexes();
    Status restoreBindingIndexes(const QStringList &definitions);
    Status writePod(const sched::Pod &pod);
    // writePod() with its audit row (kind pod-edited, within `operation`).
    Status writeAuditedPod(const sched::Pod &pod, const std::string &operation);
    Status auditBindingChange(const BindingChange &change, const QString &endedPodId);
    QString podName(const QString &podId);
    Result<std::vector<sched::Binding>> writeBindingChanges(const sched::Pod *pod, const std::vector<BindingChange> &changes);
    void notify(WritePoint point, qint64 rows) const
    {
        if (m_observer)
            m_observer(point, rows);
    }

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    QString m_readOnlyReason;
    WriteObserver m_observer;
    QString m_auditOperator;
    QString m_auditCloud;
    QString m_auditSession;
    std::unordered_map<QString, QString> m_podNames; // during one write: pod id -> name, for the audit log
};

} // namespace model
