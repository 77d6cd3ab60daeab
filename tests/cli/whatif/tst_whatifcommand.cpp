// SPDX-License-Identifier: Apache-2.0
// trio2o-sched whatif as operators run it: reports in every format, a plan,
// exit status 1 with the event and field on bad input, "current" as the --db
// store (left unchanged), and Ctrl-C stopping cleanly with 130.

#include "clirunner.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString kCases = QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run sched(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TRIO2O_BINARY_DIR "/cli/trio2o-sched"), args);
    p.waitForFinished(60000);
    Run r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = cliExitCode(p, args, QString::fromUtf8(r.err), -1);
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestWhatIfCommand : public QObject
{
    Q_OBJECT

private slots:
    void jsonReportAndPlan();
    void textIsTheDefault();
    void csvReport();
    void podsAndSeriesCsvFiles();
    void textReportFitsHundredColumnsAndLeadsWithCrossings();
    void badScenarioExitsOneNamingTheEvent();
    void currentIsTheDbStoreAndStaysUnchanged();
    void expansionLimitsRefuseUpFront();
    void interruptStopsCleanly();
    void errorInTheLastEventLeavesNoReport();

private:
    QTemporaryDir m_tmp;
};

void TestWhatIfCommand::jsonReportAndPlan()
{
    const QString dir = kCases + QStringLiteral("maintenance-rebinds-within-az-and-group");
    const QByteArray stateBefore = readAll(dir + QStringLiteral("/state.json"));
    const QString report = m_tmp.filePath(QStringLiteral("report.json"));
    const QString plan = m_tmp.filePath(QStringLiteral("plan.json"));
    const Run r = sched({QStringLiteral("whatif"), dir + QStringLiteral("/scenario.json"), QStringLiteral("--json"),
                         QStringLiteral("--out"), report, QStringLiteral("--plan"), plan});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const Run toStdout = sched({QStringLiteral("whatif"), dir + QStringLiteral("/scenario.json"), QStringLiteral("--json")});
    QCOMPARE(readAll(report), toStdout.out);
    const QJsonObject summary = QJsonDocument::fromJson(readAll(report)).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("rebind")).toInt(), 2); // t1 and t2 leave p1 (in maintenance)
    QCOMPARE(summary.value(QStringLiteral("keep")).toInt(), 3);
    const QJsonArray ops = QJsonDocument::fromJson(readAll(plan)).object().value(QStringLiteral("operations")).toArray();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops[0].toObject().value(QStringLiteral("op")).toString(), QStringLiteral("rebind"));
    QCOMPARE(ops[0].toObject().value(QStringLiteral("end_binding_id")).toString(), QStringLiteral("b-t1-p1"));
    QCOMPARE(ops[0].toObject().value(QStringLiteral("to_pod_name")).toString(), QStringLiteral("p2"));
    // New binding ids are random version-4 uuids, as Trio2o's own.
    const QRegularExpression uuid4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QString first = ops[0].toObject().value(QStringLiteral("new_binding_id")).toString();
    const QString second = ops[1].toObject().value(QStringLiteral("new_binding_id")).toString();
    QVERIFY2(uuid4.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(uuid4.match(second).hasMatch(), qPrintable(second));
    QVERIFY(first != second);
    QCOMPARE(readAll(dir + QStringLiteral("/state.json")), stateBefore);
}

void TestWhatIfCommand::textIsTheDefault()
{
    const Run r = sched({QStringLiteral("whatif"), kCases + QStringLiteral("compare-upstream-rotation/scenario.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Summary")), r.out.constData());
    QVERIFY(text.contains(QStringLiteral("Tenants whose outcome differs, weighted vs trio2o (1)")));
    // One line per policy (expected.json's comment says why tenant1 ends on
    // pod2 after 2 failures under weighted and on pod3 after 1 under trio2o).
    QVERIFY2(text.contains(QStringLiteral("  tenant1  weighted  pod2; 2 failed\n"
                                          "           trio2o    pod3; 1 failed\n")),
             r.out.constData());
    QVERIFY(r.err.isEmpty()); // no progress when stderr is not a terminal
}

void TestWhatIfCommand::csvReport()
{
    const Run r = sched({QStringLiteral("whatif"), kCases + QStringLiteral("drain-of-last-pod-of-group-fails/scenario.json"),
                         QStringLiteral("--csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("record,event,tenant_id,az_name,group,from_pod,to_pod,reason\r\n"
                               "failure,0,t1,az1,resource:gpu,,,\"all_rejected, ignore_pods: 1 [e.g. ignore_pods: ignored]\"\r\n"));
}

// Beside any report: every pod before and after, and the series, as CSV files.
void TestWhatIfCommand::podsAndSeriesCsvFiles()
{
    const QString scenario = kCases + QStringLiteral("burst-fills-pods-in-creation-order/scenario.json");
    const QString pods = m_tmp.filePath(QStringLiteral("pods.csv"));
    const QString series = m_tmp.filePath(QStringLiteral("series.csv"));
    const Run r = sched({QStringLiteral("whatif"), scenario, QStringLiteral("--json"), QStringLiteral("--pods-csv"), pods,
                         QStringLiteral("--series-csv"), series});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("{")); // the report still goes to standard output
    const QList<QByteArray> podRows = readAll(pods).split('\n');
    QVERIFY(podRows[0].startsWith("pod_name,az_name,group,added,removed,state_before,state_after"));
    QCOMPARE(podRows.size(), 1 + 5 + 1); // header, p1 p2 p3 g1 q1, the empty piece after the last CRLF
    QVERIFY2(podRows[1].startsWith("p1,az1,,false,false,enabled,enabled,0,10,0,10,10,10,10,10,0,10,0.00,100.00,"),
             podRows[1].constData());
    QVERIFY(podRows[1].trimmed().endsWith(",false,0,vcpus")); // not full before; reached its threshold at event 0
    const QList<QByteArray> seriesRows = readAll(series).split('\n');
    QCOMPARE(seriesRows[0].trimmed(), QByteArray("after_events,pod_name,az_name,group,vcpus,ram_mb,disk_gb,vms,tenants,state"));
    QCOMPARE(seriesRows.size(), 1 + 2 * 5 + 1); // before and after the one event, five pods
    QCOMPARE(seriesRows[6].trimmed(), QByteArray("1,p1,az1,,10,5120,0,10,10,enabled"));
    // Standard output carries the report: a table there is refused before anything runs.
    const Run dash = sched({QStringLiteral("whatif"), scenario, QStringLiteral("--pods-csv"), QStringLiteral("-")});
    QCOMPARE(dash.exitCode, 1);
    QVERIFY2(dash.err.contains("--pods-csv needs a file name"), dash.err.constData());
}

void TestWhatIfCommand::textReportFitsHundredColumnsAndLeadsWithCrossings()
{
    const Run r = sched({QStringLiteral("whatif"), kCases + QStringLiteral("burst-fills-pods-in-creation-order/scenario.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QStringLiteral("Pods that reach their threshold (2)\n")), qPrintable(text));
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line)); // ASCII here: characters are cells
    QVERIFY(text.indexOf(QStringLiteral("Headroom per AZ and group")) > text.indexOf(QStringLiteral("Summary")));
}

void TestWhatIfCommand::badScenarioExitsOneNamingTheEvent()
{
    const QString scenario = m_tmp.filePath(QStringLiteral("bad.json"));
    writeFile(scenario, R"({"base": "current", "events": [{"type": "new_tenants", "pattern": "a-{1..3}"},
        {"type": "create_vm", "tenant": "a-1", "size": {"vcpus": -1}}]})");
    const QString out = m_tmp.filePath(QStringLiteral("never.json"));
    const Run r = sched({QStringLiteral("whatif"), scenario, QStringLiteral("--json"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("events[1] (create_vm): field \"size.vcpus\" must be a whole number ≥ 0")),
             r.err.constData());
    QVERIFY(!QFile::exists(out));
    const Run both = sched({QStringLiteral("whatif"), scenario, QStringLiteral("--json"), QStringLiteral("--csv")});
    QCOMPARE(both.exitCode, 1);
}

void TestWhatIfCommand::currentIsTheDbStoreAndStaysUnchanged()
{
    const QString dir = kCases + QStringLiteral("drain-moves-all-tenants-at-once");
    const QString db = m_tmp.filePath(QStringLiteral("cloud.sqlite"));
    const Run imported = sched({QStringLiteral("import"), QStringLiteral("--db"), db, dir + QStringLiteral("/state.json")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QByteArray before = QCryptographicHash::hash(readAll(db), QCryptographicHash::Sha256);
    QByteArray scenario = readAll(dir + QStringLiteral("/scenario.json"));
    scenario.replace("\"state.json\"", "\"current\"");
    const QString file = m_tmp.filePath(QStringLiteral("current.json"));
    writeFile(file, scenario);
    const Run r = sched({QStringLiteral("whatif"), file, QStringLiteral("--json"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Run fromFile = sched({QStringLiteral("whatif"), dir + QStringLiteral("/scenario.json"), QStringLiteral("--json")});
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out), QJsonDocument::fromJson(fromFile.out));
    // --compact: the same report and plan, one line each.
    const QString plan = m_tmp.filePath(QStringLiteral("compact-plan.json"));
    const Run compact = sched({QStringLiteral("whatif"), dir + QStringLiteral("/scenario.json"), QStringLiteral("--json"),
                               QStringLiteral("--compact"), QStringLiteral("--plan"), plan});
    QVERIFY2(compact.exitCode == 0, compact.err.constData());
    QCOMPARE(compact.out.trimmed().count('\n'), 0);
    QVERIFY(compact.out.size() < fromFile.out.size());
    QCOMPARE(QJsonDocument::fromJson(compact.out), QJsonDocument::fromJson(fromFile.out));
    QCOMPARE(readAll(plan).trimmed().count('\n'), 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(plan)).object().value(QStringLiteral("operations")).toArray().size(), 3);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("summary")).toObject()
                 .value(QStringLiteral("rebind")).toInt(), 3);
    QCOMPARE(QCryptographicHash::hash(readAll(db), QCryptographicHash::Sha256), before);
}

void TestWhatIfCommand::expansionLimitsRefuseUpFront()
{
    // A few hundred bytes asking for 50,000,000 tenant names, or 30,000,000 VMs.
    const QString names = m_tmp.filePath(QStringLiteral("names.json"));
    writeFile(names, R"({"base": "current", "events": [
        {"type": "new_tenants", "pattern": "n-{n}", "count": 10000000},
        {"type": "new_tenants", "pattern": "m-{n}", "count": 10000000}]})");
    const Run r = sched({QStringLiteral("whatif"), names});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("events[0] (new_tenants): the scenario's name patterns "
                                                               "expand to more than 2000000 tenant names")),
             r.err.constData());
    const QString vms = m_tmp.filePath(QStringLiteral("vms.json"));
    writeFile(vms, R"({"base": "current", "events": [
        {"type": "create_vm", "tenants": "x-{1..10}", "size": {"vcpus": 1}, "count": 15000000},
        {"type": "create_vm", "tenants": "x-{1..10}", "size": {"vcpus": 1}, "count": 15000000}]})");
    const Run many = sched({QStringLiteral("whatif"), vms});
    QCOMPARE(many.exitCode, 1);
    QVERIFY2(QString::fromUtf8(many.err).contains(QStringLiteral("events[1] (create_vm): the scenario asks for more than "
                                                                  "20000000 VM requests (30000000 with this event)")),
             many.err.constData());
    const Run bad = sched({QStringLiteral("whatif"), vms, QStringLiteral("--max-requests"), QStringLiteral("lots")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(QString::fromUtf8(bad.err).contains(QStringLiteral("--max-requests must be a whole number")), bad.err.constData());
}

// Ctrl-C once the replay runs: the child says so with its first progress line
// (--progress; its handler is installed before that), then the signal goes.
void TestWhatIfCommand::interruptStopsCleanly()
{
    const QString scenario = m_tmp.filePath(QStringLiteral("long.json"));
    writeFile(scenario, R"({"base": ")" + kCases.toUtf8() + R"(burst-fills-pods-in-creation-order/state.json",
        "events": [{"type": "create_vm", "tenants": "x-{1..1000}", "size": {"vcpus": 0}, "count": 1000000000}]})");
    const QString out = m_tmp.filePath(QStringLiteral("partial.json"));
    QProcess p;
    p.start(QStringLiteral(TRIO2O_BINARY_DIR "/cli/trio2o-sched"),
            {QStringLiteral("whatif"), scenario, QStringLiteral("--json"), QStringLiteral("--out"), out,
             QStringLiteral("--progress"), QStringLiteral("--max-requests"), QStringLiteral("1000000000")});
    QVERIFY(p.waitForStarted());
    p.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("Replaying:") && p.state() == QProcess::Running && p.waitForReadyRead(60000))
        err += p.readAllStandardError();
    QVERIFY2(err.contains("Replaying:"), err.constData());
    QCOMPARE(p.state(), QProcess::Running);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY(QString::fromUtf8(err + p.readAllStandardError()).contains(QStringLiteral("interrupted")));
    QVERIFY(!QFile::exists(out));
}

// 20,000 events: the replay runs while the file is read, and has passed the
// first events when the reader meets the bad last one. The error is the
// reader's, at its byte; no report is written, and an old one stays as it was.
void TestWhatIfCommand::errorInTheLastEventLeavesNoReport()
{
    const QString scenario = m_tmp.filePath(QStringLiteral("late-error.json"));
    QByteArray json = R"({"base": ")" + kCases.toUtf8() + R"(maintenance-rebinds-within-az-and-group/state.json",
        "events": [{"type": "new_tenants", "pattern": "n-{n}", "count": 100})";
    for (int i = 1; i < 19999; ++i)
        json += ",\n{\"type\": \"create_vm\", \"tenant\": \"n-" + QByteArray::number(1 + i % 100)
                + "\", \"size\": {\"vcpus\": 0, \"ram_mb\": 1}}";
    json += ",\n{\"type\": \"create_vm\", \"tenant\": \"n-1\", \"size\": {\"vcpus\": 0.5}}]}";
    writeFile(scenario, json);
    const qsizetype lastEvent = json.lastIndexOf("{\"type\"");
    for (const QString &format : {QStringLiteral("--json"), QStringLiteral("--text")}) {
        const QString out = m_tmp.filePath(QStringLiteral("late-error-report"));
        QFile::remove(out);
        const Run r = sched({QStringLiteral("whatif"), scenario, format, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("events[19999] (create_vm): field \"size.vcpus\" must be "
                                                                  "a whole number ≥ 0 (the event at byte %1)").arg(lastEvent)),
                 r.err.constData());
        QVERIFY(!QFile::exists(out));
        writeFile(out, "an old report\n");
        QCOMPARE(sched({QStringLiteral("whatif"), scenario, format, QStringLiteral("--out"), out}).exitCode, 1);
        QCOMPARE(readAll(out), QByteArray("an old report\n"));
    }
}

QTEST_GUILESS_MAIN(TestWhatIfCommand)
#include "tst_whatifcommand.moc"
