// SPDX-License-Identifier: Apache-2.0
// The what-if JSON report's per-pod figures an operator acts on: capacity
// and limit before and after each pod's run, whether it was at its limit
// before the first event, and the event at which it reached its threshold.
// Expected values are worked out by hand in the comments.

#include "reportfixtures.h"
#include "reportjson.h"

#include <QTest>

using namespace reportfixtures;
using model::ReportJson;

namespace {

QJsonObject pod(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &p : report.value(QLatin1String("pods")).toArray())
        if (p.toObject().value(QLatin1String("pod_name")).toString() == name)
            return p.toObject();
    return {};
}

QJsonObject amounts(int vcpus, int ramMb, int diskGb)
{
    return QJsonObject{{QStringLiteral("vcpus"), vcpus}, {QStringLiteral("ram_mb"), ramMb}, {QStringLiteral("disk_gb"), diskGb}};
}

} // namespace

class TestReportJson : public QObject
{
    Q_OBJECT

private slots:
    void capacityAndLimitBeforeAndAfter();
    void fullBeforeAndThresholdReached();

private:
    QTemporaryDir m_tmp;
};

// p1: 10 vCPUs, 65,536 MB, 1,000 GB, threshold 1.0 (limits equal the
// capacity). Four 1-vCPU, 512-MB VMs land on it (creation order); then
// set_capacity makes it 20 vCPUs at threshold 0.5: limits floor(0.5 x 20) =
// 10 vCPUs, floor(0.5 x 65,536) = 32,768 MB, floor(0.5 x 1,000) = 500 GB.
void TestReportJson::capacityAndLimitBeforeAndAfter()
{
    const QJsonObject setCapacity{{QStringLiteral("type"), QStringLiteral("set_capacity")}, {QStringLiteral("pod"), QStringLiteral("p1")},
                                  {QStringLiteral("resource"), QStringLiteral("vcpus")}, {QStringLiteral("total"), 20},
                                  {QStringLiteral("threshold"), 0.5}};
    QString error;
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("b-{1..4}"), QStringLiteral("az1"), 1, 4), setCapacity}, &error);
    QVERIFY2(!r.reports.empty(), qPrintable(error));
    const QJsonObject p1 = pod(QJsonDocument::fromJson(ReportJson::serialize(r)).object(), QStringLiteral("p1"));
    QVERIFY(!p1.isEmpty());
    QCOMPARE(p1.value(QLatin1String("capacity_before")).toObject(), amounts(10, 65536, 1000));
    QCOMPARE(p1.value(QLatin1String("capacity_after")).toObject(), amounts(20, 65536, 1000));
    QCOMPARE(p1.value(QLatin1String("limit_before")).toObject(), amounts(10, 65536, 1000));
    QCOMPARE(p1.value(QLatin1String("limit_after")).toObject(), amounts(10, 32768, 500));
    QCOMPARE(p1.value(QLatin1String("before")).toObject().value(QLatin1String("vcpus")).toInt(), 0);
    QCOMPARE(p1.value(QLatin1String("after")).toObject().value(QLatin1String("vcpus")).toInt(), 4);
    QCOMPARE(p1.value(QLatin1String("after")).toObject().value(QLatin1String("ram_mb")).toInt(), 2048);
    // 4 of 10 leaves room for more 1-vCPU VMs: not at its threshold.
    QVERIFY(p1.value(QLatin1String("threshold_reached")).isNull());
    QCOMPARE(p1.value(QLatin1String("full_before")).toBool(), false);
}

// p1 has 10 of 10 vCPUs used before the first event (full_before, never
// counted as reaching its threshold during the run); p2 and p3 (10 vCPUs)
// take 3-vCPU VMs in creation order: p2 gets three (9, room 1 < 3: at its
// threshold during event 0), the fourth goes to p3 (3, room 7: not).
void TestReportJson::fullBeforeAndThresholdReached()
{
    QString error;
    const whatif::RunResult r = run(m_tmp,
                                    {{QStringLiteral("p1"), QStringLiteral("az1"), {}, 10, 65536, 1.0, 10},
                                     {QStringLiteral("p2"), QStringLiteral("az1")}, {QStringLiteral("p3"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("b-{1..4}"), QStringLiteral("az1"), 3, 4)}, &error);
    QVERIFY2(!r.reports.empty(), qPrintable(error));
    const QJsonObject report = QJsonDocument::fromJson(ReportJson::serialize(r)).object();
    const QJsonObject p1 = pod(report, QStringLiteral("p1"));
    const QJsonObject p2 = pod(report, QStringLiteral("p2"));
    const QJsonObject p3 = pod(report, QStringLiteral("p3"));
    QCOMPARE(p1.value(QLatin1String("full_before")).toBool(), true);
    QVERIFY(p1.value(QLatin1String("threshold_reached")).isNull());
    QCOMPARE(p1.value(QLatin1String("after")).toObject().value(QLatin1String("vcpus")).toInt(), 10);
    QCOMPARE(p2.value(QLatin1String("full_before")).toBool(), false);
    QCOMPARE(p2.value(QLatin1String("threshold_reached")).toObject(),
             (QJsonObject{{QStringLiteral("event"), 0}, {QStringLiteral("resource"), QStringLiteral("vcpus")}}));
    QCOMPARE(p2.value(QLatin1String("after")).toObject().value(QLatin1String("vcpus")).toInt(), 9);
    QVERIFY(p3.value(QLatin1String("threshold_reached")).isNull());
    QCOMPARE(p3.value(QLatin1String("after")).toObject().value(QLatin1String("vcpus")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
