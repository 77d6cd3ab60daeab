// SPDX-License-Identifier: Apache-2.0
// The victim of tst_storecrash: runs one whole-or-nothing write through the
// product's own code and stops at a chosen point of it, says so on stdout,
// and waits there to be killed (SIGKILL) by the test.
//
//   storecrashhelper drain LOCATION POD_ID STOP
//       DrainOperation (scheduler's choice, --maintenance) through LocalBackend.
//   storecrashhelper apply LOCATION PLAN_JSON STOP
//       PlanApplyOperation through LocalBackend.
//   storecrashhelper import LOCATION STATE_JSON STOP
//       SqlStore::replaceState.
//
// STOP is where to stop (SqlStore::WritePoint):
//   rows:K        after the K-th report of rows written inside the transaction
//   before-commit after all rows, just before COMMIT
//   committed     after COMMIT
//   commit-race   say "at commit-race" before COMMIT but do not wait: the kill
//                 lands during the commit or just after it
//   none          run to the end
// At the point it prints "at STOP" and blocks reading stdin; at the end it
// prints "done".

#include "drainoperation.h"
#include "futurewait.h"
#include "localbackend.h"
#include "planapplyoperation.h"
#include "planjson.h"
#include "sqlstore.h"
#include "statejsoncodec.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

using model::SqlStore;

int fail(const QString &message)
{
    std::fprintf(stderr, "storecrashhelper: %s\n", qPrintable(message));
    return 1;
}

// Called on the thread that writes: prints the marker, then waits forever.
class StopPoint
{
public:
    explicit StopPoint(const QString &stop) : m_stop(stop) {}

    void reached(SqlStore::WritePoint point, qint64)
    {
        QString here;
        switch (point) {
        case SqlStore::WritePoint::RowsWritten:
            here = QStringLiteral("rows:%1").arg(++m_reports);
            break;
        case SqlStore::WritePoint::BeforeCommit:
            if (m_stop == QLatin1String("commit-race")) {
                say(m_stop);
                return; // and commit at once
            }
            here = QStringLiteral("before-commit");
            break;
        case SqlStore::WritePoint::Committed:
            here = QStringLiteral("committed");
            break;
        }
        if (here != m_stop)
            return;
        say(here);
        for (;;)
            if (std::getchar() == EOF) // the test never closes stdin: this waits for the kill
                std::abort();
    }

private:
    static void say(const QString &what)
    {
        std::printf("at %s\n", qPrintable(what));
        std::fflush(stdout);
    }

    QString m_stop;
    int m_reports = 0;
};

int drain(model::LocalBackend &backend, const std::string &podId)
{
    const auto state = model::waitForResult(backend.fetchState());
    if (!state)
        return fail(state.error());
    auto preview = model::DrainOperation::preview(state.value(), {}, {podId, {}, true});
    if (!preview)
        return fail(preview.error());
    if (model::Status s = model::DrainOperation::apply(backend, preview.value()); !s)
        return fail(s.error());
    return 0;
}

int apply(model::LocalBackend &backend, const QString &file)
{
    const auto plan = model::PlanJson::readFile(file);
    if (!plan)
        return fail(plan.error());
    const auto state = model::waitForResult(backend.fetchState());
    if (!state)
        return fail(state.error());
    auto preview = model::PlanApplyOperation::preview(state.value(), plan.value());
    if (!preview)
        return fail(preview.error());
    if (model::Status s = model::PlanApplyOperation::apply(backend, preview.value()); !s)
        return fail(s.error());
    return 0;
}

int import(const QString &location, const QString &file, StopPoint &stop)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    const auto state = model::StateJsonCodec::parse(f.readAll());
    if (!state)
        return fail(state.error());
    auto store = SqlStore::open(location);
    if (!store)
        return fail(store.error());
    store.value()->setWriteObserver([&stop](SqlStore::WritePoint p, qint64 rows) { stop.reached(p, rows); });
    if (model::Status s = store.value()->replaceState(state.value()); !s)
        return fail(s.error());
    return 0;
}

int run(const QStringList &args)
{
    StopPoint stop(args[4]);
    if (args[1] == QLatin1String("import"))
        return import(args[2], args[3], stop);
    model::LocalBackend backend(args[2]);
    const model::Status observed = backend.setWriteObserver(
        [&stop](int point, qint64 rows) { stop.reached(SqlStore::WritePoint(point), rows); });
    if (!observed)
        return fail(observed.error());
    if (args[1] == QLatin1String("drain"))
        return drain(backend, args[3].toStdString());
    if (args[1] == QLatin1String("apply"))
        return apply(backend, args[3]);
    return fail(QStringLiteral("unknown command %1").arg(args[1]));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return fail(QStringLiteral("usage: storecrashhelper drain|apply|import LOCATION POD|FILE STOP"));
    const int status = run(args);
    if (status == 0) {
        std::printf("done\n");
        std::fflush(stdout);
    }
    return status;
}
