// SPDX-License-Identifier: Apache-2.0
// The report's CSV tables: every pod before and after (not only changes),
// and the sampled series in long form, numbers plain whatever the locale.

#include "reportcsv.h"
#include "reportfixtures.h"

#include <QLocale>
#include <QTest>

using namespace reportfixtures;
using model::ReportCsv;

namespace {
QList<QStringList> rows(const QByteArray &csv)
{
    QList<QStringList> out;
    for (const QString &line : QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        out << line.split(QLatin1Char(','));
    return out;
}

QString cell(const QList<QStringList> &table, int row, const QString &column)
{
    return table.value(row).value(table.value(0).indexOf(column));
}
} // namespace

class TestReportCsv : public QObject
{
    Q_OBJECT

private slots:
    void podsBeforeAndAfterEveryPod();
    void seriesOneRowPerSampleAndPod();

private:
    QTemporaryDir m_tmp;
};

// 10 one-vCPU VMs on p1 (10 vCPUs, threshold 1.0); p2 untouched but listed too.
void TestReportCsv::podsBeforeAndAfterEveryPod()
{
    QLocale::setDefault(QLocale(QLocale::German)); // files never follow the user's number format
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1"), {}, 10, 65536},
                                            {QStringLiteral("p2"), QStringLiteral("az1"), {}, 10, 65536}},
                                    {createVm(QStringLiteral("b-{01..10}"), QStringLiteral("az1"), 1, 10)});
    QLocale::setDefault(QLocale::c());
    QVERIFY(!r.reports.empty());
    const auto table = rows(ReportCsv::pods(r.reports[0]));
    QCOMPARE(table.size(), 3);
    QCOMPARE(table[0].mid(0, 5), (QStringList{QStringLiteral("pod_name"), QStringLiteral("az_name"), QStringLiteral("group"),
                                              QStringLiteral("added"), QStringLiteral("removed")}));
    QCOMPARE(cell(table, 1, QStringLiteral("pod_name")), QStringLiteral("p1"));
    QCOMPARE(cell(table, 1, QStringLiteral("vms_before")), QStringLiteral("0"));
    QCOMPARE(cell(table, 1, QStringLiteral("vms_after")), QStringLiteral("10"));
    QCOMPARE(cell(table, 1, QStringLiteral("vcpus_capacity_after")), QStringLiteral("10"));
    QCOMPARE(cell(table, 1, QStringLiteral("vcpus_limit_after")), QStringLiteral("10"));
    QCOMPARE(cell(table, 1, QStringLiteral("vcpus_used_after")), QStringLiteral("10"));
    QCOMPARE(cell(table, 1, QStringLiteral("vcpus_percent_after")), QStringLiteral("100.00"));
    QCOMPARE(cell(table, 1, QStringLiteral("ram_mb_used_after")), QStringLiteral("5120"));
    QCOMPARE(cell(table, 1, QStringLiteral("ram_mb_percent_after")), QStringLiteral("7.81")); // 5120 / 65536
    QCOMPARE(cell(table, 1, QStringLiteral("threshold_reached_at_event")), QStringLiteral("0"));
    QCOMPARE(cell(table, 1, QStringLiteral("threshold_reached_in")), QStringLiteral("vcpus"));
    QCOMPARE(cell(table, 2, QStringLiteral("pod_name")), QStringLiteral("p2"));
    QCOMPARE(cell(table, 2, QStringLiteral("vcpus_used_after")), QStringLiteral("0"));
    QCOMPARE(cell(table, 2, QStringLiteral("threshold_reached_at_event")), QString());
}

// Three events, a sample after each (and one before): 4 samples x 2 pods.
void TestReportCsv::seriesOneRowPerSampleAndPod()
{
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}, {QStringLiteral("p2"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("a-{1..4}"), QStringLiteral("az1"), 1, 4),
                                     createVm(QStringLiteral("b-{1..4}"), QStringLiteral("az1"), 1, 4),
                                     createVm(QStringLiteral("c-{1..4}"), QStringLiteral("az1"), 1, 4)});
    QVERIFY(!r.reports.empty());
    const auto table = rows(ReportCsv::series(r.reports[0]));
    QCOMPARE(table[0], (QStringList{QStringLiteral("after_events"), QStringLiteral("pod_name"), QStringLiteral("az_name"),
                                    QStringLiteral("group"), QStringLiteral("vcpus"), QStringLiteral("ram_mb"),
                                    QStringLiteral("disk_gb"), QStringLiteral("vms"), QStringLiteral("tenants"),
                                    QStringLiteral("state")}));
    QCOMPARE(table.size(), 1 + 4 * 2);
    // p1 (10 vCPUs) takes 4, 8, then 10 and p2 the last 2.
    const QStringList p1{QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("10")};
    const QStringList p2{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("2")};
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(cell(table, 1 + 2 * k, QStringLiteral("after_events")), QString::number(k));
        QCOMPARE(cell(table, 1 + 2 * k, QStringLiteral("pod_name")), QStringLiteral("p1"));
        QCOMPARE(cell(table, 1 + 2 * k, QStringLiteral("vcpus")), p1[k]);
        QCOMPARE(cell(table, 2 + 2 * k, QStringLiteral("pod_name")), QStringLiteral("p2"));
        QCOMPARE(cell(table, 2 + 2 * k, QStringLiteral("vcpus")), p2[k]);
        QCOMPARE(cell(table, 2 + 2 * k, QStringLiteral("state")), QStringLiteral("enabled"));
    }
}

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
