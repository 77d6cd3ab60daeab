// SPDX-License-Identifier: Apache-2.0
// The synthetic cloud generator: deterministic, realistic shape.

#include "cloudgenerator.h"

#include <QTest>

#include <map>
#include <set>

using namespace sched;

class TestCloudGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameCloud();
    void shape_data();
    void shape();
};

void TestCloudGenerator::sameSeedSameCloud()
{
    const GeneratorParams p{4, 40, 300, 7};
    const CloudState a = generateCloud(p), b = generateCloud(p);
    QCOMPARE(a.pods.size(), b.pods.size());
    QCOMPARE(a.bindings.size(), b.bindings.size());
    for (std::size_t i = 0; i < a.pods.size(); ++i)
        QCOMPARE(a.pods[i].id, b.pods[i].id);
    for (std::size_t i = 0; i < a.bindings.size(); ++i)
        QCOMPARE(a.bindings[i].tenantId, b.bindings[i].tenantId);
    GeneratorParams other = p;
    other.seed = 8;
    QVERIFY(generateCloud(other).pods[1].id != a.pods[1].id);
    // Pinned so a change of the generator (or of a standard library) shows up.
    QCOMPARE(a.pods[1].name, std::string("az1-pod01"));
    QCOMPARE(a.pods[1].id.size(), std::size_t(36));
    QCOMPARE(a.bindings[0].tenantId.size(), std::size_t(32));
}

void TestCloudGenerator::shape_data()
{
    QTest::addColumn<int>("azs");
    QTest::addColumn<int>("pods");
    QTest::addColumn<int>("tenants");
    QTest::newRow("small-cloud") << 3 << 12 << 50;
    QTest::newRow("uneven-pods-per-az") << 4 << 23 << 100;
    QTest::newRow("benchmark-size") << 20 << 1000 << 2000;
}

void TestCloudGenerator::shape()
{
    QFETCH(int, azs);
    QFETCH(int, pods);
    QFETCH(int, tenants);
    const CloudState c = generateCloud({std::uint32_t(azs), std::uint32_t(pods), std::uint32_t(tenants), 1});
    QCOMPARE(c.pods.size(), std::size_t(pods + 1));
    QVERIFY(c.pods[0].isTop());
    QCOMPARE(c.pods[0].name, std::string("RegionOne"));
    std::set<std::string> names, ids;
    std::map<std::string, std::pair<int, int>> perAz; // general, gpu
    int maintenance = 0;
    for (std::size_t i = 0; i < c.pods.size(); ++i) {
        const Pod &p = c.pods[i];
        names.insert(p.name);
        ids.insert(p.id);
        if (i > 0) {
            QVERIFY(!p.isTop());
            QVERIFY(p.createdAtUs > c.pods[i - 1].createdAtUs);
            (groupKey(p.tags).empty() ? perAz[p.azName].first : perAz[p.azName].second)++;
        }
        maintenance += p.state == PodState::Maintenance;
    }
    QCOMPARE(names.size(), c.pods.size());
    QCOMPARE(ids.size(), c.pods.size());
    QCOMPARE(perAz.size(), std::size_t(azs));
    for (const auto &[az, counts] : perAz)
        QVERIFY(std::abs(counts.first - counts.second) <= 1); // half the pods tagged
    QVERIFY(maintenance >= 1 && maintenance <= 2);
    std::set<std::string> tenantIds;
    std::set<std::pair<std::string, std::string>> rows;
    int history = 0;
    for (const Binding &b : c.bindings) {
        tenantIds.insert(b.tenantId);
        QVERIFY(rows.insert({b.tenantId, b.podId}).second); // one row per (tenant, pod), as upstream
        history += !b.active;
        QVERIFY(c.findPod(b.podId) && !c.findPod(b.podId)->isTop());
    }
    QCOMPARE(tenantIds.size(), std::size_t(tenants));
    QVERIFY(history > 0);
}

QTEST_GUILESS_MAIN(TestCloudGenerator)
#include "tst_cloudgenerator.moc"
