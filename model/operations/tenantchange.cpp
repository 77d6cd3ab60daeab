// SPDX-License-Identifier: Apache-2.0
#include "tenantchange.h"

namespace model {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

QString TenantChangeText::statusName(TenantChange::Status status)
{
    switch (status) {
    case TenantChange::Status::Planned:
        return tr("planned");
    case TenantChange::Status::AlreadyDone:
        return tr("already done");
    case TenantChange::Status::Stuck:
        return tr("cannot move");
    case TenantChange::Status::Applied:
        return tr("applied");
    case TenantChange::Status::NotApplied:
        return tr("not applied");
    case TenantChange::Status::Failed:
        return tr("failed");
    }
    return {};
}

QString TenantChangeText::statusKey(TenantChange::Status status)
{
    switch (status) {
    case TenantChange::Status::Planned:
        return QStringLiteral("planned");
    case TenantChange::Status::AlreadyDone:
        return QStringLiteral("already_done");
    case TenantChange::Status::Stuck:
        return QStringLiteral("stuck");
    case TenantChange::Status::Applied:
        return QStringLiteral("applied");
    case TenantChange::Status::NotApplied:
        return QStringLiteral("not_applied");
    case TenantChange::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString TenantChangeText::kindKey(TenantChange::Kind kind)
{
    switch (kind) {
    case TenantChange::Kind::Bind:
        return QStringLiteral("bind");
    case TenantChange::Kind::Unbind:
        return QStringLiteral("unbind");
    case TenantChange::Kind::Rebind:
        return QStringLiteral("rebind");
    }
    return {};
}

QJsonObject TenantChangeText::toJson(const TenantChange &c)
{
    QJsonObject o{{QStringLiteral("op"), kindKey(c.kind)},
                  {QStringLiteral("status"), statusKey(c.status)},
                  {QStringLiteral("tenant_id"), str(c.tenantId)}};
    if (c.index >= 0)
        o.insert(QStringLiteral("index"), c.index);
    if (!c.fromPodId.empty()) {
        o.insert(QStringLiteral("from_pod_id"), str(c.fromPodId));
        o.insert(QStringLiteral("from_pod_name"), c.fromPodName);
    }
    if (!c.toPodId.empty()) {
        o.insert(QStringLiteral("to_pod_id"), str(c.toPodId));
        o.insert(QStringLiteral("to_pod_name"), c.toPodName);
    }
    if (!c.reason.isEmpty())
        o.insert(QStringLiteral("reason"), c.reason);
    if (!c.error.isEmpty())
        o.insert(QStringLiteral("error"), c.error);
    return o;
}

QJsonObject TenantChangeText::toJson(const TargetLoad &t)
{
    QJsonObject o{{QStringLiteral("pod_id"), str(t.podId)},
                  {QStringLiteral("pod_name"), t.podName},
                  {QStringLiteral("received"), t.received},
                  {QStringLiteral("threshold"), t.threshold}};
    o.insert(QStringLiteral("usage"), t.usage < 0 ? QJsonValue() : QJsonValue(t.usage));
    return o;
}

QString TenantChangeText::usageText(double usage)
{
    if (usage < 0)
        return tr("unknown", "usage");
    return tr("%1 %", "usage percent").arg(qRound(usage * 100));
}

} // namespace model
