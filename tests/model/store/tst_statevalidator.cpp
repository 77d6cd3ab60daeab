// SPDX-License-Identifier: Apache-2.0
// StateValidator's active-binding keys: an (AZ, group) pair is told apart
// whatever bytes its AZ name, group tags or pod names hold — a U+001F (the
// separator the keys used to be joined with) no longer makes two different
// pairs one, nor one binding two.

#include "statevalidator.h"

#include <QTest>

#include <string>
#include <vector>

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

    // Among thousands of bindings (the flat tables of ids and active keys
    // wrap around and probe): the first offending binding, naming the first
    // one it repeats.
    void duplicatesAmongManyNameTheFirstOne()
    {
        sched::CloudState state;
        state.pods = {pod("top", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az2")};
        std::vector<std::string> ids, tenants;
        for (int i = 0; i < 5000; ++i)
            ids.push_back("b" + std::to_string(i)), tenants.push_back("t" + std::to_string(i));
        for (int i = 0; i < 5000; ++i)
            state.bindings.push_back(binding(ids[std::size_t(i)].c_str(), tenants[std::size_t(i)].c_str(), i % 2 ? "p1" : "p2"));
        QVERIFY(model::StateValidator::validate(state).ok());
        sched::CloudState sameId = state;
        sameId.bindings.push_back(binding("b1234", "t-new", "p1"));
        const model::Status id = model::StateValidator::validate(sameId);
        QCOMPARE(id.error(), QStringLiteral("pod_bindings[5000] (id b1234): field \"id\" duplicates pod_bindings[1234]"));
        sched::CloudState twice = state;
        twice.bindings.push_back(binding("b-new", "t4321", "p1")); // t4321 is active on p1 already
        twice.bindings.push_back(binding("b1234", "t-new", "p1")); // later: not the first problem
        const model::Status active = model::StateValidator::validate(twice);
        QVERIFY2(active.error().startsWith(QStringLiteral("pod_bindings[5000] (id b-new): field \"is_binding\": tenant t4321 "
                                                         "already has an active binding in AZ az1")),
                 qPrintable(active.error()));
        QVERIFY2(active.error().endsWith(QStringLiteral("(pod_bindings[4321])")), qPrintable(active.error()));
    }
};

QTEST_GUILESS_MAIN(TestStateValidator)
#include "tst_statevalidator.moc"
