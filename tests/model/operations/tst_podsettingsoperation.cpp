// SPDX-License-Identifier: Apache-2.0
// PodSettingsOperation: every setting checked with a clear error and nothing
// written; a group change refused while tenants are bound; the apply writes
// the pod on the SQL store and on a live cloud (its local overlay).

#include "operationfixture.h"
#include "podsettingsoperation.h"

#include <QTest>

Q_DECLARE_METATYPE(model::PodSettings)

namespace {

sched::CloudState cloud()
{
    using remotetest::pod;
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1")};
    s.bindings.push_back(remotetest::binding("b1", "t1", "p1"));
    return s;
}

} // namespace

class TestPodSettingsOperation : public QObject
{
    Q_OBJECT

    optest::Backends m_backends;

private slots:
    void initTestCase()
    {
        if (!m_backends.unavailable().isEmpty())
            QFAIL(qPrintable(m_backends.unavailable()));
    }

    void badSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<model::PodSettings>("settings");
        QTest::addColumn<QString>("named");
        model::PodSettings threshold;
        threshold.threshold = 1.5;
        model::PodSettings cost;
        cost.cost = -1;
        model::PodSettings capacity;
        capacity.capacity[0] = -4;
        model::PodSettings tags;
        tags.setTags = {{"resource", "gpu"}};
        QTest::newRow("threshold-above-one") << QStringLiteral("p1") << threshold << QStringLiteral("threshold 1.5");
        QTest::newRow("negative-cost") << QStringLiteral("p1") << cost << QStringLiteral("cost -1");
        QTest::newRow("negative-capacity") << QStringLiteral("p1") << capacity << QStringLiteral("vcpus = -4");
        QTest::newRow("group-change-while-bound") << QStringLiteral("p1") << tags << QStringLiteral("drain it first");
        QTest::newRow("nothing-to-change") << QStringLiteral("p1") << model::PodSettings{} << QStringLiteral("no setting");
        QTest::newRow("unknown-pod") << QStringLiteral("p9") << threshold << QStringLiteral("p9");
    }
    void badSettingsAreRefused()
    {
        QFETCH(QString, pod);
        QFETCH(model::PodSettings, settings);
        QFETCH(QString, named);
        const auto preview = model::PodSettingsOperation::preview(cloud(), pod.toStdString(), settings);
        QVERIFY(!preview.ok());
        QVERIFY2(preview.error().contains(named), qPrintable(preview.error()));
    }

    void parsesCapacityAndTags()
    {
        model::PodSettings s;
        QVERIFY(model::PodSettingsOperation::parseCapacity(QStringLiteral("vcpus=64, disk_gb=500"), s).ok());
        QCOMPARE(s.capacity[0].value_or(-1), 64);
        QVERIFY(!s.capacity[1]);
        QCOMPARE(s.capacity[2].value_or(-1), 500);
        QVERIFY(!model::PodSettingsOperation::parseCapacity(QStringLiteral("cpus=4"), s).ok());
        QVERIFY(!model::PodSettingsOperation::parseCapacity(QStringLiteral("vcpus=many"), s).ok());
        QVERIFY(!model::PodSettingsOperation::parseTag(QStringLiteral("=x")).ok());
        QCOMPARE(model::PodSettingsOperation::parseTag(QStringLiteral("resource=gpu")).value().value, std::string("gpu"));
    }

    // The console's pod dialog hands the whole pod: its settings checked as
    // preview() checks them; a move to another AZ refused while tenants are
    // bound (Pod1), allowed for a pod without tenants (Pod2); undo is the reverse.
    void anEditedPodIsCheckedAsAWhole()
    {
        const sched::CloudState s = cloud();
        sched::Pod moved = *s.findPod("p1");
        moved.azName = "az2";
        const auto refused = model::PodSettingsOperation::previewEdit(s.pods, 1, moved);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("from az1 to az2")) && refused.error().contains(QLatin1String("drain")),
                 qPrintable(refused.error()));
        sched::Pod renamed = *s.findPod("p2");
        renamed.azName = "az2";
        renamed.name = "Pod2b";
        renamed.threshold = 0.8;
        const auto preview = model::PodSettingsOperation::previewEdit(s.pods, 0, renamed);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->after.azName, std::string("az2"));
        QCOMPARE(preview->changes.size(), 3); // threshold, name, AZ
        const auto back = model::PodSettingsOperation::reversed(preview.value());
        QCOMPARE(back.after.name, std::string("Pod2"));
        QCOMPARE(back.after.azName, std::string("az1"));
        sched::Pod taken = renamed;
        taken.name = "Pod1";
        QVERIFY(model::PodSettingsOperation::previewEdit(s.pods, 0, taken).error().contains(QLatin1String("Pod1")));
        sched::Pod bad = renamed;
        bad.threshold = 1.5;
        QVERIFY(model::PodSettingsOperation::previewEdit(s.pods, 0, bad).error().contains(QLatin1String("threshold 1.5")));
    }

    void appliesOnBothBackends_data()
    {
        QTest::addColumn<bool>("remote");
        QTest::newRow("sql-store") << false;
        QTest::newRow("live-cloud") << true;
    }
    void appliesOnBothBackends()
    {
        QFETCH(bool, remote);
        std::unique_ptr<model::Backend> backend;
        if (remote)
            backend = m_backends.remote(cloud());
        else
            backend = m_backends.local(cloud());
        model::PodSettings s;
        s.state = sched::PodState::Maintenance;
        s.threshold = 0.75;
        s.cost = 2.5;
        s.setTags = {{"resource", "gpu"}}; // Pod2 has no tenants: its group may change
        s.capacity[1] = 8192; // a live cloud's totals come from Nova: only the SQL store keeps this
        const auto preview = model::PodSettingsOperation::preview(optest::state(*backend), "p2", s);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->changes.size(), 5);
        const auto applied = model::PodSettingsOperation::apply(*backend, preview.value());
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        const sched::CloudState after = optest::state(*backend);
        const sched::Pod *p = after.findPod("p2");
        QVERIFY(p);
        QCOMPARE(p->state, sched::PodState::Maintenance);
        QCOMPARE(p->threshold, 0.75);
        QCOMPARE(p->cost, 2.5);
        QCOMPARE(sched::groupKey(p->tags), std::string("resource:gpu"));
        if (!remote)
            QCOMPARE(p->capacity[1], 8192);
    }
};

QTEST_GUILESS_MAIN(TestPodSettingsOperation)
#include "tst_podsettingsoperation.moc"
