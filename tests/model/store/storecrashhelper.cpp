// The victim of tst_storecrash: does long store work until it is killed.
//
//   storecrashhelper drain LOCATION POD_ID BATCH
//       Drains the pod with the scheduler (sched::Engine::drain) and writes the
//       rebinds in batches of BATCH, each batch one transaction through
//       SqlStore::applyBindingChanges; prints "committed N" after each batch.
//       A kill leaves whole batches only; running the drain again finishes it.
//   storecrashhelper import LOCATION STATE_JSON
//       Replaces the whole state (one transaction); prints "imported" at the end.

#include "engine.h"
#include "sqlstore.h"
#include "statejsoncodec.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <map>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "storecrashhelper: %s\n", qPrintable(message));
    return 1;
}

int drain(model::SqlStore &store, const std::string &podId, std::size_t batch)
{
    const auto state = store.load();
    if (!state)
        return fail(state.error());
    std::map<std::pair<std::string, std::string>, std::string> active; // (tenant, pod) -> binding id
    for (const sched::Binding &b : state->bindings)
        if (b.active)
            active[{b.tenantId, b.podId}] = b.id;
    sched::Engine engine(state.value());
    const auto pod = engine.findPod(podId);
    if (!pod)
        return fail(QStringLiteral("no pod %1").arg(QString::fromStdString(podId)));
    std::vector<model::BindingChange> changes;
    for (const sched::Decision &d : engine.drain(*pod)) {
        if (d.outcome != sched::Outcome::Rebind)
            return fail(QStringLiteral("tenant %1 cannot be moved").arg(QString::fromUtf8(d.tenantId.data(), d.tenantId.size())));
        const std::string tenant(d.tenantId);
        changes.push_back({tenant, active.at({tenant, podId}), std::string(d.podId), {}, 0});
    }
    std::printf("ready %zu\n", changes.size());
    std::fflush(stdout);
    std::size_t committed = 0;
    for (std::size_t start = 0; start < changes.size(); start += batch) {
        const std::vector<model::BindingChange> part(changes.begin() + std::ptrdiff_t(start),
                                                     changes.begin() + std::ptrdiff_t(std::min(changes.size(), start + batch)));
        const auto r = store.applyBindingChanges(part);
        if (!r)
            return fail(r.error());
        committed += part.size();
        std::printf("committed %zu\n", committed);
        std::fflush(stdout);
    }
    return 0;
}

int import(model::SqlStore &store, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    const auto state = model::StateJsonCodec::parse(f.readAll());
    if (!state)
        return fail(state.error());
    std::printf("ready\n");
    std::fflush(stdout);
    if (model::Status s = store.replaceState(state.value()); !s)
        return fail(s.error());
    std::printf("imported\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: storecrashhelper drain LOCATION POD BATCH | import LOCATION FILE"));
    auto store = model::SqlStore::open(args[2]);
    if (!store)
        return fail(store.error());
    if (args[1] == QLatin1String("drain") && args.size() == 5)
        return drain(*store.value(), args[3].toStdString(), std::size_t(std::max(1, args[4].toInt())));
    if (args[1] == QLatin1String("import"))
        return import(*store.value(), args[3]);
    return fail(QStringLiteral("unknown command %1").arg(args[1]));
}
