// SPDX-License-Identifier: Apache-2.0
#include "usagesourcetext.h"

#include <QLocale>

namespace model {

QString UsageSourceText::key(sched::UsageSource source)
{
    switch (source) {
    case sched::UsageSource::Placement:
        return QStringLiteral("placement");
    case sched::UsageSource::HypervisorStatistics:
        return QStringLiteral("hypervisor_statistics");
    case sched::UsageSource::Manual:
        break;
    }
    return QStringLiteral("manual");
}

QString UsageSourceText::describe(const sched::Pod &pod)
{
    const QLocale locale;
    switch (pod.usageSource) {
    case sched::UsageSource::Placement:
        return tr("Usage from Placement (capacity = (total − reserved) × allocation ratio)");
    case sched::UsageSource::HypervisorStatistics:
        return tr("Usage from hypervisor statistics × ratio: vCPUs × %1, RAM × %2")
            .arg(locale.toString(pod.vcpuRatio, 'g', 6), locale.toString(pod.ramRatio, 'g', 6));
    case sched::UsageSource::Manual:
        break;
    }
    return tr("Usage entered by hand (manual)");
}

QJsonObject UsageSourceText::json(const sched::Pod &pod)
{
    QJsonObject capacity, used;
    for (sched::Resource r : sched::kAllResources) {
        const auto i = std::size_t(r);
        const QString k = QString::fromLatin1(sched::resourceKey(r).data(), qsizetype(sched::resourceKey(r).size()));
        capacity.insert(k, double(pod.capacity[i]));
        used.insert(k, pod.used[i] ? QJsonValue(double(*pod.used[i])) : QJsonValue(QJsonValue::Null));
    }
    return {{QStringLiteral("source"), key(pod.usageSource)},
            {QStringLiteral("vcpu_ratio"), pod.vcpuRatio},
            {QStringLiteral("ram_ratio"), pod.ramRatio},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("used"), used}};
}

} // namespace model
