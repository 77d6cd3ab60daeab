// SPDX-License-Identifier: Apache-2.0
// The what-if text report as an operator reads it: no line wider than 100
// terminal cells (long ids cut in the middle, reasons wrapped, Chinese names
// counted two cells a character), threshold crossings first with the event,
// failures grouped with counts before the details, each changed pod's
// resources before and after, the headroom per (AZ, group) last.

#include "reportfixtures.h"
#include "reporttext.h"
#include "texttable.h"

#include <QRegularExpression>
#include <QTest>

using namespace reportfixtures;
using model::ReportText;
using model::TextTable;

namespace {

// The report's lines with runs of spaces collapsed to one (columns as words).
QStringList squeezed(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << line.simplified();
    return out;
}

qsizetype lineStarting(const QStringList &lines, const QString &start)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(start))
            return i;
    return -1;
}

} // namespace

class TestReportText : public QObject
{
    Q_OBJECT

private slots:
    void linesFitHundredColumns_data();
    void linesFitHundredColumns();
    void crossingsComeFirstWithTheirEvent();
    void crossingWhenTheNextVmLikeTheLastNoLongerFits();
    void failuresGroupedWithCountsBeforeDetails();
    void changedPodShowsEveryResourceBeforeAndAfter();
    void changedCapacityAndLimitBeforeAndAfter();
    void crossingFactNeverSplit();
    void headroomPerAzAndGroupComesLast();
    void differencesShowEveryPodWhole();

private:
    QTemporaryDir m_tmp;
};

void TestReportText::linesFitHundredColumns_data()
{
    QTest::addColumn<QString>("podPrefix");
    QTest::addColumn<QString>("tenantPattern");
    QTest::addColumn<QString>("az");
    const QString uuid = QStringLiteral("6f1c2a7e-8d4b-4f0e-9a3c-") + QStringLiteral("{000000000001..000000000040}");
    QTest::newRow("long-latin-ids") << QStringLiteral("datacentre-frankfurt-east-general-purpose-pod-")
                                    << QStringLiteral("tenant-") + uuid << QStringLiteral("eu-central-frankfurt-az1");
    QTest::newRow("chinese-names") << QStringLiteral("北京数据中心通用计算资源池第") << QStringLiteral("租户-") + uuid
                                   << QStringLiteral("华北可用区一号");
}

// Pods so full that requests fail, long names everywhere: every line of the
// report still fits 100 cells.
void TestReportText::linesFitHundredColumns()
{
    QFETCH(QString, podPrefix);
    QFETCH(QString, tenantPattern);
    QFETCH(QString, az);
    QString error;
    const whatif::RunResult r =
        run(m_tmp, {{podPrefix + QStringLiteral("1"), az, {}, 8}, {podPrefix + QStringLiteral("2"), az, {}, 8}},
            {createVm(tenantPattern, az, 1, 40)}, &error);
    QVERIFY2(!r.reports.empty(), qPrintable(error));
    QCOMPARE(r.reports[0].summary.fail, 24u); // 16 fit, the other 24 find both pods full
    const QString text = ReportText::format(r);
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(TextTable::displayWidth(line) <= ReportText::kLineWidth,
                 qPrintable(QStringLiteral("%1 cells: %2").arg(TextTable::displayWidth(line)).arg(line)));
    // Ids are cut in the middle, so their distinct ends stay visible (the
    // first failure is the 17th tenant's).
    QVERIFY2(text.contains(QStringLiteral("0017 ")), qPrintable(text));
    QVERIFY2(text.contains(QChar(0x2026)), qPrintable(text));
}

// 25 one-vCPU VMs on three 10-vCPU pods (threshold 1.0): p1 and p2 reach their
// limit during event 1 (event 0 adds a tenant); p3 stays at 5.
void TestReportText::crossingsComeFirstWithTheirEvent()
{
    QJsonArray events{QJsonObject{{QStringLiteral("type"), QStringLiteral("new_tenants")},
                                  {QStringLiteral("pattern"), QStringLiteral("x-{n}")}, {QStringLiteral("count"), 1}},
                      createVm(QStringLiteral("burst-{01..25}"), QStringLiteral("az1"), 1, 25)};
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}, {QStringLiteral("p2"), QStringLiteral("az1")},
                                            {QStringLiteral("p3"), QStringLiteral("az1")}}, events);
    QVERIFY(!r.reports.empty());
    const QStringList lines = squeezed(ReportText::format(r));
    QCOMPARE(lines.value(0), QStringLiteral("Pods that reach their threshold (2)"));
    QCOMPARE(lines.value(1), QStringLiteral("Pod AZ Group At event Resource Used after"));
    QCOMPARE(lines.value(2), QStringLiteral("p1 az1 general 1 vCPUs 10 (100.0 %)"));
    QCOMPARE(lines.value(3), QStringLiteral("p2 az1 general 1 vCPUs 10 (100.0 %)"));
    QVERIFY(lineStarting(lines, QStringLiteral("p3 az1 general")) < 0);
    // Then the failures (none here), then the summary and the details.
    QVERIFY(lineStarting(lines, QStringLiteral("Failures: none.")) > 3);
    QVERIFY(lineStarting(lines, QStringLiteral("Summary")) > lineStarting(lines, QStringLiteral("Failures: none.")));
}

// 4-vCPU VMs on 10-vCPU pods (threshold 1.0): two fill p1 to 8, which leaves
// 2, less than such a VM - the scheduler sends the next one elsewhere, so p1
// counts as at its threshold during that event at 80 %. p2 takes one (4, room
// 6) and does not count.
void TestReportText::crossingWhenTheNextVmLikeTheLastNoLongerFits()
{
    QString error;
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}, {QStringLiteral("p2"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("a-{1..2}"), QStringLiteral("az1"), 4, 2),
                                     createVm(QStringLiteral("b-{1..1}"), QStringLiteral("az1"), 4, 1)}, &error);
    QVERIFY2(!r.reports.empty(), qPrintable(error));
    QCOMPARE(r.reports[0].pods.at(0).name, std::string("p1"));
    QCOMPARE(r.reports[0].pods.at(0).crossedAt, std::optional<std::uint32_t>(0));
    QCOMPARE(r.reports[0].pods.at(1).name, std::string("p2"));
    QCOMPARE(r.reports[0].pods.at(1).crossedAt, std::optional<std::uint32_t>());
    const QStringList lines = squeezed(ReportText::format(r));
    QCOMPARE(lines.value(0), QStringLiteral("Pods that reach their threshold (1)"));
    QCOMPARE(lines.value(2), QStringLiteral("p1 az1 general 0 vCPUs 8 (80.0 %)"));
    QVERIFY(lineStarting(lines, QStringLiteral("p2 az1 general")) < 0);
}

// 14 VMs for 10 vCPUs of room fail 4 times for the same reason; deletes for
// two tenants without a binding fail twice for another: two groups, counts first.
void TestReportText::failuresGroupedWithCountsBeforeDetails()
{
    const QJsonArray events{createVm(QStringLiteral("b-{01..14}"), QStringLiteral("az1"), 1, 14),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("new_tenants")},
                                        {QStringLiteral("pattern"), QStringLiteral("ghost-{1..2}")}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("delete_vm")},
                                        {QStringLiteral("tenants"), QStringLiteral("ghost-{1..2}")},
                                        {QStringLiteral("az"), QStringLiteral("az1")},
                                        {QStringLiteral("size"), QJsonObject{{QStringLiteral("vcpus"), 1}}},
                                        {QStringLiteral("count"), 2}}};
    QString error;
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}}, events, &error);
    QVERIFY2(!r.reports.empty(), qPrintable(error));
    QCOMPARE(r.reports[0].failures.size(), 6u);
    const QStringList lines = squeezed(ReportText::format(r));
    const qsizetype groups =
        lineStarting(lines, ReportText::tr("Failures by AZ, group and reason (%1 failures in %n group(s))", nullptr, 2).arg(6));
    QVERIFY2(groups >= 0, qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(lines.value(groups + 1), QStringLiteral("Count AZ Group Events Reason"));
    // The reason wraps under itself: the row and its continuation read as one.
    const QString first = lines.value(groups + 2) + QLatin1Char(' ') + lines.value(groups + 3);
    QCOMPARE(first, QStringLiteral("4 az1 general 0 every candidate pod was rejected; rejected by: capacity; e.g. vCPUs "
                                   "at the threshold"));
    QCOMPARE(lines.value(groups + 4), QStringLiteral("2 az1 general 2 no active binding in this AZ and group to delete from"));
    // The failures one by one come later, after the summary.
    QVERIFY(lineStarting(lines, QStringLiteral("Failures, one by one (6)")) > lineStarting(lines, QStringLiteral("Summary")));
}

void TestReportText::changedPodShowsEveryResourceBeforeAndAfter()
{
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1"), {}, 10, 65536}},
                                    {createVm(QStringLiteral("b-{01..10}"), QStringLiteral("az1"), 1, 10)});
    QVERIFY(!r.reports.empty());
    const QStringList lines = squeezed(ReportText::format(r));
    const qsizetype head = lineStarting(lines, QStringLiteral("Pods that changed (1)"));
    QVERIFY(head >= 0);
    QCOMPARE(lines.value(head + 1),
             QStringLiteral("p1 (az1, general): enabled; VMs 0 -> 10; tenants 0 -> 10; at its threshold after event 0"));
    QCOMPARE(lines.value(head + 2), QStringLiteral("Resource Capacity Limit Used before Used after"));
    QCOMPARE(lines.value(head + 3), QStringLiteral("vCPUs 10 10 0 (0.0 %) 10 (100.0 %)"));
    QCOMPARE(lines.value(head + 4), QStringLiteral("RAM (MB) 65,536 65,536 0 (0.0 %) 5,120 (7.8 %)"));
    QCOMPARE(lines.value(head + 5), QStringLiteral("disk (GB) 1,000 1,000 0 (0.0 %) 0 (0.0 %)"));
}

// set_capacity doubles p1's vCPUs and halves its threshold: the table shows
// capacity and limit after the run, a line below what they were before.
void TestReportText::changedCapacityAndLimitBeforeAndAfter()
{
    const QJsonObject setCapacity{{QStringLiteral("type"), QStringLiteral("set_capacity")}, {QStringLiteral("pod"), QStringLiteral("p1")},
                                  {QStringLiteral("resource"), QStringLiteral("vcpus")}, {QStringLiteral("total"), 20},
                                  {QStringLiteral("threshold"), 0.5}};
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("b-{1..4}"), QStringLiteral("az1"), 1, 4), setCapacity});
    QVERIFY(!r.reports.empty());
    const QStringList lines = squeezed(ReportText::format(r));
    const qsizetype head = lineStarting(lines, QStringLiteral("p1 (az1, general)"));
    QVERIFY2(head >= 0, qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(lines.value(head + 1), QStringLiteral("Resource Capacity Limit Used before Used after"));
    // 4 of 20 = 20 %; limit floor(0.5 x 20) = 10.
    QCOMPARE(lines.value(head + 2), QStringLiteral("vCPUs 20 10 0 (0.0 %) 4 (20.0 %)"));
    QCOMPARE(lines.value(head + 3), QStringLiteral("RAM (MB) 65,536 32,768 0 (0.0 %) 2,048 (3.1 %)"));
    QCOMPARE(lines.value(head + 4), QStringLiteral("disk (GB) 1,000 500 0 (0.0 %) 0 (0.0 %)"));
    QCOMPARE(lines.value(head + 5) + QLatin1Char(' ') + lines.value(head + 6),
             QStringLiteral("Changed: vCPUs: capacity 10 -> 20, limit 10; RAM (MB): capacity 65,536, limit 65,536 -> 32,768; "
                            "disk (GB): capacity 1,000, limit 1,000 -> 500"));
}

// An 11-character name puts "event" at the 96th cell of the pod's first line:
// the line breaks between facts, so "at its threshold after event 0" stays whole.
void TestReportText::crossingFactNeverSplit()
{
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("frankfurt-1"), QStringLiteral("az1")}},
                                    {createVm(QStringLiteral("b-{01..10}"), QStringLiteral("az1"), 1, 10)});
    QVERIFY(!r.reports.empty());
    const QStringList lines = ReportText::format(r).split(QLatin1Char('\n'));
    const qsizetype head = lineStarting(lines, QStringLiteral("  frankfurt-1 (az1, general)"));
    QVERIFY(head >= 0);
    QCOMPARE(lines[head], QStringLiteral("  frankfurt-1 (az1, general): enabled; VMs 0 -> 10; tenants 0 -> 10;"));
    QCOMPARE(lines.value(head + 1), QStringLiteral("    at its threshold after event 0"));
}

// Headroom of az1's general group (p1, p2: 10 vCPUs each) falls from 20 to 8
// after the only event; the GPU group's pod is untouched.
void TestReportText::headroomPerAzAndGroupComesLast()
{
    const whatif::RunResult r = run(m_tmp, {{QStringLiteral("p1"), QStringLiteral("az1")}, {QStringLiteral("p2"), QStringLiteral("az1")},
                                            {QStringLiteral("g1"), QStringLiteral("az1"), QStringLiteral("resource:gpu")}},
                                    {createVm(QStringLiteral("b-{01..12}"), QStringLiteral("az1"), 1, 12)});
    QVERIFY(!r.reports.empty());
    const QStringList lines = squeezed(ReportText::format(r).trimmed());
    const qsizetype head = lineStarting(lines, QStringLiteral("Headroom per AZ and group"));
    QVERIFY(head >= 0);
    QCOMPARE(lines.value(head + 1), QStringLiteral("AZ Group Pods Resource Start Lowest (when) End"));
    QCOMPARE(lines.value(head + 2), QStringLiteral("az1 general 2 vCPUs 20 8 (event 0) 8"));
    QCOMPARE(lines.value(head + 3), QStringLiteral("RAM (MB) 131,072 124,928 (event 0) 124,928"));
    QCOMPARE(lines.value(head + 4), QStringLiteral("disk (GB) 2,000 2,000 (start) 2,000"));
    QCOMPARE(lines.value(head + 5), QStringLiteral("az1 resource:gpu 1 vCPUs 10 10 (start) 10"));
    QCOMPARE(lines.size(), head + 8); // the last section
}

// Compared with a policy that weighs free vCPUs, tenants end on other pods in
// three AZs: each policy's outcome is a line of its own, every long pod name
// whole (a list cut in the middle would hide which pods), within 100 cells.
void TestReportText::differencesShowEveryPodWhole()
{
    std::vector<PodSpec> pods;
    QJsonArray events;
    for (const QString &az : {QStringLiteral("az1"), QStringLiteral("az2"), QStringLiteral("az3")}) {
        for (const QString &n : {QStringLiteral("1"), QStringLiteral("2")})
            pods.push_back({QStringLiteral("datacentre-%1-general-purpose-pod-%2").arg(az, n), az});
        events.append(createVm(QStringLiteral("tenant-6f1c2a7e-8d4b-4f0e-9a3c-{1..3}"), az, 4, 3));
    }
    const QJsonArray compare{QJsonObject{
        {QStringLiteral("name"), QStringLiteral("most-free-vcpus")},
        {QStringLiteral("policy"), QStringLiteral("weighted")},
        {QStringLiteral("weighers"), QJsonObject{{QStringLiteral("creation_order"), 0}, {QStringLiteral("free_ram"), 0},
                                                 {QStringLiteral("free_vcpus"), 1}, {QStringLiteral("free_disk"), 0},
                                                 {QStringLiteral("workload"), 0}, {QStringLiteral("cost"), 0}}}}};
    QString error;
    const whatif::RunResult r = run(m_tmp, pods, events, &error, compare);
    QVERIFY2(r.reports.size() == 2, qPrintable(error));
    QVERIFY(!r.differences.at(0).empty());
    const QString text = ReportText::format(r);
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(TextTable::displayWidth(line) <= ReportText::kLineWidth, qPrintable(line));
    const QStringList lines = squeezed(text);
    const qsizetype head = lineStarting(lines, QStringLiteral("Tenants whose outcome differs, creation-order vs most-free-vcpus"));
    QVERIFY2(head >= 0, qPrintable(text));
    QCOMPARE(lines.value(head + 1), QStringLiteral("Tenant Policy Pods bound; failures"));
    // The rows of the section read as text: every pod either policy bound a
    // differing tenant to is named whole.
    const QString section = text.mid(text.indexOf(QStringLiteral("Tenants whose outcome differs")));
    QString joined;
    for (const QString &line : section.split(QLatin1Char('\n')))
        joined += line.simplified() + QLatin1Char(' ');
    for (const whatif::TenantDifference &d : r.differences.at(0)) {
        for (const std::string &pod : d.primary.pods)
            QVERIFY2(joined.contains(QString::fromStdString(pod)), pod.c_str());
        for (const std::string &pod : d.other.pods)
            QVERIFY2(joined.contains(QString::fromStdString(pod)), pod.c_str());
    }
    QVERIFY(lineStarting(lines.mid(head), QStringLiteral("most-free-vcpus datacentre-")) > 0);
}

QTEST_GUILESS_MAIN(TestReportText)
#include "tst_reporttext.moc"
