// SPDX-License-Identifier: Apache-2.0
// ScenarioFileRun: a scenario file replayed while it is read gives byte for
// byte the report of reading it first and replaying after (ScenarioLoader +
// runScenario), for one policy and compared ones; scenarios the replays cannot
// run ahead (a grow event, settings after the events) are replayed after
// reading, with the same report. Errors are the same too, in the same order:
// an error in the last event, after the replays began, is the reader's, at its
// byte; a wrong reference late in the file, a broken base. A cancel stops the
// reading.

#include "reportjson.h"
#include "scenariofilerun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace model;

namespace {

const QString kState = QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/maintenance-rebinds-within-az-and-group/state.json");

// `events` VM events (spread over 300 new tenants and the base's t1..t3, some
// deleted again, the pods' states changing on the way), after `head`; `tail`
// replaces the last event.
QByteArray scenario(int events, const QByteArray &head, const QByteArray &tail = {}, const QByteArray &after = {})
{
    QByteArray out = "{\"base\": \"" + kState.toUtf8() + "\", " + head + "\"events\": [\n"
                     "{\"type\": \"new_tenants\", \"pattern\": \"n-{n}\", \"count\": 300}";
    for (int i = 1; i < events; ++i) {
        out += ",\n";
        if (i == events - 1 && !tail.isEmpty()) {
            out += tail;
        } else if (i % 997 == 0) {
            out += "{\"type\": \"pod_state\", \"pod\": \"p" + QByteArray::number(1 + i % 2) + "\", \"state\": \""
                   + (i % 2 ? "maintenance" : "enabled") + "\"}";
        } else if (i % 13 == 0) {
            out += "{\"type\": \"delete_vm\", \"tenant\": \"n-" + QByteArray::number(1 + i % 300)
                   + "\", \"size\": {\"vcpus\": 1, \"ram_mb\": 16}}";
        } else {
            const QByteArray tenant = i % 5 == 0 ? "t" + QByteArray::number(1 + i % 3) : "n-" + QByteArray::number(1 + i % 300);
            out += "{\"type\": \"create_vm\", \"tenant\": \"" + tenant + "\", \"az\": \"" + (i % 3 ? "az1" : "")
                   + "\", \"size\": {\"vcpus\": " + (i % 7 ? "0" : "1") + ", \"ram_mb\": 16}}";
        }
    }
    return out + "]" + after + "}\n";
}

QString write(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// What whatif did before: read all, then replay.
Result<QByteArray> readThenReplay(const QString &path)
{
    const auto loaded = ScenarioLoader::loadFile(path, {});
    if (!loaded)
        return Error{loaded.error()};
    return ReportJson::serialize(whatif::runScenario(loaded->scenario, loaded->base));
}

Result<QByteArray> runFile(const QString &path, bool *whileReading, const std::atomic<bool> *cancel = nullptr)
{
    whatif::RunOptions options;
    options.cancel = cancel;
    const auto run = ScenarioFileRun::run(path, {}, {}, options, whileReading);
    if (!run)
        return Error{run.error()};
    if (run->cancelled)
        return Error{QStringLiteral("cancelled")};
    return ReportJson::serialize(run.value());
}

} // namespace

class TestScenarioFileRun : public QObject
{
    Q_OBJECT

private slots:
    void sameReportAsReadingFirst_data();
    void sameReportAsReadingFirst();
    void errorsAreTheReadersInTheSameOrder_data();
    void errorsAreTheReadersInTheSameOrder();
    void cancelStopsTheReading();

private:
    QTemporaryDir m_tmp;
};

void TestScenarioFileRun::sameReportAsReadingFirst_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("whileReading");
    QTest::newRow("one policy, 20000 events") << scenario(20000, "\"samples\": 7, ") << true;
    QTest::newRow("compared with trio2o") << scenario(12000, "\"compare\": [{\"policy\": \"trio2o\"}], ") << true;
    QTest::newRow("fewer events than one hand-over") << scenario(100, {}) << true;
    QTest::newRow("a pod added and removed late")
        << scenario(9000, {}, "{\"type\": \"add_pod\", \"pod\": {\"pod_name\": \"late\", \"az_name\": \"az1\"}}") << true;
    // Replayed after reading: the samples come after the events; a grow event.
    QTest::newRow("samples after the events") << scenario(9000, {}, {}, ", \"samples\": 3") << false;
    QTest::newRow("a grow event") << scenario(9000, {}, "{\"type\": \"grow\", \"days\": 30}") << false;
}

void TestScenarioFileRun::sameReportAsReadingFirst()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, whileReading);
    const QString path = write(m_tmp, json);
    const auto before = readThenReplay(path);
    QVERIFY2(before.ok(), qPrintable(before.error()));
    bool pipelined = !whileReading;
    const auto now = runFile(path, &pipelined);
    QVERIFY2(now.ok(), qPrintable(now.error()));
    QCOMPARE(pipelined, whileReading);
    QVERIFY(now.value() == before.value()); // not QCOMPARE: megabytes of JSON on a failure
    QVERIFY(now.value().contains("\"changes\""));
}

void TestScenarioFileRun::errorsAreTheReadersInTheSameOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad field in the last event")
        << scenario(20000, {}, "{\"type\": \"create_vm\", \"tenant\": \"n-1\", \"size\": {\"vcpus\": -1}}")
        << QStringLiteral("events[19999] (create_vm): field \"size.vcpus\" must be a whole number");
    QTest::newRow("syntax error at the end") << scenario(20000, {}).chopped(3) + "}}\n" << QStringLiteral("malformed JSON at byte");
    QTest::newRow("unknown tenant late")
        << scenario(20000, {}, "{\"type\": \"create_vm\", \"tenant\": \"nobody\", \"size\": {\"vcpus\": 1}}")
        << QStringLiteral("events[19999] (create_vm): field \"tenant\": unknown tenant \"nobody\"");
    // The reader's error wins over a wrong reference before it, as when all was read first.
    QByteArray both = scenario(20000, {}, "{\"type\": \"create_vm\", \"tenant\": \"n-1\", \"count\": 0}");
    both.replace("\"tenant\": \"n-7\"", "\"tenant\": \"nobody\"");
    QTest::newRow("reader's error after a wrong reference") << both << QStringLiteral("events[19999] (create_vm): field \"count\"");
    QByteArray unknownPod = scenario(20000, {});
    unknownPod.replace("\"pod\": \"p2\"", "\"pod\": \"p9\"");
    QTest::newRow("unknown pod") << unknownPod << QStringLiteral("events[997] (pod_state): field \"pod\": unknown pod \"p9\"");
}

void TestScenarioFileRun::errorsAreTheReadersInTheSameOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QString path = write(m_tmp, json);
    const auto before = readThenReplay(path);
    QVERIFY(!before.ok());
    QVERIFY2(before.error().contains(error), qPrintable(before.error()));
    bool pipelined = false;
    const auto now = runFile(path, &pipelined);
    QVERIFY(!now.ok());
    QCOMPARE(now.error(), before.error());
}

void TestScenarioFileRun::cancelStopsTheReading()
{
    const QString path = write(m_tmp, scenario(20000, {}));
    const std::atomic<bool> cancel{true};
    bool pipelined = true;
    const auto run = runFile(path, &pipelined, &cancel);
    QVERIFY(!run.ok());
    QCOMPARE(run.error(), QStringLiteral("cancelled"));
    QVERIFY(!pipelined);
}

QTEST_GUILESS_MAIN(TestScenarioFileRun)
#include "tst_scenariofilerun.moc"
