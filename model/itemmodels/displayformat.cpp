// SPDX-License-Identifier: Apache-2.0
#include "displayformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>

namespace model {

QString DisplayFormat::dateTime(std::int64_t microsecondsUtc)
{
    if (microsecondsUtc == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(microsecondsUtc / 1000, QTimeZone::utc())
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayFormat::podState(sched::PodState state)
{
    switch (state) {
    case sched::PodState::Enabled:
        return tr("enabled", "pod state");
    case sched::PodState::Maintenance:
        return tr("maintenance", "pod state");
    case sched::PodState::Disabled:
        return tr("disabled", "pod state");
    }
    return {};
}

QString DisplayFormat::resourceName(sched::Resource r)
{
    switch (r) {
    case sched::Resource::Vcpus:
        return tr("vCPUs");
    case sched::Resource::RamMb:
        return tr("RAM");
    case sched::Resource::DiskGb:
        return tr("Disk");
    }
    return {};
}

std::optional<double> DisplayFormat::usageFraction(const sched::Pod &pod, sched::Resource r)
{
    const auto i = std::size_t(r);
    if (!pod.used[i] || pod.capacity[i] <= 0)
        return std::nullopt;
    return double(*pod.used[i]) / double(pod.capacity[i]);
}

std::optional<double> DisplayFormat::peakUsage(const sched::Pod &pod)
{
    std::optional<double> peak;
    for (sched::Resource r : sched::kAllResources)
        if (auto f = usageFraction(pod, r))
            peak = std::max(peak.value_or(0.0), *f);
    return peak;
}

QString DisplayFormat::usage(const sched::Pod &pod, sched::Resource r)
{
    const auto fraction = usageFraction(pod, r);
    if (!fraction)
        return tr("unknown", "usage never collected");
    return tr("%1 %", "usage: percent of capacity").arg(qRound(*fraction * 100));
}

QString DisplayFormat::amount(sched::Resource r, std::int64_t value)
{
    const QLocale locale;
    if (r == sched::Resource::Vcpus)
        return tr("%n vCPU(s)", nullptr, int(std::min<std::int64_t>(value, INT_MAX)));
    // RAM is stored in MiB, disk in GiB: step up while the number is large.
    static const char *const units[] = {QT_TR_NOOP("%1 MiB"), QT_TR_NOOP("%1 GiB"), QT_TR_NOOP("%1 TiB"),
                                        QT_TR_NOOP("%1 PiB")};
    int unit = r == sched::Resource::RamMb ? 0 : 1;
    double shown = double(value);
    while (std::abs(shown) >= 1024 && unit < 3) {
        shown /= 1024;
        ++unit;
    }
    const bool whole = shown == std::floor(shown);
    return tr(units[unit]).arg(locale.toString(shown, 'f', whole ? 0 : 1));
}

} // namespace model
