// SPDX-License-Identifier: Apache-2.0
// SqlStore, part two: binding changes with optimistic concurrency. An active
// binding ends only if it is still active (compare-and-set), so a change
// decided on stale data fails whole and says who changed the tenant first.

#include "sqlstore.h"

#include "storeerrors.h"
#include "timeformat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

// applyBindingChanges() lost a race: which change, and why, to explain after
// the rollback (a PostgreSQL transaction cannot be read from after an error).
struct Race {
    const BindingChange *change = nullptr;
};

} // namespace

Result<std::vector<sched::Binding>> SqlStore::applyBindingChanges(const std::vector<BindingChange> &changes)
{
    return writeBindingChanges(nullptr, changes);
}

Result<std::vector<sched::Binding>> SqlStore::applyPodAndBindingChanges(const sched::Pod &pod,
                                                                        const std::vector<BindingChange> &changes)
{
    return writeBindingChanges(&pod, changes);
}

Result<std::vector<sched::Binding>> SqlStore::writeBindingChanges(const sched::Pod *pod,
                                                                  const std::vector<BindingChange> &changes)
{
    for (const BindingChange &c : changes) {
        for (const QString &bad : {checkId("tenant id", c.tenantId), checkId("binding id", c.endBindingId),
                                   checkId("pod id", c.newPodId), checkId("binding id", c.newBindingId)})
            if (!bad.isEmpty())
                return Error{bad};
    }
    std::vector<sched::Binding> created;
    const std::int64_t now = nowMicroseconds();
    Race race;
    // Prepared before the transaction and dropped after it: PostgreSQL cannot
    // free a statement inside a transaction that failed.
    QSqlQuery end(database()), insert(database()), endedPod(database());
    // Compare-and-set on the active row: it ends only if it is still active.
    if (!end.prepare(QStringLiteral("UPDATE pod_bindings SET is_binding = 0, ended_at = ?, updated_at = ?"
                                    " WHERE id = ? AND tenant_id = ? AND is_binding = 1"))
        || !prepareInsertBinding(insert)
        || !endedPod.prepare(QStringLiteral("SELECT pod_id FROM pod_bindings WHERE id = ? AND is_binding = 1")))
        return Error{tr("cannot prepare the binding change: %1").arg(database().lastError().text())};
    Status s = inTransaction([&]() -> Status {
        if (pod)
            if (Status written = writeAuditedPod(*pod, changes.empty() ? std::string() : changes.front().operation);
                !written)
                return written;
        qint64 done = 0;
        for (const BindingChange &c : changes) {
            if (done > 0 && done % kRowsPerReport == 0)
                notify(WritePoint::RowsWritten, done);
            ++done;
            const std::int64_t at = c.atUs ? c.atUs : now;
            QString endedPodId;
            if (!c.endBindingId.empty()) {
                endedPod.addBindValue(str(c.endBindingId));
                if (endedPod.exec() && endedPod.next())
                    endedPodId = endedPod.value(0).toString();
                endedPod.finish();
                end.addBindValue(qlonglong(at));
                end.addBindValue(qlonglong(at));
                end.addBindValue(str(c.endBindingId));
                end.addBindValue(str(c.tenantId));
                if (!end.exec()) {
                    if (m_dialect.isRace(end.lastError()))
                        race.change = &c;
                    return Error{tr("ending binding %1: %2").arg(str(c.endBindingId), explainSqlError(end.lastError()))};
                }
                if (end.numRowsAffected() != 1) {
                    race.change = &c;
                    return Error{QString()};
                }
            }
            if (Status audited = auditBindingChange(c, endedPodId); !audited)
                return audited;
            if (c.newPodId.empty())
                continue;
            sched::Binding b;
            b.id = c.newBindingId.empty() ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() : c.newBindingId;
            b.tenantId = c.tenantId;
            b.podId = c.newPodId;
            b.createdAtUs = at;
            created.push_back(b);
            bool raced = false;
            if (Status ins = insertBinding(insert, b, &raced); !ins) {
                if (raced)
                    race.change = &c;
                return ins;
            }
        }
        if (done > 0 && done % kRowsPerReport == 0)
            notify(WritePoint::RowsWritten, done);
        return {};
    });
    if (race.change)
        return Error{describeConflict(*race.change)};
    if (!s)
        return Error{s.error()};
    return created;
}

// One audit row per binding change: created, ended or moved (before → after
// are the pods' names), with the change's reason and operation.
Status SqlStore::auditBindingChange(const BindingChange &c, const QString &endedPodId)
{
    AuditRecord audit;
    audit.tenantId = str(c.tenantId);
    audit.reason = str(c.reason);
    audit.operation = str(c.operation);
    if (!endedPodId.isEmpty())
        audit.before = podName(endedPodId);
    if (!c.newPodId.empty()) {
        audit.kind = QString::fromLatin1(c.endBindingId.empty() ? auditkind::kBindingCreated : auditkind::kBindingMoved);
        audit.podId = str(c.newPodId);
        audit.podName = podName(audit.podId);
        audit.after = audit.podName;
    } else {
        audit.kind = QString::fromLatin1(auditkind::kBindingEnded);
        audit.podId = endedPodId;
        audit.podName = audit.before;
    }
    return appendAudit(audit);
}

bool SqlStore::isConflict(const QString &error)
{
    return error.endsWith(tr("; refresh and retry"));
}

// Called after the rollback: reads what the other operator left.
QString SqlStore::describeConflict(const BindingChange &c) const
{
    QSqlQuery q(database());
    if (!c.endBindingId.empty()) {
        q.prepare(QStringLiteral(
            "SELECT p.pod_name, p.pod_id FROM pod_bindings o JOIN pod_bindings b ON b.tenant_id = o.tenant_id"
            " AND b.az_name = o.az_name AND b.group_key = o.group_key AND b.is_binding = 1"
            " JOIN pods p ON p.pod_id = b.pod_id WHERE o.id = ? AND o.tenant_id = ?"));
        q.addBindValue(str(c.endBindingId));
    } else {
        q.prepare(QStringLiteral(
            "SELECT p.pod_name, p.pod_id FROM pods n JOIN pod_bindings b ON b.az_name = n.az_name"
            " AND b.group_key = n.resource_affinity_tags AND b.is_binding = 1 AND b.tenant_id = ?"
            " JOIN pods p ON p.pod_id = b.pod_id WHERE n.pod_id = ?"));
        q.addBindValue(str(c.tenantId));
        q.addBindValue(str(c.newPodId));
    }
    if (!c.endBindingId.empty())
        q.addBindValue(str(c.tenantId));
    const QString tenant = str(c.tenantId);
    if (q.exec() && q.next()) {
        const QString pod = q.value(0).toString();
        return c.endBindingId.empty() ? tr("tenant %1 is already bound in that AZ and group to pod %2, perhaps by someone else just now; "
                                         "refresh and retry").arg(tenant, pod)
                                      : tr("tenant %1 was rebound by someone else to pod %2; refresh and retry").arg(tenant, pod);
    }
    if (!c.endBindingId.empty())
        return tr("tenant %1 was unbound by someone else (binding %2 is no longer active); refresh and retry")
            .arg(tenant, str(c.endBindingId));
    return tr("tenant %1 was changed by someone else at the same time; refresh and retry").arg(tenant);
}

} // namespace model
