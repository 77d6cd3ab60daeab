// SPDX-License-Identifier: Apache-2.0
#include "podoverlaystore.h"

#include "localdatabase.h"
#include "sqlstore.h"
#include "usagehistoryrows.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>

namespace model::remote {

namespace {
// The columns an old per-program file has too (moveFrom reads them there).
const char *const kColumns = "pod_id, tags, state, threshold, cost, vcpus, ram_mb, disk_gb";
// Only the store has the overcommit ratios (hypervisor statistics × ratio when
// a cloud has no Placement).
const char *const kStoreColumns = "pod_id, tags, state, threshold, cost, vcpus, ram_mb, disk_gb, vcpu_ratio, ram_ratio";
} // namespace

PodOverlayStore::PodOverlayStore(SqlStore &store, QString cloud) : m_store(store), m_cloud(std::move(cloud)) {}

Status PodOverlayStore::applyTo(std::vector<sched::Pod> &pods) const
{
    std::unordered_map<std::string, sched::Pod *> byId;
    for (sched::Pod &p : pods)
        byId.emplace(p.id, &p);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM pod_overlay WHERE cloud = ?").arg(QLatin1String(kStoreColumns)));
    q.addBindValue(m_cloud);
    if (!q.exec())
        return Error{tr("cannot read the pod settings from the store %1: %2").arg(m_store.location(), q.lastError().text())};
    while (q.next()) {
        const auto it = byId.find(q.value(0).toString().toStdString());
        if (it == byId.end())
            continue;
        sched::Pod &p = *it->second;
        p.tags = sched::parseGroup(q.value(1).toString().toStdString()).value_or(sched::TagSet{});
        p.state = sched::podStateFromKey(q.value(2).toString().toStdString()).value_or(sched::PodState::Enabled);
        p.threshold = q.value(3).toDouble();
        p.cost = q.value(4).toDouble();
        for (std::size_t r = 0; r < sched::kResourceCount; ++r)
            p.capacity[r] = q.value(5 + int(r)).toLongLong();
        p.vcpuRatio = q.value(8).toDouble();
        p.ramRatio = q.value(9).toDouble();
    }
    return {};
}

Status PodOverlayStore::upsert(const sched::Pod &pod)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO pod_overlay (cloud, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (cloud, pod_id) DO UPDATE SET tags = excluded.tags, state = excluded.state,"
                             " threshold = excluded.threshold, cost = excluded.cost, vcpus = excluded.vcpus,"
                             " ram_mb = excluded.ram_mb, disk_gb = excluded.disk_gb, vcpu_ratio = excluded.vcpu_ratio,"
                             " ram_ratio = excluded.ram_ratio")
                  .arg(QLatin1String(kStoreColumns)));
    q.addBindValue(m_cloud);
    q.addBindValue(QString::fromStdString(pod.id));
    q.addBindValue(QString::fromStdString(sched::groupKey(pod.tags)));
    q.addBindValue(QString::fromUtf8(sched::podStateKey(pod.state)));
    q.addBindValue(pod.threshold);
    q.addBindValue(pod.cost);
    for (std::size_t r = 0; r < sched::kResourceCount; ++r)
        q.addBindValue(qlonglong(pod.capacity[r]));
    q.addBindValue(pod.vcpuRatio);
    q.addBindValue(pod.ramRatio);
    if (!q.exec())
        return Error{tr("cannot save the settings of pod %1 in the store %2: %3")
                         .arg(QString::fromStdString(pod.name), m_store.location(), q.lastError().text())};
    return {};
}

Status PodOverlayStore::save(const sched::Pod &pod, AuditRecord audit)
{
    return m_store.inTransaction([&]() -> Status {
        if (Status s = upsert(pod); !s)
            return s;
        return m_store.appendAudit(audit);
    });
}

Status PodOverlayStore::remove(const std::string &podId, AuditRecord audit)
{
    return m_store.inTransaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("DELETE FROM pod_overlay WHERE cloud = ? AND pod_id = ?"));
        q.addBindValue(m_cloud);
        q.addBindValue(QString::fromStdString(podId));
        if (!q.exec())
            return Error{tr("cannot remove the settings of pod %1 from the store %2: %3")
                             .arg(QString::fromStdString(podId), m_store.location(), q.lastError().text())};
        return m_store.appendAudit(audit);
    });
}

Status PodOverlayStore::recordUsage(const std::vector<sched::Pod> &pods, std::int64_t atUs)
{
    const Status s = m_store.inTransaction(
        [&] { return UsageHistoryRows::recordAndThin(m_store.database(), pods, atUs, m_cloud); });
    if (!s)
        return Error{tr("cannot record the usage history in the store %1: %2").arg(m_store.location(), s.error())};
    return {};
}

Status PodOverlayStore::loadHistory(sched::CloudState &state) const
{
    if (Status s = UsageHistoryRows::loadAll(m_store.database(), state, m_cloud); !s)
        return Error{tr("cannot read the usage history from the store %1: %2").arg(m_store.location(), s.error())};
    // Samples of pods the cloud no longer has stay stored, but are not shown.
    std::erase_if(state.usageHistory, [&](const auto &entry) { return !state.findPod(entry.first); });
    return {};
}

// Inside the store's transaction: the old file's samples, where the store has none at that time.
Status PodOverlayStore::copyHistory(const QSqlDatabase &old)
{
    if (!old.tables().contains(QStringLiteral("usage_history")))
        return {};
    QSqlQuery read(old);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT pod_id, at, vcpus, ram_mb, disk_gb, running_vms FROM usage_history")))
        return Error{read.lastError().text()};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO cloud_usage_history (cloud, pod_id, at, vcpus, ram_mb, disk_gb, running_vms)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cloud, pod_id, at) DO NOTHING"));
    while (read.next()) {
        q.addBindValue(m_cloud);
        for (int c = 0; c < 6; ++c)
            q.addBindValue(read.value(c));
        if (!q.exec())
            return Error{q.lastError().text()};
    }
    return {};
}

Result<int> PodOverlayStore::moveFrom(const QString &oldFile)
{
    if (!QFileInfo(oldFile).isFile())
        return 0;
    auto opened = LocalDatabase::open(oldFile, {});
    if (!opened)
        return Error{opened.error()};
    const std::unique_ptr<LocalDatabase> old(opened.value());
    const QStringList tables = old->db().tables();
    if (!tables.contains(QStringLiteral("pod_overlay")) && !tables.contains(QStringLiteral("usage_history")))
        return 0;
    QSqlQuery read(old->db());
    read.setForwardOnly(true);
    if (tables.contains(QStringLiteral("pod_overlay"))
        && !read.exec(QStringLiteral("SELECT %1 FROM pod_overlay").arg(QLatin1String(kColumns))))
        return Error{old->failure(tr("cannot read the old pod settings"), read.lastError().text())};
    int moved = 0;
    const Status written = m_store.inTransaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO pod_overlay (cloud, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (cloud, pod_id) DO NOTHING").arg(QLatin1String(kColumns)));
        while (read.isActive() && read.next()) {
            q.addBindValue(m_cloud);
            for (int c = 0; c < 8; ++c)
                q.addBindValue(read.value(c));
            if (!q.exec())
                return Error{tr("cannot move the old pod settings of %1 into the store %2: %3")
                                 .arg(oldFile, m_store.location(), q.lastError().text())};
            moved += q.numRowsAffected() == 1;
        }
        if (Status s = copyHistory(old->db()); !s)
            return Error{tr("cannot move the old usage history of %1 into the store %2: %3")
                             .arg(oldFile, m_store.location(), s.error())};
        return {};
    });
    read.finish();
    if (!written)
        return Error{written.error()};
    // Moved: the file keeps its snapshot and usage history, not a second truth.
    QSqlQuery drop(old->db());
    for (const QString &table : {QStringLiteral("pod_overlay"), QStringLiteral("usage_history")})
        if (tables.contains(table) && !drop.exec(QStringLiteral("DROP TABLE %1").arg(table)))
            return Error{old->failure(tr("the pod settings were copied into the store, but the old table could not be "
                                         "dropped"), drop.lastError().text())};
    return moved;
}

} // namespace model::remote
