// SPDX-License-Identifier: Apache-2.0
#include "podplacements.h"

#include "cloud.h"
#include "files/atomicfilewriter.h"
#include "files/boundedfilereader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace model {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
std::string text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString().toStdString(); }
} // namespace

PodPlacements PodPlacements::of(const sched::CloudState &state, std::int64_t seenAtUs)
{
    PodPlacements out;
    out.seenAtUs = seenAtUs;
    for (const sched::Pod &p : state.pods)
        if (!p.isTop())
            out.pods.push_back({p.id, p.name, p.azName, sched::groupKey(p.tags)});
    return out;
}

const PodPlacements::Placement *PodPlacements::find(const std::string &podId) const
{
    for (const Placement &p : pods)
        if (p.podId == podId)
            return &p;
    return nullptr;
}

QString PodPlacements::pathBeside(const QString &stateFile)
{
    QString file = stateFile;
    if (file.endsWith(QLatin1String(".sqlite")))
        file.chop(7);
    return file + QStringLiteral(".placements.json");
}

Result<std::optional<PodPlacements>> PodPlacements::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::optional<PodPlacements>{};
    const auto data = BoundedFileReader::read(path, BoundedFileReader::Kind::StateFile);
    if (!data)
        return Error{data.error()};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data.value().mid(jsonTextStart(data.value())), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !root.value(QLatin1String("seen_at_us")).isDouble() ||
        !root.value(QLatin1String("pods")).isArray())
        return Error{tr("%1 is not a pod placement record of trio2o-sched check (%2); delete it to start a new one")
                         .arg(path, error.error != QJsonParseError::NoError ? error.errorString()
                                                                             : tr("seen_at_us or pods missing"))};
    PodPlacements out;
    out.seenAtUs = std::int64_t(root.value(QLatin1String("seen_at_us")).toDouble());
    for (const QJsonValue &v : root.value(QLatin1String("pods")).toArray()) {
        const QJsonObject o = v.toObject();
        out.pods.push_back({text(o, "pod_id"), text(o, "pod_name"), text(o, "az_name"), text(o, "group")});
    }
    return std::optional<PodPlacements>(std::move(out));
}

Status PodPlacements::save(const QString &path) const
{
    QJsonArray list;
    for (const Placement &p : pods)
        list.append(QJsonObject{{QStringLiteral("pod_id"), str(p.podId)},
                                {QStringLiteral("pod_name"), str(p.podName)},
                                {QStringLiteral("az_name"), str(p.azName)},
                                {QStringLiteral("group"), str(p.groupKey)}});
    const QJsonObject root{{QStringLiteral("seen_at_us"), double(seenAtUs)}, {QStringLiteral("pods"), list}};
    return AtomicFileWriter::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace model
