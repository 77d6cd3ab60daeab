// SPDX-License-Identifier: Apache-2.0
#include "placementreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace model::remote {

namespace {

// A whole, non-negative JSON number that fits an int64 (Placement's integers).
std::optional<std::int64_t> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9.0e15 || std::floor(d) != d)
        return std::nullopt;
    return std::int64_t(d);
}

Result<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{PlacementReader::tr("the answer is not a JSON object")};
    return doc.object();
}

} // namespace

QString PlacementReader::resourceClass(sched::Resource r)
{
    switch (r) {
    case sched::Resource::Vcpus:
        return QStringLiteral("VCPU");
    case sched::Resource::RamMb:
        return QStringLiteral("MEMORY_MB");
    case sched::Resource::DiskGb:
        return QStringLiteral("DISK_GB");
    }
    return {};
}

Result<std::vector<QString>> PlacementReader::providers(const QByteArray &body)
{
    const auto root = objectOf(body);
    if (!root)
        return Error{root.error()};
    const QJsonValue list = root->value(QLatin1String("resource_providers"));
    if (!list.isArray())
        return Error{tr("no \"resource_providers\" list")};
    std::vector<QString> uuids;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString uuid = array.at(i).toObject().value(QLatin1String("uuid")).toString();
        if (uuid.isEmpty() || uuid.contains(QLatin1Char('/')))
            return Error{tr("\"resource_providers[%1].uuid\" is missing or not a uuid").arg(i)};
        uuids.push_back(uuid);
    }
    return uuids;
}

Result<PlacementReader::Inventories> PlacementReader::inventories(const QByteArray &body)
{
    const auto root = objectOf(body);
    if (!root)
        return Error{root.error()};
    const QJsonValue all = root->value(QLatin1String("inventories"));
    if (!all.isObject())
        return Error{tr("no \"inventories\" object")};
    Inventories out;
    for (sched::Resource r : sched::kAllResources) {
        const QString rc = resourceClass(r);
        const QJsonValue v = all.toObject().value(rc);
        if (v.isUndefined())
            continue;
        const QJsonObject o = v.toObject();
        const auto total = wholeNumber(o.value(QLatin1String("total")));
        const auto reserved = o.contains(QLatin1String("reserved")) ? wholeNumber(o.value(QLatin1String("reserved")))
                                                                   : std::optional<std::int64_t>(0);
        const QJsonValue ratio = o.value(QLatin1String("allocation_ratio"));
        if (!total)
            return Error{tr("\"inventories.%1.total\" is missing or not a whole number").arg(rc)};
        if (!reserved)
            return Error{tr("\"inventories.%1.reserved\" is not a whole number").arg(rc)};
        if (!ratio.isUndefined() && (!ratio.isDouble() || !(ratio.toDouble() > 0) || ratio.toDouble() > 1e6))
            return Error{tr("\"inventories.%1.allocation_ratio\" is not a number above 0").arg(rc)};
        out[std::size_t(r)] = Inventory{*total, *reserved, ratio.isUndefined() ? 1.0 : ratio.toDouble()};
    }
    return out;
}

Result<PlacementReader::Usages> PlacementReader::usages(const QByteArray &body)
{
    const auto root = objectOf(body);
    if (!root)
        return Error{root.error()};
    const QJsonValue all = root->value(QLatin1String("usages"));
    if (!all.isObject())
        return Error{tr("no \"usages\" object")};
    Usages out{};
    for (sched::Resource r : sched::kAllResources) {
        const QString rc = resourceClass(r);
        const QJsonValue v = all.toObject().value(rc);
        if (v.isUndefined())
            continue; // a class nothing was allocated from
        const auto used = wholeNumber(v);
        if (!used)
            return Error{tr("\"usages.%1\" is not a whole number").arg(rc)};
        out[std::size_t(r)] = *used;
    }
    return out;
}

bool PlacementReader::counts(const Inventories &inventories)
{
    for (const auto &i : inventories)
        if (i)
            return true;
    return false;
}

void PlacementReader::add(const Inventories &inventories, const Usages &usages, sched::Amounts &capacity,
                          sched::Amounts &used)
{
    for (std::size_t r = 0; r < sched::kResourceCount; ++r) {
        if (!inventories[r])
            continue;
        const Inventory &i = *inventories[r];
        const double usable = double(std::max<std::int64_t>(0, i.total - i.reserved)) * i.allocationRatio;
        capacity[r] += std::int64_t(std::min(std::floor(usable), 9.0e15));
        used[r] += usages[r];
    }
}

} // namespace model::remote
