// SPDX-License-Identifier: Apache-2.0
// Each filter alone, on hand-built pod records and requests.

#include "filters.h"
#include "grouptable.h"

#include <QTest>

using namespace sched;

Q_DECLARE_METATYPE(sched::FilterKind)
Q_DECLARE_METATYPE(sched::Reason)
Q_DECLARE_METATYPE(sched::PodState)

namespace {
constexpr std::uint32_t kAz1 = 0;
constexpr std::uint32_t kAz2 = 1;

PodRecord basePod()
{
    PodRecord p;
    p.index = 3;
    p.az = kAz1;
    p.used = {10, 100, 100};
    p.limit = {90, 900, 900};
    return p;
}
} // namespace

class TestFilters : public QObject
{
    Q_OBJECT

private slots:
    void structural_data();
    void structural();
    void podState_data();
    void podState();
    void capacity_data();
    void capacity();
    void operatorChoice_data();
    void operatorChoice();
    void kindsAndKeys();
};

void TestFilters::structural_data()
{
    QTest::addColumn<FilterKind>("filter");
    QTest::addColumn<bool>("top");
    QTest::addColumn<quint32>("podAz");
    QTest::addColumn<quint32>("requestAz");
    QTest::addColumn<QString>("podGroup");
    QTest::addColumn<QString>("requestGroup");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<Reason>("reason");

    const quint32 any = kNone;
    QTest::newRow("top-region-rejected") << FilterKind::BottomPod << true << any << any << "" << "" << true << Reason::TopRegion;
    QTest::newRow("bottom-pod-passes") << FilterKind::BottomPod << false << kAz1 << any << "" << "" << false << Reason::TopRegion;
    QTest::newRow("same-az-passes") << FilterKind::AvailabilityZone << false << kAz1 << kAz1 << "" << "" << false << Reason::OtherAz;
    QTest::newRow("other-az-rejected") << FilterKind::AvailabilityZone << false << kAz2 << kAz1 << "" << "" << true << Reason::OtherAz;
    QTest::newRow("empty-az-takes-any") << FilterKind::AvailabilityZone << false << kAz2 << any << "" << "" << false << Reason::OtherAz;
    QTest::newRow("untagged-request-untagged-pod") << FilterKind::ResourceAffinity << false << kAz1 << any << "" << "" << false << Reason::TaggedPod;
    QTest::newRow("untagged-request-tagged-pod-rejected") << FilterKind::ResourceAffinity << false << kAz1 << any << "resource:gpu" << "" << true << Reason::TaggedPod;
    QTest::newRow("tag-matches") << FilterKind::ResourceAffinity << false << kAz1 << any << "resource:gpu" << "resource:gpu" << false << Reason::MissingTag;
    QTest::newRow("tag-value-differs-rejected") << FilterKind::ResourceAffinity << false << kAz1 << any << "resource:cad" << "resource:gpu" << true << Reason::MissingTag;
    QTest::newRow("untagged-pod-for-tagged-request-rejected") << FilterKind::ResourceAffinity << false << kAz1 << any << "" << "resource:gpu" << true << Reason::MissingTag;
    QTest::newRow("pod-with-extra-tags-passes") << FilterKind::ResourceAffinity << false << kAz1 << any << "resource:gpu,site:north" << "resource:gpu" << false << Reason::MissingTag;
    QTest::newRow("every-requested-tag-needed") << FilterKind::ResourceAffinity << false << kAz1 << any << "resource:gpu" << "resource:gpu,site:north" << true << Reason::MissingTag;
}

void TestFilters::structural()
{
    QFETCH(FilterKind, filter);
    QFETCH(bool, top);
    QFETCH(quint32, podAz);
    QFETCH(quint32, requestAz);
    QFETCH(QString, podGroup);
    QFETCH(QString, requestGroup);
    QFETCH(bool, rejected);
    QFETCH(Reason, reason);

    GroupTable groups;
    PodRecord pod = basePod();
    pod.top = top;
    pod.az = top ? kNone : podAz;
    pod.group = groups.intern(*parseGroup(podGroup.toStdString()));
    ResolvedRequest r;
    r.az = requestAz;
    r.group = groups.intern(*parseGroup(requestGroup.toStdString()));

    const auto f = makeFilter(filter);
    QCOMPARE(f->kind(), filter);
    const auto rejection = f->check(pod, r, groups);
    QCOMPARE(rejection.has_value(), rejected);
    if (rejected) {
        QCOMPARE(rejection->filter, filter);
        QCOMPARE(rejection->reason, reason);
    }
}

void TestFilters::podState_data()
{
    QTest::addColumn<PodState>("state");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<Reason>("reason");
    QTest::newRow("enabled-pod-passes") << PodState::Enabled << false << Reason::Maintenance;
    QTest::newRow("maintenance-pod-rejected") << PodState::Maintenance << true << Reason::Maintenance;
    QTest::newRow("disabled-pod-rejected") << PodState::Disabled << true << Reason::Disabled;
}

void TestFilters::podState()
{
    QFETCH(PodState, state);
    QFETCH(bool, rejected);
    QFETCH(Reason, reason);
    PodRecord pod = basePod();
    pod.state = state;
    const auto rejection = PodStateFilter().check(pod, ResolvedRequest{}, GroupTable{});
    QCOMPARE(rejection.has_value(), rejected);
    if (rejected)
        QCOMPARE(rejection->reason, reason);
}

void TestFilters::capacity_data()
{
    QTest::addColumn<qint64>("usedRam");
    QTest::addColumn<bool>("hasSize");
    QTest::addColumn<qint64>("requestRam");
    QTest::addColumn<bool>("rejected");
    QTest::newRow("room-left-passes") << qint64(100) << true << qint64(500) << false;
    QTest::newRow("exactly-at-threshold-passes") << qint64(400) << true << qint64(500) << false;
    QTest::newRow("one-over-threshold-rejected") << qint64(401) << true << qint64(500) << true;
    QTest::newRow("unknown-usage-passes") << qint64(kUnknownUsage) << true << qint64(5000) << false;
    QTest::newRow("no-size-below-threshold-passes") << qint64(899) << false << qint64(0) << false;
    QTest::newRow("no-size-full-pod-rejected") << qint64(900) << false << qint64(0) << true;
    QTest::newRow("over-threshold-already-rejected") << qint64(950) << true << qint64(0) << true;
}

void TestFilters::capacity()
{
    QFETCH(qint64, usedRam);
    QFETCH(bool, hasSize);
    QFETCH(qint64, requestRam);
    QFETCH(bool, rejected);
    PodRecord pod = basePod();
    pod.used[std::size_t(Resource::RamMb)] = usedRam;
    ResolvedRequest r;
    r.hasSize = hasSize;
    r.size = {1, requestRam, 1};
    const auto rejection = CapacityFilter().check(pod, r, GroupTable{});
    QCOMPARE(rejection.has_value(), rejected);
    if (rejected) {
        QCOMPARE(rejection->reason, Reason::OverThreshold);
        QCOMPARE(rejection->resource, Resource::RamMb);
        QCOMPARE(rejection->used, usedRam);
        QCOMPARE(rejection->requested, hasSize ? requestRam : 0);
        QCOMPARE(rejection->limit, 900);
        QVERIFY(describe(*rejection).find("ram_mb") != std::string::npos);
    }
}

void TestFilters::operatorChoice_data()
{
    QTest::addColumn<FilterKind>("filter");
    QTest::addColumn<QList<quint32>>("ignore");
    QTest::addColumn<quint32>("destination");
    QTest::addColumn<bool>("rejected");
    QTest::newRow("ignored-pod-rejected") << FilterKind::IgnorePods << QList<quint32>{1, 3} << kNone << true;
    QTest::newRow("not-ignored-pod-passes") << FilterKind::IgnorePods << QList<quint32>{1, 2} << kNone << false;
    QTest::newRow("no-destination-passes") << FilterKind::DestinationPod << QList<quint32>{} << kNone << false;
    QTest::newRow("destination-pod-passes") << FilterKind::DestinationPod << QList<quint32>{} << quint32(3) << false;
    QTest::newRow("other-destination-rejected") << FilterKind::DestinationPod << QList<quint32>{} << quint32(4) << true;
}

void TestFilters::operatorChoice()
{
    QFETCH(FilterKind, filter);
    QFETCH(QList<quint32>, ignore);
    QFETCH(quint32, destination);
    QFETCH(bool, rejected);
    ResolvedRequest r;
    r.ignore.assign(ignore.begin(), ignore.end());
    r.destination = destination;
    const auto rejection = makeFilter(filter)->check(basePod(), r, GroupTable{});
    QCOMPARE(rejection.has_value(), rejected);
    if (rejected)
        QCOMPARE(rejection->reason, filter == FilterKind::IgnorePods ? Reason::Ignored : Reason::NotDestination);
}

void TestFilters::kindsAndKeys()
{
    for (std::size_t i = 0; i < kFilterCount; ++i) {
        const auto kind = FilterKind(i);
        QCOMPARE(makeFilter(kind)->kind(), kind);
        QCOMPARE(filterFromKey(filterKey(kind)), std::optional(kind));
    }
    QVERIFY(!filterFromKey("no_such_filter"));
}

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
