// SPDX-License-Identifier: Apache-2.0
// trio2o-sched capacity on a history written here, ending today: a pod growing
// 4 vCPUs a day from 500 towards a limit of 800 is full in 75 days, and so is
// its group; formats, filters and bad options.

#include "clirunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString time(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

// Pod1 (az1): vCPUs 500 today, 4 more each day, threshold 0.8 of 1,000;
// Pod2 (az2): flat; Pod3 (az2): two samples only; Pod4 (az3): 10,000 vCPUs
// of 100,000, 5 more a day: its limit of 80,000 is 14,000 days away.
QByteArray stateEndingNow(const QDateTime &now)
{
    QJsonArray grow, flat, young, slow;
    for (int k = 59; k >= 0; --k) {
        const QString at = time(now.addDays(-k));
        slow.append(QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("vcpus"), 10000 - 5 * k},
                                {QStringLiteral("ram_mb"), 1000}, {QStringLiteral("disk_gb"), 10}});
        grow.append(QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("vcpus"), 500 - 4 * k},
                                {QStringLiteral("ram_mb"), 1000}, {QStringLiteral("disk_gb"), 10},
                                {QStringLiteral("running_vms"), (500 - 4 * k) / 2}});
        flat.append(QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("vcpus"), 300},
                                {QStringLiteral("ram_mb"), 1000}, {QStringLiteral("disk_gb"), 10}});
    }
    young.append(QJsonObject{{QStringLiteral("at"), time(now.addDays(-1))}, {QStringLiteral("vcpus"), 10}});
    young.append(QJsonObject{{QStringLiteral("at"), time(now)}, {QStringLiteral("vcpus"), 11}});
    const auto pod = [](const char *id, const char *az, int vcpus, const QJsonArray &history, int total = 1000) {
        return QJsonObject{{QStringLiteral("pod_id"), QLatin1String(id)}, {QStringLiteral("pod_name"), QStringLiteral("Pod%1").arg(QLatin1String(id))},
                           {QStringLiteral("az_name"), QLatin1String(az)}, {QStringLiteral("threshold"), 0.8},
                           {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("vcpus"), total}, {QStringLiteral("ram_mb"), 100000}, {QStringLiteral("disk_gb"), 1000}}},
                           {QStringLiteral("usage"), QJsonObject{{QStringLiteral("vcpus"), vcpus}, {QStringLiteral("ram_mb"), 1000}, {QStringLiteral("disk_gb"), 10}}},
                           {QStringLiteral("usage_history"), history}};
    };
    const QJsonObject root{{QStringLiteral("pods"), QJsonArray{QJsonObject{{QStringLiteral("pod_id"), QStringLiteral("top")},
                                                                         {QStringLiteral("pod_name"), QStringLiteral("RegionOne")}},
                                                             pod("1", "az1", 500, grow), pod("2", "az2", 300, flat),
                                                             pod("3", "az2", 11, young), pod("4", "az3", 10000, slow, 100000)}},
                           {QStringLiteral("pod_bindings"), QJsonArray{}}};
    return QJsonDocument(root).toJson();
}

QJsonObject podNamed(const QJsonObject &report, const QString &name)
{
    for (const auto &v : report.value(QStringLiteral("pods")).toArray())
        if (v.toObject().value(QStringLiteral("pod_name")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestCliCapacity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QDateTime m_now;

private slots:
    void initTestCase()
    {
        m_now = QDateTime::currentDateTimeUtc();
        const QString file = m_dir.filePath(QStringLiteral("state.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(stateEndingNow(m_now));
        f.close();
        m_db = m_dir.filePath(QStringLiteral("cloud.sqlite"));
        const CliRun imported = runCli({QStringLiteral("import"), file, QStringLiteral("--db"), m_db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void jsonGivesTheComputedDays()
    {
        const CliRun r = runCli({QStringLiteral("capacity"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject vcpus = podNamed(report, QStringLiteral("Pod1")).value(QStringLiteral("resources")).toObject()
                                      .value(QStringLiteral("vcpus")).toObject();
        QCOMPARE(vcpus.value(QStringLiteral("used")).toInt(), 500);
        QCOMPARE(vcpus.value(QStringLiteral("limit")).toInt(), 800);
        const QJsonObject days = vcpus.value(QStringLiteral("days_remaining")).toObject();
        QVERIFY(std::abs(days.value(QStringLiteral("trend")).toDouble() - 75) <= 1);
        QVERIFY(std::abs(days.value(QStringLiteral("conservative")).toDouble() - 75) <= 1);
        QCOMPARE(vcpus.value(QStringLiteral("typical_vms_remaining")).toInt(), 150); // 300 vCPUs of 2 each
        // RAM is flat: null numbers with the reason.
        const QJsonObject ram = podNamed(report, QStringLiteral("Pod1")).value(QStringLiteral("resources")).toObject()
                                    .value(QStringLiteral("ram_mb")).toObject();
        QVERIFY(ram.value(QStringLiteral("days_remaining")).toObject().value(QStringLiteral("trend")).isNull());
        QCOMPARE(ram.value(QStringLiteral("reason")).toString(), QStringLiteral("flat_or_falling"));
        const QJsonObject young = podNamed(report, QStringLiteral("Pod3")).value(QStringLiteral("resources")).toObject()
                                      .value(QStringLiteral("vcpus")).toObject();
        QCOMPARE(young.value(QStringLiteral("reason")).toString(), QStringLiteral("too_little_history"));

        const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 3);
        const QJsonObject az1 = groups[0].toObject();
        QCOMPARE(az1.value(QStringLiteral("az_name")).toString(), QStringLiteral("az1"));
        const QDate expected = m_now.date().addDays(75);
        const QDate trend = QDate::fromString(az1.value(QStringLiteral("new_pod_needed_by")).toObject()
                                                  .value(QStringLiteral("trend")).toString(), Qt::ISODate);
        QVERIFY2(std::abs(trend.daysTo(expected)) <= 1, qPrintable(trend.toString(Qt::ISODate)));
        QVERIFY(groups[1].toObject().value(QStringLiteral("new_pod_needed_by")).toObject()
                    .value(QStringLiteral("trend")).isNull());
        // Pod2 is flat, Pod3 too young to tell: no date, and why.
        QCOMPARE(groups[1].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("too_little_history"));
    }

    // Past ten years: JSON keeps the numbers and flags them; CSV likewise; text says so in words.
    void farProjectionsReadMoreThanTenYears()
    {
        const CliRun json = runCli({QStringLiteral("capacity"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        const QJsonObject days = podNamed(report, QStringLiteral("Pod4")).value(QStringLiteral("resources")).toObject()
                                     .value(QStringLiteral("vcpus")).toObject().value(QStringLiteral("days_remaining")).toObject();
        QVERIFY2(std::abs(days.value(QStringLiteral("trend")).toDouble() - 14000) <= 1, qPrintable(QJsonDocument(days).toJson()));
        const QJsonObject far = days.value(QStringLiteral("beyond_ten_years")).toObject();
        QCOMPARE(far.value(QStringLiteral("trend")), QJsonValue(true));
        QCOMPARE(far.value(QStringLiteral("conservative")), QJsonValue(true));
        const QJsonObject pod1 = podNamed(report, QStringLiteral("Pod1")).value(QStringLiteral("resources")).toObject()
                                     .value(QStringLiteral("vcpus")).toObject().value(QStringLiteral("days_remaining")).toObject();
        QCOMPARE(pod1.value(QStringLiteral("beyond_ten_years")).toObject().value(QStringLiteral("trend")), QJsonValue(false));
        const QJsonObject ram = podNamed(report, QStringLiteral("Pod4")).value(QStringLiteral("resources")).toObject()
                                    .value(QStringLiteral("ram_mb")).toObject().value(QStringLiteral("days_remaining")).toObject();
        QVERIFY(ram.value(QStringLiteral("beyond_ten_years")).toObject().value(QStringLiteral("trend")).isNull());
        const QJsonObject az3 = report.value(QStringLiteral("groups")).toArray().at(2).toObject();
        QCOMPARE(az3.value(QStringLiteral("az_name")).toString(), QStringLiteral("az3"));
        QCOMPARE(az3.value(QStringLiteral("days_remaining")).toObject().value(QStringLiteral("beyond_ten_years")).toObject()
                     .value(QStringLiteral("conservative")), QJsonValue(true));
        QVERIFY(az3.value(QStringLiteral("new_pod_needed_by")).toObject().value(QStringLiteral("trend")).isString());

        const CliRun csv = runCli({QStringLiteral("capacity"), QStringLiteral("--csv"), QStringLiteral("--az"), QStringLiteral("az3"),
                                   QStringLiteral("--db"), m_db});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = QString::fromUtf8(csv.out).trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.first().endsWith(QStringLiteral(",conservative_beyond_ten_years,trend_beyond_ten_years")), qPrintable(lines.first()));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Pod4,az3,,vcpus,10000,100000,80000,5,")) &&
                     lines.value(1).endsWith(QStringLiteral(",true,true")),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("Pod4,az3,,ram_mb,")) && lines.value(2).endsWith(QStringLiteral(",,")),
                 qPrintable(lines.value(2)));

        const CliRun text = runCli({QStringLiteral("capacity"), QStringLiteral("--az"), QStringLiteral("az3"),
                                    QStringLiteral("--horizon"), QStringLiteral("3650"), QStringLiteral("--db"), m_db});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("more than ten years")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("14,000")) && !out.contains(QStringLiteral("14000")), qPrintable(out));
        // Nothing of az3 is at risk within the longest horizon; its group needs no new pod for ten years.
        QVERIFY2(out.split(QLatin1Char('\n')).value(1).trimmed() == QStringLiteral("none"), qPrintable(out));
        const QString group = out.split(QLatin1Char('\n')).filter(QStringLiteral("az3")).value(0);
        QVERIFY2(group.contains(QStringLiteral("more than ten years")), qPrintable(out));
    }

    void textLeadsWithThePodsAtRisk()
    {
        const CliRun r = runCli({QStringLiteral("capacity"), QStringLiteral("--db"), m_db, QStringLiteral("--horizon"),
                                 QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("Pods over their threshold within 100 days")), qPrintable(text));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines.value(2).trimmed().startsWith(QStringLiteral("Pod1")));
        QVERIFY(text.contains(m_now.date().addDays(75).toString(Qt::ISODate))
                || text.contains(m_now.date().addDays(74).toString(Qt::ISODate))
                || text.contains(m_now.date().addDays(76).toString(Qt::ISODate)));
        // Within 30 days nothing is at risk.
        const CliRun soon = runCli({QStringLiteral("capacity"), QStringLiteral("--db"), m_db, QStringLiteral("--horizon"),
                                    QStringLiteral("30")});
        QVERIFY(QString::fromUtf8(soon.out).split(QLatin1Char('\n')).value(1).trimmed() == QStringLiteral("none"));
    }

    void csvAndFilters()
    {
        const CliRun r = runCli({QStringLiteral("capacity"), QStringLiteral("--csv"), QStringLiteral("--az"),
                                 QStringLiteral("az2"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("pod_name,az_name,group,resource,used,total,limit")));
        QCOMPARE(lines.size(), 1 + 2 * 3); // Pod2 and Pod3, three resources each
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.contains(QStringLiteral(",az2,")), qPrintable(line));
    }

    void badOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("vm-size-word") << QStringList{QStringLiteral("--vm-size"), QStringLiteral("big")} << QStringLiteral("--vm-size");
        QTest::newRow("vm-size-partial") << QStringList{QStringLiteral("--vm-size"), QStringLiteral("vcpus=2")}
                                         << QStringLiteral("--vm-size needs vcpus, ram_mb and disk_gb");
        QTest::newRow("horizon-zero") << QStringList{QStringLiteral("--horizon"), QStringLiteral("0")} << QStringLiteral("--horizon");
        QTest::newRow("two-formats") << QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}
                                     << QStringLiteral("choose one of --json, --csv and --text");
    }
    void badOptionsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{QStringLiteral("capacity"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void historySettingsAreSharedThroughTheStore()
    {
        const CliRun shown = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("every 1 hour while") && shown.out.contains("kept for 400 days"), shown.out.constData());
        const CliRun set = runCli({QStringLiteral("history"), QStringLiteral("--interval"), QStringLiteral("6"),
                                   QStringLiteral("--retention"), QStringLiteral("90"), QStringLiteral("--db"), m_db});
        QCOMPARE(set.exitCode, 0);
        const CliRun again = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db});
        QVERIFY2(again.out.contains("every 6 hours while") && again.out.contains("kept for 90 days, thinned to one a day after 22 days"),
                 again.out.constData());
        const CliRun bad = runCli({QStringLiteral("history"), QStringLiteral("--retention"), QStringLiteral("3"),
                                   QStringLiteral("--db"), m_db});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("--retention")), qPrintable(bad.err));
        runCli({QStringLiteral("history"), QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--retention"),
                QStringLiteral("400"), QStringLiteral("--db"), m_db});
    }

    void generatedHistoryProjects()
    {
        const QString db = m_dir.filePath(QStringLiteral("generated.sqlite"));
        const CliRun g = runCli({QStringLiteral("generate"), QStringLiteral("--pods"), QStringLiteral("12"),
                                 QStringLiteral("--history"), QStringLiteral("60"), QStringLiteral("--db"), db});
        QVERIFY2(g.exitCode == 0, qPrintable(g.err));
        const CliRun r = runCli({QStringLiteral("capacity"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        int projected = 0;
        for (const auto &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pods")).toArray()) {
            const QJsonObject vcpus = v.toObject().value(QStringLiteral("resources")).toObject().value(QStringLiteral("vcpus")).toObject();
            projected += vcpus.value(QStringLiteral("days_remaining")).toObject().value(QStringLiteral("trend")).isDouble();
        }
        QVERIFY2(projected >= 8, qPrintable(QString::number(projected)));
    }
};

QTEST_GUILESS_MAIN(TestCliCapacity)
#include "tst_cli_capacity.moc"
