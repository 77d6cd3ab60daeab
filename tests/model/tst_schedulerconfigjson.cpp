// SPDX-License-Identifier: Apache-2.0
// The scheduler configuration's JSON codec: defaults, round trip, and an
// error naming the key for every kind of bad input.

#include "schedulerconfigjson.h"

#include <QTest>

using namespace model;
using sched::SchedulerConfig;

class TestSchedulerConfigJson : public QObject
{
    Q_OBJECT

private slots:
    void emptyObjectGivesDefaults();
    void fullDocument();
    void roundTrip();
    void badInput_data();
    void badInput();
    void multiplierBoundIsAccepted();
};

void TestSchedulerConfigJson::emptyObjectGivesDefaults()
{
    const auto r = SchedulerConfigJson::parse("{}");
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r.value() == SchedulerConfig{});
    QCOMPARE(r->multiplier(sched::WeigherKind::CreationOrder), 1000.0);
    QVERIFY(r->filters == sched::FilterSet::all());
}

void TestSchedulerConfigJson::fullDocument()
{
    const auto r = SchedulerConfigJson::parse(R"({"policy": "trio2o", "filters": ["bottom_pod", "capacity"],
        "weighers": {"free_ram": 2.5, "cost": 0}, "subset_size": 3, "seed": 42, "default_threshold": 0.8})");
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->policy, sched::Policy::Trio2o);
    QVERIFY(r->filters.contains(sched::FilterKind::Capacity));
    QVERIFY(!r->filters.contains(sched::FilterKind::PodState));
    QCOMPARE(r->multiplier(sched::WeigherKind::FreeRam), 2.5);
    QCOMPARE(r->multiplier(sched::WeigherKind::Cost), 0.0);
    QCOMPARE(r->multiplier(sched::WeigherKind::CreationOrder), 1000.0); // left out: default
    QCOMPARE(r->subsetSize, 3u);
    QCOMPARE(r->seed, quint64(42));
    QCOMPARE(r->defaultThreshold, 0.8);
}

void TestSchedulerConfigJson::roundTrip()
{
    SchedulerConfig c;
    c.policy = sched::Policy::Trio2o;
    c.filters = sched::FilterSet::none();
    c.filters.insert(sched::FilterKind::PodState);
    c.multipliers = {3, 0, 1.25, 4, 5, 6};
    c.subsetSize = 7;
    c.seed = 123456789;
    c.defaultThreshold = 0.75;
    const auto back = SchedulerConfigJson::parse(SchedulerConfigJson::serialize(c));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == c);
}

void TestSchedulerConfigJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("not-json") << QByteArray("{") << "offset";
    QTest::newRow("not-an-object") << QByteArray("[]") << "object";
    QTest::newRow("unknown-key") << QByteArray(R"({"polcy": "weighted"})") << "polcy";
    QTest::newRow("unknown-policy") << QByteArray(R"({"policy": "random"})") << "policy";
    QTest::newRow("policy-not-a-string") << QByteArray(R"({"policy": 1})") << "policy";
    QTest::newRow("filters-not-a-list") << QByteArray(R"({"filters": "capacity"})") << "filters";
    QTest::newRow("unknown-filter") << QByteArray(R"({"filters": ["capacity", "ram"]})") << "ram";
    QTest::newRow("unknown-weigher") << QByteArray(R"({"weighers": {"free_gpu": 1}})") << "weighers.free_gpu";
    QTest::newRow("multiplier-not-a-number") << QByteArray(R"({"weighers": {"cost": "1"}})") << "weighers.cost";
    // 1e308 times six normalised weights is an infinite total, printed as null.
    QTest::newRow("multiplier-1e308") << QByteArray(R"({"weighers": {"free_ram": 1e308}})")
                                      << "weighers.free_ram: must be a number from -1000000 to 1000000";
    QTest::newRow("multiplier-minus-1e308") << QByteArray(R"({"weighers": {"cost": -1e308}})")
                                            << "weighers.cost: must be a number from -1000000 to 1000000";
    QTest::newRow("multiplier-just-above-bound") << QByteArray(R"({"weighers": {"workload": 1000000.5}})")
                                                 << "weighers.workload";
    QTest::newRow("subset-size-zero") << QByteArray(R"({"subset_size": 0})") << "subset_size";
    QTest::newRow("subset-size-fraction") << QByteArray(R"({"subset_size": 1.5})") << "subset_size";
    QTest::newRow("negative-seed") << QByteArray(R"({"seed": -1})") << "seed";
    QTest::newRow("threshold-above-one") << QByteArray(R"({"default_threshold": 1.2})") << "default_threshold";
    QTest::newRow("threshold-zero") << QByteArray(R"({"default_threshold": 0})") << "default_threshold";
}

void TestSchedulerConfigJson::multiplierBoundIsAccepted()
{
    const auto r = SchedulerConfigJson::parse(R"({"weighers": {"free_ram": 1000000, "cost": -1000000}})");
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->multiplier(sched::WeigherKind::FreeRam), 1e6);
    QCOMPARE(r->multiplier(sched::WeigherKind::Cost), -1e6);
}

void TestSchedulerConfigJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    const auto r = SchedulerConfigJson::parse(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(named), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestSchedulerConfigJson)
#include "tst_schedulerconfigjson.moc"
