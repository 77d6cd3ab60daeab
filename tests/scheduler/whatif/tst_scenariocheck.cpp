// SPDX-License-Identifier: Apache-2.0
// Reference checks of a scenario against its base, and tenant name patterns.

#include "scenariocheck.h"
#include "tenantpattern.h"
#include "whatiftestclouds.h"

#include <QTest>

using namespace whatif;

class TestScenarioCheck : public QObject
{
    Q_OBJECT

private slots:
    void references_data();
    void references();
    void patterns_data();
    void patterns();
};

namespace {
// Builds a scenario from a small script: "kind arg" per event.
Scenario script(const QStringList &events)
{
    Scenario s;
    for (const QString &line : events) {
        const QStringList w = line.split(QLatin1Char(' '));
        const std::string arg = w.value(1).toStdString();
        if (w[0] == "create")
            whatiftest::createVm(s, arg, w.value(2, QStringLiteral("az1")).toStdString(), "", 1);
        else if (w[0] == "deletein")
            s.events.push_back(DeleteVm{{s.intern(arg)}, s.intern(w.value(2).toStdString()), s.intern(""), {}, 1});
        else if (w[0] == "burst")
            s.events.push_back(CreateVm{{kNoId, s.addTenantList({s.intern(arg)})}, s.intern(""), s.intern(""), {}, 1});
        else if (w[0] == "delete")
            s.events.push_back(DeleteVm{{s.intern(arg)}, s.intern(""), s.intern(""), {}, 1});
        else if (w[0] == "new")
            s.events.push_back(NewTenants{s.addTenantList({s.intern(arg)})});
        else if (w[0] == "state")
            s.events.push_back(SetPodState{s.intern(arg), sched::PodState::Maintenance});
        else if (w[0] == "remove")
            s.events.push_back(RemovePod{s.intern(arg)});
        else if (w[0] == "add")
            s.events.push_back(AddPod{s.addNewPod(whatiftest::pod(arg, w.value(2).toStdString(), "", 99))});
    }
    return s;
}
} // namespace

void TestScenarioCheck::references_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<int>("event"); // -1: no problem
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::newRow("known-tenant-and-pods") << QStringList{"create t1", "state p1", "state id-p2", "delete t1"} << -1 << "" << "";
    QTest::newRow("history-only-tenant-is-known") << QStringList{"create old"} << -1 << "" << "";
    QTest::newRow("unknown-tenant") << QStringList{"state p1", "create nobody"} << 1 << "tenant" << "nobody";
    QTest::newRow("new-tenants-introduce") << QStringList{"new n1", "create n1", "delete n1"} << -1 << "" << "";
    QTest::newRow("burst-introduces") << QStringList{"burst b1", "create b1"} << -1 << "" << "";
    QTest::newRow("tenant-used-before-introduced") << QStringList{"create n1", "new n1"} << 0 << "tenant" << "n1";
    QTest::newRow("unknown-pod") << QStringList{"state p9"} << 0 << "pod" << "p9";
    QTest::newRow("removed-pod") << QStringList{"remove p1", "state id-p1"} << 1 << "pod" << "id-p1";
    QTest::newRow("added-pod-known") << QStringList{"add p7 az2", "state p7", "remove id-p7"} << -1 << "" << "";
    QTest::newRow("added-pod-duplicate") << QStringList{"add p1 az2"} << 0 << "pod.pod_id" << "id-p1";
    QTest::newRow("added-top-pod") << QStringList{"add top"} << 0 << "pod.az_name" << "top";
    QTest::newRow("re-add-after-remove") << QStringList{"remove p1", "add p1 az1"} << -1 << "" << "";
    QTest::newRow("any-az") << QStringList{"create t1 "} << -1 << "" << "";
    QTest::newRow("unknown-az") << QStringList{"create t1 az1", "create t1 az-typo"} << 1 << "az" << "az-typo";
    QTest::newRow("unknown-az-of-delete") << QStringList{"deletein t1 az9"} << 0 << "az" << "az9";
    QTest::newRow("az-of-added-pod") << QStringList{"add p7 az9", "create t1 az9", "deletein t1 az9"} << -1 << "" << "";
    QTest::newRow("az-before-its-pod") << QStringList{"create t1 az9", "add p7 az9"} << 0 << "az" << "az9";
}

void TestScenarioCheck::references()
{
    QFETCH(QStringList, events);
    QFETCH(int, event);
    QFETCH(QString, field);
    QFETCH(QString, name);
    sched::CloudState base = whatiftest::cloud();
    base.bindings = {whatiftest::binding("t1", "p1"), whatiftest::binding("old", "p2", false)};
    const auto problem = checkReferences(script(events), base);
    if (event < 0) {
        QVERIFY2(!problem, problem ? problem->field.c_str() : "");
        return;
    }
    QVERIFY(problem);
    QCOMPARE(int(problem->event), event);
    QCOMPARE(QString::fromStdString(problem->field), field);
    QCOMPARE(QString::fromStdString(problem->name), name);
}

void TestScenarioCheck::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("error");
    QTest::addColumn<QStringList>("names"); // first and last
    QTest::newRow("range") << "burst-{1..400}" << 0 << 0 << QStringList{"burst-1", "burst-400"};
    QTest::newRow("padded-range") << "t-{001..120}-x" << 0 << 0 << QStringList{"t-001-x", "t-120-x"};
    QTest::newRow("per-count") << "new-{n}" << 3 << 0 << QStringList{"new-1", "new-3"};
    QTest::newRow("no-placeholder") << "plain" << 1 << int(PatternError::NoPlaceholder) << QStringList{};
    QTest::newRow("two-placeholders") << "{1..2}{n}" << 1 << int(PatternError::NoPlaceholder) << QStringList{};
    QTest::newRow("reversed-range") << "a{5..1}" << 0 << int(PatternError::BadRange) << QStringList{};
    QTest::newRow("not-a-number") << "a{x..9}" << 0 << int(PatternError::BadRange) << QStringList{};
    QTest::newRow("too-many") << "a{1..99999999}" << 0 << int(PatternError::TooMany) << QStringList{};
}

void TestScenarioCheck::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(int, count);
    QFETCH(int, error);
    QFETCH(QStringList, names);
    const PatternParse p = parseTenantPattern(pattern.toStdString(), std::uint64_t(count));
    QCOMPARE(int(p.error), error);
    if (error)
        return;
    QCOMPARE(QString::fromStdString(p.pattern.name(0)), names[0]);
    QCOMPARE(QString::fromStdString(p.pattern.name(p.pattern.size() - 1)), names[1]);
}

QTEST_GUILESS_MAIN(TestScenarioCheck)
#include "tst_scenariocheck.moc"
