// SPDX-License-Identifier: Apache-2.0
#pragma once

// What Trio2o does not store about a pod — affinity tags, state, threshold,
// cost, capacity, overcommit ratios, and the usage history collected from Nova — kept in the
// store (SqlStore, tables pod_overlay and cloud_usage_history), keyed by
// the cloud (CloudIdentity::storeKey) and pod_id, so that every operator on
// the same store shares them and one store serves several clouds. Nothing is
// cached: every read asks the store, so a setting another operator changed
// counts at the next decision. Each change is one transaction with its audit
// row. Use from the thread that opened the store.

#include "auditrecord.h"
#include "cloud.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

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
    // A sample of each pod's collected usage at `atUs` (see UsageHistoryRows::record),
    // then old samples thinned, by the store's shared policy.
    Status recordUsage(const std::vector<sched::Pod> &pods, std::int64_t atUs);
    // Fills state.usageHistory for the pods of `state`.
    Status loadHistory(sched::CloudState &state) const;
    // Moves the pod settings and usage samples of an old per-program file
    // (before schema 4 they lived beside the snapshot) into the store, once:
    // rows the store already holds for this cloud win; the file's tables are
    // dropped after the store committed. Returns how many pods' settings moved.
    Result<int> moveFrom(const QString &oldFile);

private:
    Status upsert(const sched::Pod &pod);
    Status copyHistory(const QSqlDatabase &old);

    SqlStore &m_store;
    QString m_cloud;
};

} // namespace model::remote
