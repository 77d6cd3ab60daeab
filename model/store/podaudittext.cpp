// SPDX-License-Identifier: Apache-2.0
#include "podaudittext.h"

#include <QStringList>

#include <vector>

namespace model {

namespace {

using Field = std::pair<QString, QString>;

QString number(double v) { return QString::number(v, 'g', 10); }

QString used(const std::optional<std::int64_t> &v) { return v ? QString::number(*v) : QStringLiteral("unknown"); }

std::vector<Field> fields(const sched::Pod &p)
{
    const auto s = [](const std::string &text) { return QString::fromStdString(text); };
    std::vector<Field> out{
        {QStringLiteral("name"), s(p.name)},
        {QStringLiteral("az"), s(p.azName)},
        {QStringLiteral("pod_az"), s(p.podAzName)},
        {QStringLiteral("dc"), s(p.dcName)},
        {QStringLiteral("tags"), s(sched::groupKey(p.tags))},
        {QStringLiteral("state"), QString::fromUtf8(sched::podStateKey(p.state))},
        {QStringLiteral("threshold"), number(p.threshold)},
        {QStringLiteral("cost"), number(p.cost)},
    };
    for (sched::Resource r : sched::kAllResources)
        out.push_back({QString::fromUtf8(sched::resourceKey(r)), QString::number(p.capacity[std::size_t(r)])});
    for (sched::Resource r : sched::kAllResources)
        out.push_back({QString::fromUtf8(sched::resourceKey(r)) + QStringLiteral("_used"), used(p.used[std::size_t(r)])});
    return out;
}

QString join(const QStringList &pairs) { return pairs.join(QLatin1Char(' ')); }

} // namespace

QString PodAuditText::describe(const sched::Pod &pod)
{
    QStringList pairs;
    for (const Field &f : fields(pod))
        pairs << f.first + QLatin1Char('=') + f.second;
    return join(pairs);
}

std::pair<QString, QString> PodAuditText::difference(const sched::Pod &before, const sched::Pod &after, Scope scope)
{
    const std::vector<Field> a = fields(before), b = fields(after);
    // fields(): 8 settings, then the capacity, then the usage of each resource.
    std::size_t end = a.size();
    if (scope != Scope::All)
        end -= sched::kResourceCount;
    if (scope == Scope::WithoutCapacityAndUsage)
        end -= sched::kResourceCount;
    QStringList was, is;
    for (std::size_t i = 0; i < end; ++i) {
        if (a[i].second == b[i].second)
            continue;
        was << a[i].first + QLatin1Char('=') + a[i].second;
        is << b[i].first + QLatin1Char('=') + b[i].second;
    }
    return {join(was), join(is)};
}

} // namespace model
