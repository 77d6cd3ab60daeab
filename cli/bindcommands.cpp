// SPDX-License-Identifier: Apache-2.0
// bind, unbind, rebind: change one tenant's binding, on the database or a
// live cloud. A remote rebind POSTs the new binding, then DELETEs the old one;
// if the DELETE fails the tenant is bound twice and the command says how to
// finish (exit status 3).
//   trio2o-sched bind TENANT POD
//   trio2o-sched unbind BINDING
//   trio2o-sched rebind TENANT POD [--binding OLD]

#include "checkoperation.h"
#include "commandline.h"
#include "rebindoperation.h"
#include "tenantid.h"
#include "subcommand.h"
#include "terminal.h"

namespace cli {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

// Documented in trio2o-sched(1): the tenant is bound twice where the change would go.
constexpr int kExitBoundTwice = 5;

class BindCommands
{
    Q_DECLARE_TR_FUNCTIONS(BindCommands)

public:
    static int bind(const QStringList &args);
    static int unbind(const QStringList &args);
    static int rebind(const QStringList &args);

private:
    // Parses and opens the backend; nullptr after printing help or an error.
    static std::unique_ptr<model::Backend> open(CommandLine &cmd, const QStringList &args, int arguments, int *status);
};

std::unique_ptr<model::Backend> BindCommands::open(CommandLine &cmd, const QStringList &args, int arguments, int *status)
{
    cmd.addBackendOptions();
    if (!cmd.parse(args, status))
        return nullptr;
    if (cmd.parser().positionalArguments().size() != arguments) {
        *status = fail(tr("%1 takes %n argument(s) (see trio2o-sched %1 --help)", nullptr, arguments).arg(args.first()));
        return nullptr;
    }
    auto backend = cmd.openBackend();
    if (!backend) {
        *status = fail(backend.error());
        return nullptr;
    }
    return std::move(backend).value();
}

int BindCommands::bind(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("bind"), tr("Binds TENANT to POD (id or name). Refused when the tenant already has "
                                               "an active binding in that pod's AZ and group: use rebind."));
    cmd.parser().addPositionalArgument(QStringLiteral("TENANT"), tr("The tenant (project) id."));
    cmd.parser().addPositionalArgument(QStringLiteral("POD"), tr("The pod, by id or name."));
    int status = 0;
    auto backend = open(cmd, args, 2, &status);
    if (!backend)
        return status;
    const QStringList a = cmd.parser().positionalArguments();
    const auto pod = findPodToChange(*backend, a.at(1));
    if (!pod)
        return fail(pod.error());
    const std::string tenant = model::trimmedTenantId(a.at(0).toStdString()); // as the server stores it
    const auto created = waitFor(backend->createBinding(tenant, pod->id));
    if (!created)
        return fail(created.error());
    out() << tr("Bound tenant %1 to pod %2 (binding %3).").arg(q(tenant), q(pod->name), q(created->id)) << Qt::endl;
    return 0;
}

int BindCommands::unbind(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("unbind"), tr("Ends BINDING (remote: deletes it through the API)."));
    cmd.parser().addPositionalArgument(QStringLiteral("BINDING"), tr("The binding id."));
    int status = 0;
    auto backend = open(cmd, args, 1, &status);
    if (!backend)
        return status;
    const QString id = cmd.parser().positionalArguments().constFirst();
    const model::Status s = waitFor(backend->deleteBinding(id.toStdString()));
    if (!s)
        return fail(s.error());
    out() << tr("Ended binding %1.").arg(id) << Qt::endl;
    return 0;
}

int BindCommands::rebind(const QStringList &args)
{
    CommandLine cmd(QStringLiteral("rebind"),
                    tr("Moves TENANT to POD: creates the new binding first, then ends the old one (by default the "
                       "tenant's active binding in POD's AZ and group)."));
    cmd.parser().addPositionalArgument(QStringLiteral("TENANT"), tr("The tenant (project) id."));
    cmd.parser().addPositionalArgument(QStringLiteral("POD"), tr("The new pod, by id or name."));
    cmd.parser().addOption({QStringLiteral("binding"), tr("The binding to end (default: found as above)."), tr("OLD")});
    int status = 0;
    auto backend = open(cmd, args, 2, &status);
    if (!backend)
        return status;
    const QStringList a = cmd.parser().positionalArguments();
    const std::string tenant = model::trimmedTenantId(a.at(0).toStdString()); // as the server compares it
    const auto pod = findPodToChange(*backend, a.at(1));
    if (!pod)
        return fail(pod.error());
    // The same check as every move (RebindOperation): the binding (by default the
    // tenant's one in POD's AZ and group; refused while there are two), inside
    // its AZ and group, or refused naming both pods.
    const auto state = waitFor(backend->fetchState());
    if (!state)
        return fail(state.error());
    if (const model::Status twice = model::CheckOperation::refuseWhileBoundTwice(state.value(), tenant, pod->azName,
                                                                               sched::groupKey(pod->tags));
        !twice)
        return fail(twice.error(), kExitBoundTwice);
    const auto checked = model::RebindOperation::preview(state.value(), tenant,
                                                         cmd.parser().value(QStringLiteral("binding")).toStdString(), pod->id);
    if (!checked)
        return fail(checked.error());
    const std::string old = checked->changes.front().change.endBindingId;
    const auto r = waitFor(model::RebindOperation::start(*backend, checked->changes.front().change));
    if (!r)
        return fail(r.error());
    if (!r->oldEnded) {
        err() << r->oldEndError << Qt::endl;
        return fail(tr("to finish, run: trio2o-sched unbind %1 (with the same connection options)").arg(q(old)), 3);
    }
    out() << tr("Rebound tenant %1 to pod %2 (binding %3; ended %4).").arg(q(tenant), q(pod->name), q(r->created.id), q(old))
          << Qt::endl;
    return 0;
}

const SubcommandRegistration bindRegistration{"bind", 42, QT_TRANSLATE_NOOP("Main", "Bind a tenant to a pod"),
                                              &BindCommands::bind};
const SubcommandRegistration unbindRegistration{"unbind", 43, QT_TRANSLATE_NOOP("Main", "End a binding"),
                                                &BindCommands::unbind};
const SubcommandRegistration rebindRegistration{"rebind", 44,
                                                QT_TRANSLATE_NOOP("Main", "Move a tenant to another pod (new first, then old ended)"),
                                                &BindCommands::rebind};

} // namespace

} // namespace cli
