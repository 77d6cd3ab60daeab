// SPDX-License-Identifier: Apache-2.0
#pragma once

// What Trio2o does not store about a pod — affinity tags, state, threshold,
// cost, capacity — kept in the store (SqlStore, table pod_overlay), keyed by
// the cloud (CloudIdentity::storeKey) and pod_id, so that every operator on
// the same store shares them and one store serves several clouds. Nothing is
// cached: every read asks the store, so a setting another operator changed
// counts at the next decision. Each change is one transaction with its audit
// row. Use from the thread that opened the store.

#include "auditrecord.h"
#include "cloud.h"
#include "result.h"

#include <QCoreApplication>

#include <vector>

namespace model {
class SqlStore;
}

namespace model::remote {

class PodOverlayStore
{
    Q_DECLARE_TR_FUNCTIONS(PodOverlayStore)

public:
    PodOverlayStore(SqlStore &store, QString cloud);

    QString cloud() const { return m_cloud; }
    // Copies the stored fields onto the pods that have an overlay row.
    Status applyTo(std::vector<sched::Pod> &pods) const;
    // Writes `pod`'s settings and the audit row `audit` (kind, operation,
    // before/after filled in by the caller) in one transaction.
    Status save(const sched::Pod &pod, AuditRecord audit);
    // Removes the pod's settings with the audit row of its deletion.
    Status remove(const std::string &podId, AuditRecord audit);
    // Moves the overlay rows of an old per-program file (before schema 4 the
    // overlay lived beside the snapshot) into the store, once: rows the store
    // already holds for this cloud win; the file's table is dropped after the
    // store committed. Returns how many rows moved (0: nothing to move).
    Result<int> moveFrom(const QString &oldFile);

private:
    Status upsert(const sched::Pod &pod);

    SqlStore &m_store;
    QString m_cloud;
};

} // namespace model::remote
