// SPDX-License-Identifier: Apache-2.0
#pragma once

// The usage history collected from a live cloud's Nova (the capacity outlook's
// input), kept in this program's local file of the cloud beside the snapshot.
// Use from one thread.

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

namespace model::remote {

class LocalDatabase;

class UsageHistoryFile
{
    Q_DECLARE_TR_FUNCTIONS(UsageHistoryFile)

public:
    static Result<std::unique_ptr<UsageHistoryFile>> open(const QString &path);
    ~UsageHistoryFile();

    // A sample of each pod's collected usage at `atUs` (see UsageHistoryRows::record),
    // then old samples thinned.
    Status recordUsage(const std::vector<sched::Pod> &pods, std::int64_t atUs);
    // Fills state.usageHistory for the pods of `state`.
    Status loadHistory(sched::CloudState &state) const;

private:
    explicit UsageHistoryFile(std::unique_ptr<LocalDatabase> db);
    std::unique_ptr<LocalDatabase> m_db;
};

} // namespace model::remote
