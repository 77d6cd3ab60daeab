// SPDX-License-Identifier: Apache-2.0
#pragma once

// What Trio2o does not store about a pod — affinity tags, state, threshold,
// cost, capacity, the overcommit ratios for hypervisor statistics, and the usage history collected from Nova — kept locally,
// keyed by pod_id, so the weighted policy, what-if and the capacity outlook
// work on a remote cloud. Use from one thread.

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace model::remote {

class LocalDatabase;

class PodOverlayStore
{
    Q_DECLARE_TR_FUNCTIONS(PodOverlayStore)

public:
    static Result<std::unique_ptr<PodOverlayStore>> open(const QString &path);
    ~PodOverlayStore();

    // Copies the stored fields onto the pods that have an overlay row.
    Status applyTo(std::vector<sched::Pod> &pods) const;
    Status save(const sched::Pod &pod);
    Status remove(const std::string &podId);
    // A sample of each pod's collected usage at `atUs` (see UsageHistoryRows::record),
    // then old samples thinned.
    Status recordUsage(const std::vector<sched::Pod> &pods, std::int64_t atUs);
    // Fills state.usageHistory for the pods of `state`.
    Status loadHistory(sched::CloudState &state) const;

private:
    explicit PodOverlayStore(std::unique_ptr<LocalDatabase> db);
    Status saveRow(const sched::Pod &pod);
    // The ratios are rows of store_settings (see the .cpp); errors are the database's text.
    Status saveRatios(const sched::Pod &pod);
    Status applyRatiosTo(const std::unordered_map<std::string, sched::Pod *> &byId) const;
    std::unique_ptr<LocalDatabase> m_db;
};

} // namespace model::remote
