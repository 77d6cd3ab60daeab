// SPDX-License-Identifier: Apache-2.0
#include "bindingsuggestion.h"
#include "statefixtures.h"

#include <QTest>

using namespace model;

namespace {
int podNamed(const CloudSnapshot &s, const QString &name)
{
    for (int p = 0; p < s.podCount(); ++p)
        if (s.podName(p) == name)
            return p;
    return -1;
}
} // namespace

class TestBindingSuggestion : public QObject
{
    Q_OBJECT

private slots:
    // The scheduler's choice among the enabled pods of the AZ looked at.
    void choosesWhatTheSchedulerWouldInThatAz()
    {
        sched::CloudState s = fixtures::smallCloud();
        s.pods.push_back(fixtures::pod("p4", "Pod4", "az2"));
        const auto snap = CloudSnapshot::build(std::move(s), 0, {});
        // Pod3 (az2) is in maintenance: the scheduler picks Pod4 in that AZ.
        QCOMPARE(BindingSuggestion::podFor(*snap, {}, podNamed(*snap, QStringLiteral("Pod3"))),
                 podNamed(*snap, QStringLiteral("Pod4")));
        // Looking at the GPU pod: its group.
        QCOMPARE(BindingSuggestion::podFor(*snap, {}, podNamed(*snap, QStringLiteral("Pod2"))),
                 podNamed(*snap, QStringLiteral("Pod2")));
    }

    void neverAPodInMaintenanceOrDisabled_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("maintenance") << int(sched::PodState::Maintenance);
        QTest::newRow("disabled") << int(sched::PodState::Disabled);
    }

    void neverAPodInMaintenanceOrDisabled()
    {
        QFETCH(int, state);
        sched::CloudState s = fixtures::smallCloud();
        s.pods[1].state = sched::PodState(state); // Pod1, the only general pod of az1
        const auto snap = CloudSnapshot::build(std::move(s), 0, {});
        const int chosen = BindingSuggestion::podFor(*snap, {}, podNamed(*snap, QStringLiteral("Pod1")));
        QVERIFY(chosen >= 0);
        QCOMPARE(snap->pods()[std::size_t(chosen)].state, sched::PodState::Enabled);
        QVERIFY(chosen != snap->topPod());
    }

    void noneWhenNoBottomPodIsEnabled()
    {
        sched::CloudState s = fixtures::smallCloud();
        for (sched::Pod &p : s.pods)
            if (!p.isTop())
                p.state = sched::PodState::Maintenance;
        const auto snap = CloudSnapshot::build(std::move(s), 0, {});
        QCOMPARE(BindingSuggestion::podFor(*snap, {}), -1);
        QCOMPARE(BindingSuggestion::podFor(*snap, {}, 1), -1);
    }
};

QTEST_GUILESS_MAIN(TestBindingSuggestion)
#include "tst_bindingsuggestion.moc"
