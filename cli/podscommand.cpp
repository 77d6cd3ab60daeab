// SPDX-License-Identifier: Apache-2.0
// pods: list, create and delete pods on either backend (database or live cloud).
//   trio2o-sched pods [--json]
//   trio2o-sched pods create --name N --az AZ [--pod-az PAZ] [--dc DC]
//   trio2o-sched pods delete POD [--drain-to POD]
//   trio2o-sched pods set POD [--state S] [--threshold F] [--tag K=V ...] [--clear-tags] [--capacity ...] [--cost F]
//                             [--vcpu-ratio F] [--ram-ratio F]

#include "commandline.h"
#include "decisiontext.h"
#include "drainoperation.h"
#include "podsettingscommand.h"
#include "rebindoperation.h"
#include "subcommand.h"
#include "secretscrubber.h"
#include "terminal.h"
#include "texttable.h"
#include "usagesourcetext.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cli {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

class PodsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PodsCommand)

public:
    static int run(const QStringList &args);

private:
    static int list(model::Backend &backend, bool json);
    static int create(model::Backend &backend, const QCommandLineParser &p);
    static int remove(model::Backend &backend, const QCommandLineParser &p);
    static model::Status drain(model::Backend &backend, const sched::CloudState &state, const sched::Pod &from,
                               const QString &to);
};

QJsonObject apiPod(const sched::Pod &p)
{
    return {{QStringLiteral("pod_id"), q(p.id)}, {QStringLiteral("pod_name"), q(p.name)},
            {QStringLiteral("az_name"), q(p.azName)}, {QStringLiteral("pod_az_name"), q(p.podAzName)},
            {QStringLiteral("dc_name"), q(p.dcName)}};
}

void printTable(const std::vector<QStringList> &rows)
{
    // Padded by display width: CJK names line up; never a secret a server echoed into a name.
    out() << model::remote::SecretScrubber::scrub(model::TextTable::format(rows));
    out().flush();
}

int PodsCommand::list(model::Backend &backend, bool json)
{
    if (json) {
        // On a live cloud only the whole state carries the collected usage; a
        // database's pods carry theirs (and a completion script asks for names).
        std::vector<sched::Pod> pods;
        if (backend.kind() == model::Backend::Kind::Remote) {
            auto state = waitFor(backend.fetchState());
            if (!state)
                return fail(state.error());
            pods = std::move(state->pods);
        } else {
            auto listed = waitFor(backend.listPods());
            if (!listed)
                return fail(listed.error());
            pods = std::move(listed).value();
        }
        QJsonArray array;
        for (const sched::Pod &p : pods) {
            QJsonObject pod = apiPod(p);
            if (!p.isTop()) // where its capacity and usage came from, and the ratios
                pod.insert(QStringLiteral("usage"), model::UsageSourceText::json(p));
            array.append(pod);
        }
        const model::Status s = writeOutput({}, QJsonDocument(QJsonObject{{QStringLiteral("pods"), array}}).toJson());
        return s ? finishRead(backend) : fail(s.error());
    }
    const auto pods = waitFor(backend.listPods());
    if (!pods)
        return fail(pods.error());
    std::vector<QStringList> rows{{tr("ID"), tr("NAME"), tr("AZ"), tr("POD AZ"), tr("DC"), tr("STATE"), tr("GROUP")}};
    for (const sched::Pod &p : pods.value())
        rows.push_back({q(p.id), q(p.name), p.isTop() ? tr("(top region)") : q(p.azName), q(p.podAzName), q(p.dcName),
                     model::DecisionText::podStateName(p.state),
                     p.tags.empty() ? tr("general") : q(sched::groupKey(p.tags))});
    printTable(rows);
    return finishRead(backend);
}

int PodsCommand::create(model::Backend &backend, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("name")))
        return fail(tr("pods create needs --name"));
    if (!p.isSet(QStringLiteral("az")))
        return fail(tr("pods create needs --az (an empty --az \"\" makes the top region)"));
    sched::Pod pod;
    pod.name = p.value(QStringLiteral("name")).trimmed().toStdString();
    pod.azName = p.value(QStringLiteral("az")).trimmed().toStdString();
    pod.podAzName = p.value(QStringLiteral("pod-az")).trimmed().toStdString();
    pod.dcName = p.value(QStringLiteral("dc")).trimmed().toStdString();
    if (backend.kind() == model::Backend::Kind::Local) { // the API makes its own
        pod.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        pod.createdAtUs = model::nowMicroseconds();
    }
    const auto created = waitFor(backend.createPod(pod));
    if (!created)
        return fail(created.error());
    out() << tr("Created pod %1 (%2).").arg(q(created->name), q(created->id)) << Qt::endl;
    return 0;
}

// The same DrainOperation as `trio2o-sched drain POD --to POD`.
model::Status PodsCommand::drain(model::Backend &backend, const sched::CloudState &state, const sched::Pod &from,
                                 const QString &to)
{
    const auto target = findPodToChange(backend, to);
    if (!target)
        return model::Error{target.error()};
    auto preview = model::DrainOperation::preview(state, {}, {from.id, target->id, false});
    if (!preview)
        return model::Error{preview.error()};
    const model::Status s = model::DrainOperation::apply(backend, preview.value());
    const int moved = preview->list.count(model::TenantChange::Status::Applied);
    if (!s)
        return model::Error{tr("Drain stopped after %n tenant(s): %1", nullptr, moved).arg(s.error())};
    err() << tr("Moved %n tenant(s) from %1 to %2.", nullptr, moved).arg(q(from.name), q(target->name)) << Qt::endl;
    return {};
}

int PodsCommand::remove(model::Backend &backend, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return fail(tr("pods delete takes one POD (id or name)"));
    const auto pod = findPodToChange(backend, args.at(1));
    if (!pod)
        return fail(pod.error());
    auto state = waitFor(backend.fetchState());
    if (!state)
        return fail(state.error());
    if (p.isSet(QStringLiteral("drain-to"))) {
        if (const model::Status s = drain(backend, state.value(), pod.value(), p.value(QStringLiteral("drain-to"))); !s)
            return fail(s.error());
        state = waitFor(backend.fetchState());
        if (!state)
            return fail(state.error());
    }
    const model::Status s = model::DeletePodOperation::apply(backend, state.value(), pod->id);
    if (!s)
        return fail(s.error());
    out() << tr("Deleted pod %1 (%2).").arg(q(pod->name), q(pod->id)) << Qt::endl;
    return 0;
}

int PodsCommand::run(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("pods"),
                    tr("Lists the pods, or creates, changes or deletes one, in the database or a live Trio2o cloud.\n"
                       "  pods [list] | pods create --name N --az AZ [--pod-az PAZ] [--dc DC] | pods delete POD\n"
                       "  pods set POD [--state S] [--threshold F] [--tag KEY=VALUE ...] [--clear-tags]\n"
                       "               [--capacity vcpus=N,ram_mb=N,disk_gb=N] [--cost F] [--vcpu-ratio F] [--ram-ratio F]"));
    cmd.addBackendOptions();
    cmd.parser().addOptions({
        {QStringLiteral("json"), tr("Print the API's own JSON: {\"pods\": [...]}, each bottom pod with \"usage\": "
                                    "its capacity, usage and where they came from.")},
        {QStringLiteral("name"), tr("create: the pod's name (its Keystone region)."), tr("N")},
        {QStringLiteral("az"), tr("create: its availability zone (empty: the top region)."), tr("AZ")},
        {QStringLiteral("pod-az"), tr("create: the AZ name inside the pod."), tr("PAZ")},
        {QStringLiteral("dc"), tr("create: its data centre."), tr("DC")},
        {QStringLiteral("drain-to"), tr("delete: first drain the pod into POD (of the same AZ and group)."), tr("POD")},
    });
    PodSettingsCommand::addOptions(cmd.parser());
    cmd.parser().addPositionalArgument(QStringLiteral("ACTION"), tr("list (default), create, set or delete."));
    int status = 0;
    if (!cmd.parse(args, &status))
        return status;
    const QStringList positional = cmd.parser().positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QStringList actions{QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("set"), QStringLiteral("delete")};
    if (!actions.contains(action))
        return fail(tr("unknown pods action \"%1\" (list, create, set or delete)").arg(action));
    if (action != QLatin1String("delete") && action != QLatin1String("set") && positional.size() > 1)
        return fail(tr("pods %1 takes no further arguments").arg(action));
    auto backend = cmd.openBackend();
    if (!backend)
        return fail(backend.error());
    if (action == QLatin1String("create"))
        return create(*backend.value(), cmd.parser());
    if (action == QLatin1String("delete"))
        return remove(*backend.value(), cmd.parser());
    if (action == QLatin1String("set"))
        return PodSettingsCommand::run(*backend.value(), cmd.parser());
    return list(*backend.value(), cmd.parser().isSet(QStringLiteral("json")));
}

const SubcommandRegistration registration{"pods", 40, QT_TRANSLATE_NOOP("Main", "List, create, change or delete pods"),
                                          &PodsCommand::run};

} // namespace

} // namespace cli
