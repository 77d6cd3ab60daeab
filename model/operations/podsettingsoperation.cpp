// SPDX-License-Identifier: Apache-2.0
#include "podsettingsoperation.h"

#include "decisiontext.h"
#include "futurewait.h"

#include <algorithm>
#include <cmath>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QString groupText(const sched::TagSet &tags)
{
    return tags.empty() ? PodSettingsOperation::tr("general") : str(sched::groupKey(tags));
}

} // namespace

bool PodSettings::isEmpty() const
{
    bool capacitySet = false;
    for (const auto &c : capacity)
        capacitySet = capacitySet || c.has_value();
    return !state && !threshold && !clearTags && setTags.empty() && !capacitySet && !cost && !vcpuRatio && !ramRatio;
}

Result<PodSettingsPreview> PodSettingsOperation::preview(const sched::CloudState &state, const std::string &podId,
                                                         const PodSettings &settings)
{
    const sched::Pod *pod = state.findPod(podId);
    if (!pod)
        return Error{tr("pod %1 does not exist").arg(str(podId))};
    int bound = 0;
    for (const sched::Binding &b : state.bindings)
        bound += b.active && b.podId == pod->id;
    return previewOf(*pod, bound, settings);
}

Result<PodSettingsPreview> PodSettingsOperation::previewOf(const sched::Pod &pod, int boundTenants,
                                                           const PodSettings &settings)
{
    if (settings.isEmpty())
        return Error{tr("no setting to change was given")};
    if (settings.threshold && !(*settings.threshold > 0 && *settings.threshold <= 1))
        return Error{tr("threshold %1 is not in (0, 1]: it is the fraction of the total that counts as full")
                         .arg(*settings.threshold)};
    if (settings.cost && !(std::isfinite(*settings.cost) && *settings.cost >= 0))
        return Error{tr("cost %1 is not a number of 0 or more").arg(*settings.cost)};
    for (const auto &[ratio, name] : {std::pair{settings.vcpuRatio, "vcpu"}, std::pair{settings.ramRatio, "ram"}})
        if (ratio && !(*ratio > 0 && *ratio <= kMaxRatio))
            return Error{tr("the %1 overcommit ratio %2 is not in (0, %3]").arg(QLatin1String(name)).arg(*ratio).arg(kMaxRatio)};
    PodSettingsPreview preview;
    preview.before = pod;
    sched::Pod &after = preview.after = pod;
    if (settings.state)
        after.state = *settings.state;
    if (settings.threshold)
        after.threshold = *settings.threshold;
    if (settings.cost)
        after.cost = *settings.cost;
    after.vcpuRatio = settings.vcpuRatio.value_or(after.vcpuRatio);
    after.ramRatio = settings.ramRatio.value_or(after.ramRatio);
    for (sched::Resource r : sched::kAllResources) {
        const auto &value = settings.capacity[std::size_t(r)];
        if (value && *value < 0)
            return Error{tr("capacity %1 = %2 is negative").arg(str(std::string(sched::resourceKey(r)))).arg(*value)};
        if (value)
            after.capacity[std::size_t(r)] = *value;
    }
    if (settings.clearTags)
        after.tags.clear();
    for (const sched::Tag &t : settings.setTags) {
        std::erase_if(after.tags, [&t](const sched::Tag &old) { return old.key == t.key; });
        after.tags.push_back(t);
    }
    if (!sched::normaliseTags(after.tags))
        return Error{tr("tags must have a key, each key once")};
    preview.boundTenants = boundTenants;
    if (preview.boundTenants > 0 && after.tags != pod.tags)
        return Error{tr("pod %1 has %n bound tenant(s), whose group would change with its tags: drain it first", nullptr,
                        preview.boundTenants).arg(str(pod.name))};
    if (pod.isTop() && !after.tags.empty())
        return Error{tr("the top region %1 takes no affinity tags").arg(str(pod.name))};
    preview.changes = describe(preview.before, after);
    return preview;
}

QStringList PodSettingsOperation::describe(const sched::Pod &b, const sched::Pod &a)
{
    QStringList lines;
    const QString arrow = QStringLiteral("%1: %2 → %3");
    if (b.state != a.state)
        lines << arrow.arg(tr("state"), DecisionText::podStateName(b.state), DecisionText::podStateName(a.state));
    if (b.threshold != a.threshold)
        lines << arrow.arg(tr("threshold")).arg(b.threshold).arg(a.threshold);
    if (b.cost != a.cost)
        lines << arrow.arg(tr("cost")).arg(b.cost).arg(a.cost);
    if (b.tags != a.tags)
        lines << arrow.arg(tr("group"), groupText(b.tags), groupText(a.tags));
    if (b.name != a.name)
        lines << arrow.arg(tr("name"), str(b.name), str(a.name));
    if (b.azName != a.azName)
        lines << arrow.arg(tr("AZ"), str(b.azName), str(a.azName));
    if (b.podAzName != a.podAzName)
        lines << arrow.arg(tr("pod AZ"), str(b.podAzName), str(a.podAzName));
    if (b.dcName != a.dcName)
        lines << arrow.arg(tr("data centre"), str(b.dcName), str(a.dcName));
    for (sched::Resource r : sched::kAllResources)
        if (b.capacity[std::size_t(r)] != a.capacity[std::size_t(r)])
            lines << arrow.arg(DecisionText::resourceName(r)).arg(b.capacity[std::size_t(r)]).arg(a.capacity[std::size_t(r)]);
    if (b.vcpuRatio != a.vcpuRatio)
        lines << arrow.arg(tr("vCPU overcommit ratio")).arg(b.vcpuRatio).arg(a.vcpuRatio);
    if (b.ramRatio != a.ramRatio)
        lines << arrow.arg(tr("RAM overcommit ratio")).arg(b.ramRatio).arg(a.ramRatio);
    return lines;
}

Result<sched::Pod> PodSettingsOperation::apply(Backend &backend, const PodSettingsPreview &preview)
{
    return waitForResult(start(backend, preview));
}

Result<PodSettingsPreview> PodSettingsOperation::previewEdit(const std::vector<sched::Pod> &pods, int boundTenants,
                                                             const sched::Pod &edited)
{
    const auto found = std::find_if(pods.begin(), pods.end(), [&](const sched::Pod &p) { return p.id == edited.id; });
    if (found == pods.end())
        return Error{tr("pod %1 does not exist").arg(str(edited.id))};
    const sched::Pod *pod = &*found;
    PodSettings settings;
    settings.state = edited.state;
    settings.threshold = edited.threshold;
    settings.cost = edited.cost;
    settings.clearTags = true;
    settings.setTags = edited.tags;
    for (sched::Resource r : sched::kAllResources)
        settings.capacity[std::size_t(r)] = edited.capacity[std::size_t(r)];
    auto preview = previewOf(*pod, boundTenants, settings);
    if (!preview)
        return preview;
    sched::Pod &after = preview->after;
    if (edited.name.empty())
        return Error{tr("a pod needs a name (its Keystone region)")};
    for (const sched::Pod &other : pods)
        if (other.name == edited.name && other.id != edited.id)
            return Error{tr("a pod named %1 already exists").arg(str(edited.name))};
    if (edited.azName != pod->azName && preview->boundTenants > 0)
        return Error{tr("pod %1 has %n bound tenant(s), whose AZ would change from %2 to %3: drain it first", nullptr,
                        preview->boundTenants)
                         .arg(str(pod->name), str(pod->azName), str(edited.azName))};
    after.name = edited.name;
    after.azName = edited.azName;
    after.podAzName = edited.podAzName;
    after.dcName = edited.dcName;
    preview->changes = describe(preview->before, after);
    return preview;
}

PodSettingsPreview PodSettingsOperation::reversed(const PodSettingsPreview &preview)
{
    PodSettingsPreview back = preview;
    std::swap(back.before, back.after);
    back.changes = describe(back.before, back.after);
    return back;
}

QFuture<Result<sched::Pod>> PodSettingsOperation::start(Backend &backend, const PodSettingsPreview &preview)
{
    if (preview.changes.isEmpty())
        return QtFuture::makeReadyFuture(Result<sched::Pod>(preview.after));
    if (Status s = checkRatiosKept(backend, preview.before, preview.after); !s)
        return QtFuture::makeReadyFuture(Result<sched::Pod>(Error{s.error()}));
    return backend.updatePod(preview.after);
}

Status PodSettingsOperation::checkRatiosKept(const Backend &backend, const sched::Pod &before, const sched::Pod &after)
{
    if (backend.kind() != Backend::Kind::Local || (before.vcpuRatio == after.vcpuRatio && before.ramRatio == after.ramRatio))
        return {};
    return Error{tr("the overcommit ratios of pod %1 apply to usage collected from a live cloud's hypervisor statistics; "
                    "a database keeps capacity and usage as entered, so nothing was changed")
                     .arg(str(after.name))};
}

Status PodSettingsOperation::parseCapacity(const QString &text, PodSettings &settings)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const auto resource = eq > 0 ? sched::resourceFromKey(part.left(eq).trimmed().toStdString()) : std::nullopt;
        if (!resource)
            return Error{tr("capacity \"%1\" is not vcpus=N, ram_mb=N or disk_gb=N").arg(part)};
        bool ok = false;
        const qint64 value = part.mid(eq + 1).trimmed().toLongLong(&ok);
        if (!ok || value < 0)
            return Error{tr("capacity \"%1\" needs a whole number of 0 or more").arg(part)};
        settings.capacity[std::size_t(*resource)] = value;
    }
    return {};
}

Result<sched::Tag> PodSettingsOperation::parseTag(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || text.left(eq).trimmed().isEmpty())
        return Error{tr("tag \"%1\" is not KEY=VALUE").arg(text)};
    return sched::Tag{text.left(eq).trimmed().toStdString(), text.mid(eq + 1).trimmed().toStdString()};
}

} // namespace model
