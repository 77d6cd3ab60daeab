// SPDX-License-Identifier: Apache-2.0
#include "storerows.h"

#include "schedulerconfig.h"

namespace model {

QString StoreRows::podColumns()
{
    return QStringLiteral(
        "pod_id, pod_name, az_name, pod_az_name, dc_name, resource_affinity_tags, state, created_at, cost, threshold,"
        " vcpus_total, vcpus_used, ram_mb_total, ram_mb_used, disk_gb_total, disk_gb_used, running_vms");
}

QString StoreRows::bindingColumns()
{
    return QStringLiteral("id, tenant_id, pod_id, is_binding, created_at, updated_at, ended_at");
}

QVariant StoreRows::optionalValue(const std::optional<std::int64_t> &v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<std::int64_t> StoreRows::optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
}

void StoreRows::bindPod(QSqlQuery &q, const sched::Pod &p)
{
    q.addBindValue(str(p.id));
    q.addBindValue(str(p.name));
    q.addBindValue(str(p.azName));
    q.addBindValue(str(p.podAzName));
    q.addBindValue(str(p.dcName));
    q.addBindValue(str(sched::groupKey(p.tags)));
    q.addBindValue(QString::fromUtf8(sched::podStateKey(p.state)));
    q.addBindValue(qlonglong(p.createdAtUs));
    q.addBindValue(p.cost);
    // The column is required: a pod without a threshold of its own (0, from a
    // state file) is stored with the scheduler's default one.
    q.addBindValue(p.threshold > 0 ? p.threshold : sched::SchedulerConfig{}.defaultThreshold);
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        q.addBindValue(qlonglong(p.capacity[r]));
        q.addBindValue(optionalValue(p.used[r]));
    }
    q.addBindValue(optionalValue(p.runningVms));
}

sched::Pod StoreRows::podFromRow(const QSqlQuery &q)
{
    sched::Pod p;
    p.id = q.value(0).toString().toStdString();
    p.name = q.value(1).toString().toStdString();
    p.azName = q.value(2).toString().toStdString();
    p.podAzName = q.value(3).toString().toStdString();
    p.dcName = q.value(4).toString().toStdString();
    p.tags = sched::parseGroup(q.value(5).toString().toStdString()).value_or(sched::TagSet{});
    p.state = sched::podStateFromKey(q.value(6).toString().toStdString()).value_or(sched::PodState::Enabled);
    p.createdAtUs = q.value(7).toLongLong();
    p.cost = q.value(8).toDouble();
    p.threshold = q.value(9).toDouble();
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        p.capacity[r] = q.value(10 + int(2 * r)).toLongLong();
        p.used[r] = optionalInt(q.value(11 + int(2 * r)));
    }
    p.runningVms = optionalInt(q.value(16));
    return p;
}

sched::Binding StoreRows::bindingFromRow(const QSqlQuery &q)
{
    sched::Binding b;
    b.id = q.value(0).toString().toStdString();
    b.tenantId = q.value(1).toString().toStdString();
    b.podId = q.value(2).toString().toStdString();
    b.active = q.value(3).toInt() != 0;
    b.createdAtUs = q.value(4).toLongLong();
    b.updatedAtUs = optionalInt(q.value(5));
    b.endedAtUs = optionalInt(q.value(6));
    return b;
}

} // namespace model
