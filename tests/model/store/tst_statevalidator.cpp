// SPDX-License-Identifier: Apache-2.0
// StateValidator's active-binding keys: an (AZ, group) pair is told apart
// whatever bytes its AZ name, group tags or pod names hold — a U+001F (the
// separator the keys used to be joined with) no longer makes two different
// pairs one, nor one binding two.

#include "statevalidator.h"

#include <QTest>

namespace {

sched::Pod pod(const char *id, const std::string &name, const std::string &az, sched::TagSet tags = {})
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.tags = std::move(tags);
    return p;
}

sched::Binding binding(const char *id, const char *tenant, const char *podId)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.createdAtUs = 10;
    return b;
}

} // namespace

class TestStateValidator : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersKeepKeysApart()
    {
        // AZ "a\x1fk:v" (general group) and AZ "a", group "k:v\x1f" joined to one text before.
        sched::CloudState state;
        state.pods = {pod("top", "RegionOne", ""), pod("p1", "Pod1", "a\x1fk:v"),
                      pod("p2", "Pod2", "a", {sched::Tag{"k", "v\x1f"}})};
        state.bindings = {binding("b1", "t1", "p1"), binding("b2", "t1", "p2")};
        const model::Status s = model::StateValidator::validate(state);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }

    void controlCharacterInPodNameIsOneBinding()
    {
        sched::CloudState state;
        state.pods = {pod("top", "RegionOne", ""), pod("p1", "Pod\x1f" "1", "az1"), pod("p2", "Pod\x1f" "2", "az2")};
        state.bindings = {binding("b1", "t1", "p1"), binding("b2", "t1", "p2")};
        const model::Status s = model::StateValidator::validate(state);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }

    void realDuplicateIsStillFound()
    {
        sched::CloudState state;
        state.pods = {pod("top", "RegionOne", ""), pod("p1", "Pod1", "a\x1f"), pod("p2", "Pod2", "a\x1f")};
        state.bindings = {binding("b1", "t1", "p1"), binding("b2", "t1", "p2")};
        const model::Status s = model::StateValidator::validate(state);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("already has an active binding")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QLatin1String("pod_bindings[1]")), qPrintable(s.error()));
    }
};

QTEST_GUILESS_MAIN(TestStateValidator)
#include "tst_statevalidator.moc"
