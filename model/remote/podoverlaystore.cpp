// SPDX-License-Identifier: Apache-2.0
#include "podoverlaystore.h"

#include "localdatabase.h"
#include "usagehistoryrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>

namespace model::remote {

namespace {

// A pod's overcommit ratios live in store_settings, one row per pod that has
// any other than 1.0 (no column of pod_overlay: its schema stays as it is):
// key "pod_overcommit:<pod_id>", value "vcpu=<ratio>;ram=<ratio>".
const QString kRatioKey = QStringLiteral("pod_overcommit:");

QString ratioValue(const sched::Pod &pod)
{
    return QStringLiteral("vcpu=%1;ram=%2").arg(pod.vcpuRatio, 0, 'g', 17).arg(pod.ramRatio, 0, 'g', 17);
}

void readRatios(const QString &value, sched::Pod &pod)
{
    for (const QString &part : value.split(QLatin1Char(';'))) {
        bool ok = false;
        const double ratio = part.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!ok || !(ratio > 0))
            continue; // an unreadable ratio counts as none (1.0)
        if (part.startsWith(QLatin1String("vcpu=")))
            pod.vcpuRatio = ratio;
        else if (part.startsWith(QLatin1String("ram=")))
            pod.ramRatio = ratio;
    }
}

} // namespace

PodOverlayStore::PodOverlayStore(std::unique_ptr<LocalDatabase> db) : m_db(std::move(db)) {}
PodOverlayStore::~PodOverlayStore() = default;

Result<std::unique_ptr<PodOverlayStore>> PodOverlayStore::open(const QString &path)
{
    auto db = LocalDatabase::open(path, {QStringLiteral(
        "CREATE TABLE IF NOT EXISTS pod_overlay (pod_id TEXT PRIMARY KEY, tags TEXT NOT NULL, state TEXT NOT NULL,"
        " threshold REAL NOT NULL, cost REAL NOT NULL, vcpus INTEGER NOT NULL, ram_mb INTEGER NOT NULL,"
        " disk_gb INTEGER NOT NULL)"),
        // The usage history of the remote cloud's pods (capacity outlook): one
        // sample per collection, at most one per pod per interval.
        QStringLiteral("CREATE TABLE IF NOT EXISTS usage_history (pod_id TEXT NOT NULL, at BIGINT NOT NULL,"
                       " vcpus BIGINT, ram_mb BIGINT, disk_gb BIGINT, running_vms BIGINT, PRIMARY KEY (pod_id, at))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS store_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")});
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<PodOverlayStore>(new PodOverlayStore(std::unique_ptr<LocalDatabase>(db.value())));
}

Status PodOverlayStore::applyTo(std::vector<sched::Pod> &pods) const
{
    std::unordered_map<std::string, sched::Pod *> byId;
    for (sched::Pod &p : pods)
        byId.emplace(p.id, &p);
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT pod_id, tags, state, threshold, cost, vcpus, ram_mb, disk_gb FROM pod_overlay")))
        return Error{m_db->failure(tr("cannot read the pod overlay"), q.lastError().text())};
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
    }
    return applyRatiosTo(byId);
}

Status PodOverlayStore::applyRatiosTo(const std::unordered_map<std::string, sched::Pod *> &byId) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT key, value FROM store_settings WHERE key LIKE ?"));
    q.addBindValue(kRatioKey + QLatin1Char('%'));
    if (!q.exec())
        return Error{m_db->failure(tr("cannot read the pods' overcommit ratios"), q.lastError().text())};
    while (q.next()) {
        const auto it = byId.find(q.value(0).toString().mid(kRatioKey.size()).toStdString());
        if (it != byId.end())
            readRatios(q.value(1).toString(), *it->second);
    }
    return {};
}

Status PodOverlayStore::saveRatios(const sched::Pod &pod)
{
    QSqlQuery q(m_db->db());
    const bool none = pod.vcpuRatio == 1.0 && pod.ramRatio == 1.0;
    q.prepare(none ? QStringLiteral("DELETE FROM store_settings WHERE key = ?")
                   : QStringLiteral("INSERT OR REPLACE INTO store_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(kRatioKey + QString::fromStdString(pod.id));
    if (!none)
        q.addBindValue(ratioValue(pod));
    if (!q.exec())
        return Error{q.lastError().text()};
    return {};
}

Status PodOverlayStore::save(const sched::Pod &pod)
{
    // The overlay row and the ratios together, or neither.
    QSqlDatabase db = m_db->db();
    const QString what = tr("cannot save the overlay of pod %1").arg(QString::fromStdString(pod.name));
    if (!db.transaction())
        return Error{m_db->failure(what, db.lastError().text())};
    Status s = saveRow(pod);
    if (s) {
        if (Status r = saveRatios(pod); !r)
            s = Error{m_db->failure(what, r.error())};
    }
    if (!s || !db.commit()) {
        const QString error = s ? m_db->failure(what, db.lastError().text()) : s.error();
        db.rollback();
        return Error{error};
    }
    return {};
}

Status PodOverlayStore::saveRow(const sched::Pod &pod)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pod_overlay (pod_id, tags, state, threshold, cost, vcpus, ram_mb,"
                             " disk_gb) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QString::fromStdString(pod.id));
    q.addBindValue(QString::fromStdString(sched::groupKey(pod.tags)));
    q.addBindValue(QString::fromUtf8(sched::podStateKey(pod.state)));
    q.addBindValue(pod.threshold);
    q.addBindValue(pod.cost);
    for (std::size_t r = 0; r < sched::kResourceCount; ++r)
        q.addBindValue(qlonglong(pod.capacity[r]));
    if (!q.exec())
        return Error{m_db->failure(tr("cannot save the overlay of pod %1").arg(QString::fromStdString(pod.name)),
                                   q.lastError().text())};
    return {};
}

Status PodOverlayStore::recordUsage(const std::vector<sched::Pod> &pods, std::int64_t atUs)
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

Status PodOverlayStore::loadHistory(sched::CloudState &state) const
{
    if (Status s = UsageHistoryRows::loadAll(m_db->db(), state); !s)
        return Error{m_db->failure(tr("cannot read the usage history"), s.error())};
    // Samples of pods the cloud no longer has stay stored, but are not shown.
    std::erase_if(state.usageHistory, [&](const auto &entry) { return !state.findPod(entry.first); });
    return {};
}

Status PodOverlayStore::remove(const std::string &podId)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("DELETE FROM pod_overlay WHERE pod_id = ?"));
    q.addBindValue(QString::fromStdString(podId));
    if (!q.exec())
        return Error{m_db->failure(tr("cannot remove a pod overlay"), q.lastError().text())};
    sched::Pod gone;
    gone.id = podId; // ratios 1.0: its row goes
    if (Status s = saveRatios(gone); !s)
        return Error{m_db->failure(tr("cannot remove a pod overlay"), s.error())};
    return {};
}

} // namespace model::remote
