// SPDX-License-Identifier: Apache-2.0
// Scenario files: a full document parses into the expected events and
// policies; every kind of bad input is refused before anything runs, with a
// message naming the event's index, type and field.

#include "scenariojson.h"
#include "scenarioloader.h"
#include "statejsoncodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace model;

namespace {

QByteArray withEvents(const QByteArray &events, const QByteArray &extra = {})
{
    return "{\"base\": \"current\", " + extra + "\"events\": [" + events + "]}";
}

sched::CloudState base()
{
    sched::CloudState c;
    c.pods.resize(2);
    c.pods[0].id = "id-top";
    c.pods[0].name = "RegionOne";
    c.pods[1].id = "id-p1";
    c.pods[1].name = "p1";
    c.pods[1].azName = "az1";
    c.bindings = {sched::Binding{"b1", "t1", "id-p1", true, 0, {}, {}}};
    return c;
}

// base() with p1 growing 4 vCPUs and 2 VMs a day for the last 10 days.
sched::CloudState grownBase()
{
    sched::CloudState c = base();
    c.pods[1].capacity = {1000, 100000, 10000};
    constexpr std::int64_t kDay = 86'400'000'000, kNow = 1'800'000'000'000'000;
    for (int k = 10; k >= 0; --k)
        c.usageHistory["id-p1"].push_back({kNow - k * kDay, {100 - 4 * k, 0, 0}, 50 - 2 * k});
    c.pods[1].used = {100, 0, 0};
    return c;
}

} // namespace

class TestScenarioJson : public QObject
{
    Q_OBJECT

private slots:
    void fullDocument();
    void baseSources_data();
    void baseSources();
    void badInput_data();
    void badInput();
    void badReferences_data();
    void badReferences();
    void fileIsReadOnlyUpToTheFirstError();
    void growExpandsAgainstTheBase();
    void growPastTheRequestLimitIsRefused();
    void stateFileBaseBesideTheEvents_data();
    void stateFileBaseBesideTheEvents();
};

void TestScenarioJson::fullDocument()
{
    const auto r = ScenarioJson::parse(withEvents(R"(
        {"type": "create_vm", "tenant": "t1", "az": "az1", "group": " resource:gpu ", "size": {"vcpus": 2, "ram_mb": 4096}, "count": 3},
        {"type": "create_vm", "tenants": "burst-{1..4}", "size": {"vcpus": 1}, "count": 10},
        {"type": "delete_vm", "tenant": "t1", "size": {"disk_gb": 20}},
        {"type": "set_usage", "pod": "p1", "resource": "ram_mb", "used": null},
        {"type": "set_capacity", "pod": "p1", "resource": "vcpus", "total": 500, "threshold": 0.8},
        {"type": "pod_state", "pod": "p1", "state": "maintenance"},
        {"type": "add_pod", "pod": {"pod_name": "p7", "az_name": "az2", "capacity": {"vcpus": 100}}},
        {"type": "drain_pod", "pod": "p1"},
        {"type": "remove_pod", "pod": "p1"},
        {"type": "new_tenants", "pattern": "new-{n}", "count": 5})",
                                                  R"("policy": {"name": "design"}, "compare": [{"policy": "trio2o"}, {"policy": "trio2o"}], "samples": 7, )"),
                                       QStringLiteral("/tmp"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const whatif::Scenario &s = r->scenario;
    QCOMPARE(s.events.size(), std::size_t(10));
    QCOMPARE(s.maxSamples, 7u);
    QCOMPARE(s.policies.size(), std::size_t(3));
    QCOMPARE(s.policies[0].name, std::string("design"));
    QCOMPARE(s.policies[1].name, std::string("trio2o"));
    QCOMPARE(s.policies[2].name, std::string("trio2o-2"));
    QCOMPARE(s.policies[2].config.policy, sched::Policy::Trio2o);
    const auto &vm = std::get<whatif::CreateVm>(s.events[0]);
    QCOMPARE(s.name(vm.group), std::string_view("resource:gpu"));
    QCOMPARE(vm.size, (sched::Amounts{2, 4096, 0}));
    QCOMPARE(vm.count, 3u);
    const auto &burst = std::get<whatif::CreateVm>(s.events[1]);
    QCOMPARE(s.tenantList(burst.who.list).size(), std::size_t(4));
    QVERIFY(!std::get<whatif::SetUsage>(s.events[3]).used);
    QCOMPARE(*std::get<whatif::SetCapacity>(s.events[4]).threshold, 0.8);
    const sched::Pod &added = s.newPods().at(std::get<whatif::AddPod>(s.events[6]).pod);
    QCOMPARE(added.id, std::string("whatif-p7"));
    QCOMPARE(*added.used[0], std::int64_t(0)); // a new pod starts empty
    QCOMPARE(s.tenantList(std::get<whatif::NewTenants>(s.events[9]).list).size(), std::size_t(5));
    QCOMPARE(s.workUnits(), std::uint64_t(3 + 10 + 8));
    QVERIFY(ScenarioJson::checkReferences(s, base()).ok());
}

void TestScenarioJson::baseSources_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("current") << "current" << int(BaseSource::Kind::Current) << "";
    QTest::newRow("relative-state-file") << "data/state.JSON" << int(BaseSource::Kind::StateFile) << "/scn/data/state.JSON";
    QTest::newRow("relative-database") << "../cloud.sqlite" << int(BaseSource::Kind::Database) << "/cloud.sqlite";
    QTest::newRow("absolute-database") << "/var/lib/c.db" << int(BaseSource::Kind::Database) << "/var/lib/c.db";
}

void TestScenarioJson::baseSources()
{
    QFETCH(QString, base);
    QFETCH(int, kind);
    QFETCH(QString, path);
    const auto r = ScenarioJson::baseFromString(base, QStringLiteral("/scn"));
    QVERIFY(r.ok());
    QCOMPARE(int(r->kind), kind);
    QCOMPARE(r->path, path);
}

void TestScenarioJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto vm = [](const QByteArray &fields) { return withEvents(R"({"type": "set_usage", "pod": "p1", "resource": "vcpus", "used": 1}, {"type": "create_vm", )" + fields + "}"); };
    QTest::newRow("not-json") << QByteArray("{") << "malformed JSON at byte 1";
    QTest::newRow("syntax-error-names-its-byte") << withEvents(R"({"type": "drain_pod", "pod": "p1"} {"type": "drain_pod"})") << "malformed JSON at byte 66: ',' or ']' was expected";
    QTest::newRow("no-base") << QByteArray(R"({"events": []})") << "field \"base\" must be";
    QTest::newRow("unknown-top-level-key") << QByteArray(R"({"base": "current", "evnts": []})") << "field \"evnts\" is not a scenario field";
    QTest::newRow("no-events") << QByteArray(R"({"base": "current"})") << "field \"events\" must be a list";
    QTest::newRow("bad-policy") << withEvents("", R"("policy": {"policy": "random"}, )") << "policy: ";
    QTest::newRow("bad-compare") << withEvents("", R"("compare": [{}, {"subset_size": 0}], )") << "compare[1]: ";
    QTest::newRow("unknown-event-type") << withEvents(R"({"type": "reboot"})") << "events[0]: field \"type\" must be one of create_vm";
    QTest::newRow("missing-type") << withEvents(R"({"pod": "p1"})") << "events[0]: field \"type\" must be one of";
    QTest::newRow("event-not-object") << withEvents("42") << "events[0]: must be an object";
    QTest::newRow("negative-size") << vm(R"("tenant": "t1", "size": {"vcpus": -2})") << "events[1] (create_vm): field \"size.vcpus\" must be a whole number ≥ 0";
    QTest::newRow("fractional-size") << vm(R"("tenant": "t1", "size": {"ram_mb": 1.5})") << "events[1] (create_vm): field \"size.ram_mb\" must be a whole number ≥ 0";
    QTest::newRow("unknown-resource-in-size") << vm(R"("tenant": "t1", "size": {"gpus": 1})") << "events[1] (create_vm): field \"size.gpus\" is not a resource";
    QTest::newRow("missing-size") << vm(R"("tenant": "t1")") << "events[1] (create_vm): field \"size\" is missing";
    QTest::newRow("missing-tenant") << vm(R"("size": {})") << "events[1] (create_vm): field \"tenant\" or \"tenants\"";
    QTest::newRow("tenant-and-tenants") << vm(R"("tenant": "a", "tenants": "b-{1..2}", "size": {})") << "events[1] (create_vm): field \"tenant\" or \"tenants\"";
    QTest::newRow("empty-tenant") << vm(R"("tenant": " ", "size": {})") << "events[1] (create_vm): field \"tenant\" must not be empty";
    QTest::newRow("bad-pattern") << vm(R"("tenants": "burst", "size": {})") << "events[1] (create_vm): field \"tenants\" must be a name pattern";
    QTest::newRow("zero-count") << vm(R"("tenant": "t1", "size": {}, "count": 0)") << "events[1] (create_vm): field \"count\" must be a whole number from 1";
    QTest::newRow("bad-group") << vm(R"("tenant": "t1", "size": {}, "group": "gpu")") << "events[1] (create_vm): field \"group\" must be";
    QTest::newRow("unknown-field") << vm(R"("tenant": "t1", "size": {}, "flavor": "m1")") << "events[1] (create_vm): field \"flavor\" is not a field of create_vm";
    QTest::newRow("az-not-string") << vm(R"("tenant": "t1", "size": {}, "az": 3)") << "events[1] (create_vm): field \"az\" must be a string";
    QTest::newRow("set-usage-missing-used") << withEvents(R"({"type": "set_usage", "pod": "p1", "resource": "vcpus"})") << "events[0] (set_usage): field \"used\" is missing";
    QTest::newRow("set-usage-bad-resource") << withEvents(R"({"type": "set_usage", "pod": "p1", "resource": "cpu", "used": 3})") << "events[0] (set_usage): field \"resource\" must be vcpus, ram_mb or disk_gb";
    QTest::newRow("set-capacity-negative") << withEvents(R"({"type": "set_capacity", "pod": "p1", "resource": "vcpus", "total": -1})") << "events[0] (set_capacity): field \"total\" must be a whole number ≥ 0";
    QTest::newRow("set-capacity-threshold") << withEvents(R"({"type": "set_capacity", "pod": "p1", "resource": "vcpus", "total": 1, "threshold": 2})") << "events[0] (set_capacity): field \"threshold\"";
    QTest::newRow("pod-state-bad") << withEvents(R"({"type": "pod_state", "pod": "p1", "state": "broken"})") << "events[0] (pod_state): field \"state\" must be enabled, maintenance or disabled";
    QTest::newRow("drain-missing-pod") << withEvents(R"({"type": "drain_pod"})") << "events[0] (drain_pod): field \"pod\" is missing";
    QTest::newRow("add-pod-no-name") << withEvents(R"({"type": "add_pod", "pod": {"az_name": "az1"}})") << "events[0] (add_pod) pod: field \"pod_name\" is missing";
    QTest::newRow("new-tenants-count-mismatch") << withEvents(R"({"type": "new_tenants", "pattern": "n-{1..3}", "count": 4})") << "events[0] (new_tenants): field \"count\" (4) differs";
    QTest::newRow("new-tenants-n-without-count") << withEvents(R"({"type": "new_tenants", "pattern": "n-{n}"})") << "events[0] (new_tenants): field \"pattern\" must be a name pattern";
    QTest::newRow("grow-missing-days") << withEvents(R"({"type": "grow"})") << "events[0] (grow): field \"days\" is missing";
    QTest::newRow("grow-zero-days") << withEvents(R"({"type": "grow", "days": 0})") << "events[0] (grow): field \"days\" must be a whole number from 1 to 3650";
    QTest::newRow("grow-too-many-days") << withEvents(R"({"type": "grow", "days": 3651})") << "events[0] (grow): field \"days\" must be a whole number from 1 to 3650";
    QTest::newRow("grow-fractional-days") << withEvents(R"({"type": "grow", "days": 1.5})") << "events[0] (grow): field \"days\" must be a whole number";
    QTest::newRow("grow-bad-group") << withEvents(R"({"type": "grow", "days": 5, "group": "gpu"})") << "events[0] (grow): field \"group\" must be";
    QTest::newRow("grow-az-not-string") << withEvents(R"({"type": "grow", "days": 5, "az": 1})") << "events[0] (grow): field \"az\" must be a string";
    QTest::newRow("grow-unknown-field") << withEvents(R"({"type": "grow", "days": 5, "tenant": "t1"})") << "events[0] (grow): field \"tenant\" is not a field of grow";
    QTest::newRow("grow-vm-all-zero") << withEvents(R"({"type": "grow", "days": 5, "vm": {"vcpus": 0}})") << "events[0] (grow): field \"vm\" must give at least one of vcpus, ram_mb, disk_gb above 0";
    QTest::newRow("grow-vm-negative") << withEvents(R"({"type": "grow", "days": 5, "vm": {"vcpus": -2}})") << "events[0] (grow): field \"vm.vcpus\" must be a whole number ≥ 0";
    QTest::newRow("grow-vm-not-object") << withEvents(R"({"type": "grow", "days": 5, "vm": 2})") << "events[0] (grow): field \"vm\" must be an object";
    QTest::newRow("bad-samples") << withEvents("", R"("samples": 0, )") << "field \"samples\" must be";
}

void TestScenarioJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto r = ScenarioJson::parse(json, QStringLiteral("/tmp"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(message), qPrintable(r.error()));
}

void TestScenarioJson::badReferences_data()
{
    QTest::addColumn<QByteArray>("events");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-pod") << QByteArray(R"({"type": "new_tenants", "pattern": "a{1..2}"}, {"type": "drain_pod", "pod": "p9"})")
                                 << "events[1] (drain_pod): field \"pod\": unknown pod \"p9\"";
    QTest::newRow("unknown-tenant") << QByteArray(R"({"type": "create_vm", "tenant": "nobody", "size": {}})")
                                    << "events[0] (create_vm): field \"tenant\": unknown tenant \"nobody\"";
    QTest::newRow("delete-unknown-burst-tenant") << QByteArray(R"({"type": "delete_vm", "tenants": "x-{1..2}", "size": {}})")
                                                 << "events[0] (delete_vm): field \"tenants\": unknown tenant \"x-1\"";
    QTest::newRow("pod-removed-earlier") << QByteArray(R"({"type": "remove_pod", "pod": "p1"}, {"type": "pod_state", "pod": "id-p1", "state": "enabled"})")
                                         << "events[1] (pod_state): field \"pod\": unknown pod \"id-p1\"";
    QTest::newRow("duplicate-added-pod") << QByteArray(R"({"type": "add_pod", "pod": {"pod_name": "p1", "az_name": "az1"}})")
                                         << "events[0] (add_pod): field \"pod.pod_name\": \"p1\" is already a pod";
    QTest::newRow("grow-unknown-az") << QByteArray(R"({"type": "drain_pod", "pod": "p1"}, {"type": "grow", "days": 5, "az": "az9"})")
                                     << "events[1] (grow): field \"az\": unknown availability zone \"az9\"";
    QTest::newRow("grow-unknown-group") << QByteArray(R"({"type": "grow", "days": 5, "group": "resource:gpu"})")
                                        << "events[0] (grow): field \"group\": unknown group \"resource:gpu\"";
    QTest::newRow("grow-group-not-in-that-az") << QByteArray(R"({"type": "add_pod", "pod": {"pod_name": "q1", "az_name": "az2", "resource_affinity_tags": {"resource": "gpu"}}}, {"type": "grow", "days": 5, "az": "az1", "group": "resource:gpu"})")
                                               << "events[1] (grow): field \"group\": unknown group \"resource:gpu\"";
}

void TestScenarioJson::badReferences()
{
    QFETCH(QByteArray, events);
    QFETCH(QString, message);
    const auto current = []() -> Result<sched::CloudState> { return base(); };
    const auto r = ScenarioLoader::load(withEvents(events), QStringLiteral("/tmp"), current);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(message), qPrintable(r.error()));
}

// The reader streams: an error in an early event is reported as it is met,
// with its byte, and what follows is never looked at - here a megabyte of
// bytes that are not JSON at all (a document parser would report those).
void TestScenarioJson::fileIsReadOnlyUpToTheFirstError()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("scenario.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"base": "current", "events": [{"type": "drain_pod", "pod": "p1"}, {"type": "drain_pod"}, )");
    f.write(QByteArray(1 << 20, '\x01'));
    f.close();
    const auto current = []() -> Result<sched::CloudState> { return base(); };
    const auto r = ScenarioLoader::loadFile(path, current);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("events[1] (drain_pod): field \"pod\" is missing (the event at byte 67)")),
             qPrintable(r.error()));
}

// The loader expands grow against the base: p1's tenant asks for 2 VMs a day
// of the measured 2-vCPU size; az and group limit it.
void TestScenarioJson::growExpandsAgainstTheBase()
{
    const auto current = []() -> Result<sched::CloudState> { return grownBase(); };
    const auto r = ScenarioLoader::load(withEvents(R"({"type": "grow", "days": 10}, {"type": "grow", "days": 3, "az": "az1", "group": ""})"),
                                        QStringLiteral("/tmp"), current);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    const whatif::Scenario &s = r.value().scenario;
    const whatif::Growth &ten = s.growth(std::get<whatif::Grow>(s.events[0]).growth);
    QCOMPARE(ten.pods.size(), std::size_t(1));
    QCOMPARE(ten.pods[0].vms, std::uint64_t(20));
    QCOMPARE(s.growth(std::get<whatif::Grow>(s.events[1]).growth).pods.at(0).vms, std::uint64_t(6));
    QCOMPARE(s.workUnits(), std::uint64_t(26));
}

void TestScenarioJson::growPastTheRequestLimitIsRefused()
{
    const auto current = []() -> Result<sched::CloudState> { return grownBase(); };
    ExpansionLimits limits;
    limits.requests = 10;
    const QByteArray events = R"({"type": "create_vm", "tenant": "t1", "size": {"vcpus": 1}, "count": 5}, {"type": "grow", "days": 10})";
    const auto r = ScenarioLoader::load(withEvents(events), QStringLiteral("/tmp"), current, limits);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("events[1] (grow): the projected growth makes the scenario ask for "
                                                 "more than 10 VM requests (25 with this event)")),
             qPrintable(r.error()));
    limits.requests = 25; // exactly enough
    QVERIFY(ScenarioLoader::load(withEvents(events), QStringLiteral("/tmp"), current, limits).ok());
}

// A state file named before the events is loaded on a second thread while
// they are read: whatever the order and whichever part is broken, the result
// is the one of reading them in turn - the events' error first, then the base's.
void TestScenarioJson::stateFileBaseBesideTheEvents_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("stateIsValid");
    QTest::addColumn<QString>("error"); // empty: loads, with the state's two pods
    const QByteArray good = R"("events": [{"type": "drain_pod", "pod": "p1"}])";
    const QByteArray bad = R"("events": [{"type": "drain_pod"}])";
    QTest::newRow("base-first") << "{\"base\": \"state.json\", " + good + "}" << true << QString();
    QTest::newRow("base-after-the-events") << "{" + good + ", \"base\": \"state.json\"}" << true << QString();
    QTest::newRow("broken-state-file") << "{\"base\": \"state.json\", " + good + "}" << false << "base ";
    QTest::newRow("broken-events-and-state-file") << "{\"base\": \"state.json\", " + bad + "}" << false
                                                  << "events[0] (drain_pod): field \"pod\" is missing";
    QTest::newRow("missing-state-file-named-then-replaced")
        << "{\"base\": \"missing.json\", \"description\": \"x\", \"base\": \"state.json\", " + good + "}" << true << QString();
}

void TestScenarioJson::stateFileBaseBesideTheEvents()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, stateIsValid);
    QFETCH(QString, error);
    QTemporaryDir tmp;
    QFile state(tmp.filePath(QStringLiteral("state.json")));
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(stateIsValid ? StateJsonCodec::serialize(base()) : QByteArray("{\"pods\": [tr"));
    state.close();
    QFile scenario(tmp.filePath(QStringLiteral("scenario.json")));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(document);
    scenario.close();
    const auto r = ScenarioLoader::loadFile(scenario.fileName(), {});
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        QCOMPARE(r.value().base.pods.size(), std::size_t(2));
        QCOMPARE(r.value().source.path, state.fileName());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenariojson.moc"
