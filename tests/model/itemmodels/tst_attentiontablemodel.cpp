// SPDX-License-Identifier: Apache-2.0
// The dashboard's "needs attention" list with the capacity outlook's time
// remaining, on a hand-made cloud with known answers (limit 800 vCPUs of
// 1,000 at a threshold of 0.8):
//  - Over: 900 vCPUs in use, over its threshold: full in "now";
//  - Soon: 4 vCPUs a day from 500 is 75 days: not near its threshold, listed
//    only because its trend crosses within the 90-day horizon;
//  - Later: 2 a day from 200 is 300 days: not listed;
//  - Far: RAM near its threshold and flat, vCPUs 100 a day from 100,000 of a
//    limit of 800,000 is 7,000 days: "more than ten years";
//  - Young: near its threshold with one sample: "no projection".
// The model passes QAbstractItemModelTester through snapshots and outlooks.

#include "attentiontablemodel.h"
#include "capacityreport.h"
#include "projectiontext.h"
#include "translator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace model;
using Column = AttentionTableModel::Column;
using Problem = AttentionTableModel::Problem;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000'000; // 2027-01-15
constexpr std::int64_t kDay = 86'400'000'000;

sched::Pod bottomPod(const std::string &name, std::int64_t created, std::int64_t vcpus = 1000)
{
    sched::Pod p;
    p.id = "id-" + name;
    p.name = name;
    p.azName = "az1";
    p.podAzName = "az1";
    p.createdAtUs = created;
    p.threshold = 0.8;
    p.capacity = {vcpus, 1000 * 2048, 10000};
    return p;
}

// Daily samples for 60 days up to now: vCPUs growing `perDay` to `last`, RAM at `ram`.
void grow(sched::CloudState &s, sched::Pod &pod, std::int64_t last, double perDay, std::int64_t ram = 1000)
{
    auto &h = s.usageHistory[pod.id];
    for (int k = 59; k >= 0; --k) {
        sched::UsageSample u;
        u.atUs = kNow - k * kDay;
        u.used = {std::llround(double(last) - perDay * k), ram, 10};
        u.runningVms = 10;
        h.push_back(u);
    }
    pod.used = {last, ram, 10};
    pod.runningVms = 10;
}

sched::CloudState knownCloud()
{
    sched::CloudState s;
    s.pods = {bottomPod("Over", 1), bottomPod("Soon", 2), bottomPod("Later", 3), bottomPod("Far", 4, 1'000'000),
              bottomPod("Young", 5)};
    grow(s, s.pods[0], 900, 4.0);
    grow(s, s.pods[1], 500, 4.0);
    grow(s, s.pods[2], 200, 2.0);
    grow(s, s.pods[3], 100'000, 100.0, 1560 * 1024); // RAM at 76 % of 2,000 GiB: near 80 %
    s.pods[4].used = {780, 1000, 10};
    sched::UsageSample one;
    one.atUs = kNow;
    one.used = s.pods[4].used;
    s.usageHistory[s.pods[4].id].push_back(one);
    return s;
}

SnapshotPtr snapshotAt(std::int64_t loadedAtUs) { return CloudSnapshot::build(knownCloud(), loadedAtUs, {}); }

QMap<QString, int> rowsByName(const QAbstractItemModel &m)
{
    QMap<QString, int> rows;
    for (int r = 0; r < m.rowCount(); ++r)
        rows.insert(m.index(r, int(Column::Pod)).data().toString(), r);
    return rows;
}

QString cell(const QAbstractItemModel &m, const QString &pod, Column c)
{
    return m.index(rowsByName(m).value(pod, -1), int(c)).data().toString();
}

} // namespace

class TestAttentionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { i18n::installTranslators(QStringLiteral("en")); } // English plural forms: "75 days"

    void beforeTheOutlookTheListSaysComputing()
    {
        AttentionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshotAt(kNow));
        QCOMPARE(rowsByName(model).keys(), (QStringList{QStringLiteral("Far"), QStringLiteral("Over"), QStringLiteral("Young")}));
        QCOMPARE(cell(model, QStringLiteral("Over"), Column::FullIn), QStringLiteral("computing…"));
        QCOMPARE(model.count(Problem::FullSoon), 0);
    }

    void fullInShowsTheOutlooksTimeRemaining()
    {
        AttentionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SnapshotPtr snapshot = snapshotAt(kNow);
        model.setSnapshot(snapshot);
        const CapacityOutlookPtr outlook = CapacityOutlookData::compute(*snapshot);
        model.setOutlook(outlook);
        // Soon joins the list: its trend crosses within the horizon, though it is far below its threshold now.
        QCOMPARE(rowsByName(model).keys(), (QStringList{QStringLiteral("Far"), QStringLiteral("Over"), QStringLiteral("Soon"),
                                                        QStringLiteral("Young")}));
        const int soon = rowsByName(model).value(QStringLiteral("Soon"));
        QCOMPARE(model.index(soon, 0).data(AttentionTableModel::ProblemRole).toInt(), int(Problem::FullSoon));
        QCOMPARE(model.count(Problem::FullSoon), 1);
        QCOMPARE(cell(model, QStringLiteral("Soon"), Column::Problem), QStringLiteral("over threshold within 90 days by its trend"));
        const double days = model.index(soon, int(Column::FullIn)).data(AttentionTableModel::SortRole).toDouble();
        QVERIFY2(std::abs(days - 75.0) <= 1.0, qPrintable(QString::number(days)));
        QCOMPARE(cell(model, QStringLiteral("Soon"), Column::FullIn), QStringLiteral("%1 days").arg(std::lround(days)));
        const QString tip = model.index(soon, int(Column::FullIn)).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("vCPUs over its threshold in")) && tip.contains(CapacityReport::date(kNow, days)),
                 qPrintable(tip));
        QCOMPARE(cell(model, QStringLiteral("Over"), Column::FullIn), QStringLiteral("now"));
        QCOMPARE(cell(model, QStringLiteral("Far"), Column::FullIn), QStringLiteral("more than ten years"));
        QCOMPARE(cell(model, QStringLiteral("Young"), Column::FullIn), QStringLiteral("no projection: too little history"));
        QCOMPARE(model.index(rowsByName(model).value(QStringLiteral("Young")), int(Column::FullIn)).data(Qt::ToolTipRole).toString(),
                 CapacityReport::reasonText(sched::outlook::NoProjection::TooLittleHistory));
    }

    void sortsByTimeRemaining()
    {
        AttentionTableModel model;
        const SnapshotPtr snapshot = snapshotAt(kNow);
        model.setSnapshot(snapshot);
        model.setOutlook(CapacityOutlookData::compute(*snapshot));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(AttentionTableModel::SortRole);
        proxy.sort(int(Column::FullIn), Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Over"), QStringLiteral("Soon"), QStringLiteral("Far"), QStringLiteral("Young")}));
    }

    void anOutlookOfAnotherSnapshotIsIgnored()
    {
        AttentionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshotAt(kNow + kDay));
        const SnapshotPtr older = snapshotAt(kNow);
        model.setOutlook(CapacityOutlookData::compute(*older));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, QStringLiteral("Over"), Column::FullIn), QStringLiteral("computing…"));
    }

    // A refresh: the new snapshot keeps the previous outlook's times (by pod
    // id) until its own outlook arrives; that one changes data, not rows.
    void aRefreshKeepsTheTimesUntilTheNewOutlook()
    {
        AttentionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SnapshotPtr first = snapshotAt(kNow);
        model.setSnapshot(first);
        model.setOutlook(CapacityOutlookData::compute(*first));
        const SnapshotPtr second = snapshotAt(kNow + 1);
        model.setSnapshot(second);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, QStringLiteral("Far"), Column::FullIn), QStringLiteral("more than ten years"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOutlook(CapacityOutlookData::compute(*second));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        // No outlook (the job's answer to no snapshot): the times go, the at-risk row with them.
        model.setOutlook(nullptr);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(cell(model, QStringLiteral("Over"), Column::FullIn).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttentionTableModel)
#include "tst_attentiontablemodel.moc"
