// SPDX-License-Identifier: Apache-2.0
#include "schedulerconfigjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <string>

namespace model {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString key(const char *k) { return QString::fromLatin1(k); }

Error keyError(const QString &name, const QString &what) { return Error{QStringLiteral("%1: %2").arg(name, what)}; }
} // namespace

Result<sched::SchedulerConfig> SchedulerConfigJson::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("Not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{tr("The scheduler configuration must be a JSON object")};
    return fromJson(doc.object());
}

Result<sched::SchedulerConfig> SchedulerConfigJson::fromJson(const QJsonObject &root)
{
    sched::SchedulerConfig config;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue v = it.value();
        if (name == key("policy")) {
            const auto policy = sched::policyFromKey(v.toString().toStdString());
            if (!v.isString() || !policy)
                return keyError(name, tr("must be \"weighted\" or \"trio2o\""));
            config.policy = *policy;
        } else if (name == key("filters")) {
            if (!v.isArray())
                return keyError(name, tr("must be a list of filter names"));
            config.filters = sched::FilterSet::none();
            for (const QJsonValue f : v.toArray()) {
                const auto kind = sched::filterFromKey(f.toString().toStdString());
                if (!f.isString() || !kind)
                    return keyError(name, tr("unknown filter \"%1\"").arg(f.toVariant().toString()));
                config.filters.insert(*kind);
            }
        } else if (name == key("weighers")) {
            if (!v.isObject())
                return keyError(name, tr("must be an object of weigher multipliers"));
            const QJsonObject weighers = v.toObject();
            for (auto w = weighers.begin(); w != weighers.end(); ++w) {
                const auto kind = sched::weigherFromKey(w.key().toStdString());
                const QString where = name + QLatin1Char('.') + w.key();
                if (!kind)
                    return keyError(where, tr("unknown weigher"));
                // Bounded like the console's settings dialog: six normalised
                // weights times 1e308 overflow the total to infinity.
                const double m = w.value().toDouble();
                if (!w.value().isDouble() || !std::isfinite(m) || std::fabs(m) > kMaxMultiplier)
                    return keyError(where, tr("must be a number from %1 to %2").arg(-kMaxMultiplier, 0, 'f', 0).arg(kMaxMultiplier, 0, 'f', 0));
                config.multipliers[std::size_t(*kind)] = w.value().toDouble();
            }
        } else if (name == key("subset_size")) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 1 || d > 1e6 || d != std::floor(d))
                return keyError(name, tr("must be a whole number of at least 1"));
            config.subsetSize = std::uint32_t(d);
        } else if (name == key("seed")) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || d != std::floor(d))
                return keyError(name, tr("must be a whole number of at least 0"));
            config.seed = std::uint64_t(d);
        } else if (name == key("default_threshold")) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || !(d > 0 && d <= 1))
                return keyError(name, tr("must be a number above 0 and at most 1"));
            config.defaultThreshold = d;
        } else {
            return keyError(name, tr("unknown key"));
        }
    }
    return config;
}

QJsonObject SchedulerConfigJson::toJson(const sched::SchedulerConfig &config)
{
    QJsonArray filters;
    for (std::size_t i = 0; i < sched::kFilterCount; ++i)
        if (config.filters.contains(sched::FilterKind(i)))
            filters.append(str(sched::filterKey(sched::FilterKind(i))));
    QJsonObject weighers;
    for (std::size_t i = 0; i < sched::kWeigherCount; ++i)
        weighers.insert(str(sched::weigherKey(sched::WeigherKind(i))), config.multipliers[i]);
    QJsonObject root;
    root.insert(key("policy"), str(sched::policyKey(config.policy)));
    root.insert(key("filters"), filters);
    root.insert(key("weighers"), weighers);
    root.insert(key("subset_size"), double(config.subsetSize));
    root.insert(key("seed"), double(config.seed));
    root.insert(key("default_threshold"), config.defaultThreshold);
    return root;
}

QByteArray SchedulerConfigJson::serialize(const sched::SchedulerConfig &config)
{
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}

} // namespace model
