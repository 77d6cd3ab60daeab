// SPDX-License-Identifier: Apache-2.0
#include "podsettingscommand.h"

#include "commandline.h"
#include "podsettingsoperation.h"
#include "terminal.h"

namespace cli {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

model::Result<double> number(const QCommandLineParser &p, const QString &option)
{
    bool ok = false;
    const double value = p.value(option).trimmed().toDouble(&ok);
    if (!ok)
        return model::Error{PodSettingsCommand::tr("--%1 needs a number, not \"%2\"").arg(option, p.value(option))};
    return value;
}

model::Result<model::PodSettings> readSettings(const QCommandLineParser &p)
{
    model::PodSettings s;
    if (p.isSet(QStringLiteral("state"))) {
        const auto state = sched::podStateFromKey(p.value(QStringLiteral("state")).trimmed().toStdString());
        if (!state)
            return model::Error{PodSettingsCommand::tr("--state is enabled, maintenance or disabled, not \"%1\"")
                                    .arg(p.value(QStringLiteral("state")))};
        s.state = state;
    }
    const std::pair<const char *, std::optional<double> *> numbers[] = {
        {"threshold", &s.threshold}, {"cost", &s.cost}, {"vcpu-ratio", &s.vcpuRatio}, {"ram-ratio", &s.ramRatio}};
    for (const auto &[option, field] : numbers) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            continue;
        const auto value = number(p, name);
        if (!value)
            return model::Error{value.error()};
        *field = value.value();
    }
    s.clearTags = p.isSet(QStringLiteral("clear-tags"));
    for (const QString &text : p.values(QStringLiteral("tag"))) {
        const auto tag = model::PodSettingsOperation::parseTag(text);
        if (!tag)
            return model::Error{tag.error()};
        s.setTags.push_back(tag.value());
    }
    if (p.isSet(QStringLiteral("capacity")))
        if (model::Status parsed = model::PodSettingsOperation::parseCapacity(p.value(QStringLiteral("capacity")), s); !parsed)
            return model::Error{parsed.error()};
    return s;
}

} // namespace

void PodSettingsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("state"), tr("set: enabled, maintenance or disabled."), tr("STATE")},
        {QStringLiteral("threshold"), tr("set: the fraction of the total that counts as full, in (0, 1]."), tr("F")},
        {QStringLiteral("tag"), tr("set: an affinity tag (repeatable); a KEY already there gets the new VALUE."),
         tr("KEY=VALUE")},
        {QStringLiteral("clear-tags"), tr("set: remove every tag first (the pod joins the general group).")},
        {QStringLiteral("capacity"), tr("set: totals, any of vcpus=N,ram_mb=N,disk_gb=N."), tr("LIST")},
        {QStringLiteral("cost"), tr("set: the pod's relative cost (0 or more)."), tr("F")},
        {QStringLiteral("vcpu-ratio"), tr("set: vCPU overcommit when usage comes from hypervisor statistics (live cloud; "
                                          "default 1.0)."), tr("F")},
        {QStringLiteral("ram-ratio"), tr("set: RAM overcommit when usage comes from hypervisor statistics (live cloud; "
                                         "default 1.0)."), tr("F")},
    });
}

int PodSettingsCommand::run(model::Backend &backend, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(tr("pods set takes one POD (id or name)"));
    const auto settings = readSettings(parser);
    if (!settings)
        return fail(settings.error());
    const auto pod = findPod(backend, args.at(1));
    if (!pod)
        return fail(pod.error());
    const auto state = waitFor(backend.fetchState());
    if (!state)
        return fail(state.error());
    const auto preview = model::PodSettingsOperation::preview(state.value(), pod->id, settings.value());
    if (!preview)
        return fail(preview.error());
    const auto updated = model::PodSettingsOperation::apply(backend, preview.value());
    if (!updated)
        return fail(updated.error());
    if (preview->changes.isEmpty())
        out() << tr("Pod %1 already has these settings.").arg(q(pod->name)) << Qt::endl;
    else
        out() << tr("Changed pod %1: %2.").arg(q(pod->name), preview->changes.join(QStringLiteral(", "))) << Qt::endl;
    return 0;
}

} // namespace cli
