// SPDX-License-Identifier: Apache-2.0
#pragma once

// The usage_history table: one row per pod and time with what the pod had in
// use then (the capacity outlook's input). Runs inside the caller's
// transaction. SQLite rows go in through SQLite's own API (400,000 samples of
// an import in well under a second); PostgreSQL through multi-row INSERTs.

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace model {

class UsageHistoryRows
{
    Q_DECLARE_TR_FUNCTIONS(UsageHistoryRows)

public:
    // Every sample of `state`, after the pods are in (the table references them).
    static Status insertAll(const QSqlDatabase &db, const sched::CloudState &state);
    // `cloud` empty: the samples of the store's own pods (usage_history);
    // otherwise those of a live cloud's pods (cloud_usage_history, schema 4),
    // keyed by the cloud (CloudIdentity::storeKey) and pod_id.
    // Fills state.usageHistory for the pods of `state`.
    static Status loadAll(const QSqlDatabase &db, sched::CloudState &state, const QString &cloud = {});
    // Records `pod`'s current usage at `atUs`, unless its latest sample is
    // younger than `minIntervalUs` and says the same (one sample per pod per
    // collection interval; a change of usage is always recorded).
    static Status record(const QSqlDatabase &db, const sched::Pod &pod, std::int64_t atUs, std::int64_t minIntervalUs,
                         const QString &cloud = {});
    // Drops samples older than `retentionDays`; of those older than a quarter
    // of it, keeps one per day (the last of each day): thinned, not dropped.
    static Status thin(const QSqlDatabase &db, std::int64_t nowUs, int retentionDays, const QString &cloud = {});

    static constexpr std::int64_t kDefaultIntervalUs = 3600LL * 1000 * 1000; // one hour
    static constexpr int kDefaultRetentionDays = 400;

    // How the history is kept, shared by everyone using the store (its
    // store_settings table); the defaults where nothing was set.
    struct Policy {
        std::int64_t intervalUs = kDefaultIntervalUs;
        int retentionDays = kDefaultRetentionDays;
    };
    static Result<Policy> policy(const QSqlDatabase &db);
    static Status setPolicy(const QSqlDatabase &db, const Policy &policy);
    // record() with the store's policy, then thin().
    static Status recordAndThin(const QSqlDatabase &db, const std::vector<sched::Pod> &pods, std::int64_t atUs,
                                const QString &cloud = {});
};

} // namespace model
