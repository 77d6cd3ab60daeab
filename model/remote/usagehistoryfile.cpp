// SPDX-License-Identifier: Apache-2.0
#include "usagehistoryfile.h"

#include "localdatabase.h"
#include "usagehistoryrows.h"

#include <QSqlError>

namespace model::remote {

UsageHistoryFile::UsageHistoryFile(std::unique_ptr<LocalDatabase> db) : m_db(std::move(db)) {}
UsageHistoryFile::~UsageHistoryFile() = default;

Result<std::unique_ptr<UsageHistoryFile>> UsageHistoryFile::open(const QString &path)
{
    auto db = LocalDatabase::open(path, {
        // One sample per collection, at most one per pod per interval.
        QStringLiteral("CREATE TABLE IF NOT EXISTS usage_history (pod_id TEXT NOT NULL, at BIGINT NOT NULL,"
                       " vcpus BIGINT, ram_mb BIGINT, disk_gb BIGINT, running_vms BIGINT, PRIMARY KEY (pod_id, at))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS store_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")});
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<UsageHistoryFile>(new UsageHistoryFile(std::unique_ptr<LocalDatabase>(db.value())));
}

Status UsageHistoryFile::recordUsage(const std::vector<sched::Pod> &pods, std::int64_t atUs)
{
    QSqlDatabase db = m_db->db();
    if (!db.transaction())
        return Error{m_db->failure(tr("cannot record the usage history"), db.lastError().text())};
    if (Status s = UsageHistoryRows::recordAndThin(db, pods, atUs); !s || !db.commit()) {
        db.rollback();
        return Error{m_db->failure(tr("cannot record the usage history"), s ? db.lastError().text() : s.error())};
    }
    return {};
}

Status UsageHistoryFile::loadHistory(sched::CloudState &state) const
{
    if (Status s = UsageHistoryRows::loadAll(m_db->db(), state); !s)
        return Error{m_db->failure(tr("cannot read the usage history"), s.error())};
    // Samples of pods the cloud no longer has stay stored, but are not shown.
    std::erase_if(state.usageHistory, [&](const auto &entry) { return !state.findPod(entry.first); });
    return {};
}

} // namespace model::remote
