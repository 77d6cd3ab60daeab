// SPDX-License-Identifier: Apache-2.0
// trio2o-sched import of a real Trio2o dump holding the anomalies upstream can
// leave behind (a tenant bound twice in one AZ, a binding to a deleted pod, a
// second top region), run as a real process on SQLite and, through the
// pgserver fixture, on PostgreSQL (TRIO2O_TEST_ENGINE=postgresql).

#include "clirunner.h"

#include <QCoreApplication> // storetestdatabases.h needs it

#include "storetestdatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Pod ids: Foxtrot's sorts before Delta's although Delta was created first.
const QString kRegionOne = QStringLiteral("e8a1b6f2-0c1d-4d8e-9a51-000000000001");
const QString kDelta = QStringLiteral("c3d4e5f6-1111-4a2b-8c3d-00000000000d");
const QString kCharlie = QStringLiteral("9b0c1d2e-2222-4a2b-8c3d-00000000000c");
const QString kFoxtrot = QStringLiteral("5a6b7c8d-3333-4a2b-8c3d-00000000000f");
const QString kRegionTwo = QStringLiteral("f0f0f0f0-4444-4a2b-8c3d-000000000002");
const QString kDeletedPod = QStringLiteral("0d0d0d0d-5555-4a2b-8c3d-0000000000dd");

QJsonObject pod(const QString &id, const QString &name, const QString &az, const QString &created)
{
    return {{QStringLiteral("pod_id"), id}, {QStringLiteral("pod_name"), name}, {QStringLiteral("az_name"), az},
            {QStringLiteral("pod_az_name"), QString()}, {QStringLiteral("dc_name"), QStringLiteral("dc1")},
            {QStringLiteral("created_at"), created}};
}

QJsonObject binding(const QString &id, const QString &tenant, const QString &podId, bool active, const QString &created,
                    const QJsonValue &updated = QJsonValue::Null)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("tenant_id"), tenant}, {QStringLiteral("pod_id"), podId},
            {QStringLiteral("is_binding"), active}, {QStringLiteral("created_at"), created},
            {QStringLiteral("updated_at"), updated}};
}

// What GET /pods and GET /bindings of a Trio2o answered after t0 went
// az2 (Charlie) -> az1 (Delta) -> "" with a group (Charlie -> Foxtrot, az1).
QJsonObject realDump()
{
    const QJsonArray pods{pod(kRegionOne, QStringLiteral("RegionOne"), QString(), QStringLiteral("2024-01-01 00:00:00.000000")),
                          pod(kDelta, QStringLiteral("Delta"), QStringLiteral("az1"), QStringLiteral("2024-01-02 00:00:00.000000")),
                          pod(kCharlie, QStringLiteral("Charlie"), QStringLiteral("az2"), QStringLiteral("2024-01-03 00:00:00.000000")),
                          pod(kFoxtrot, QStringLiteral("Foxtrot"), QStringLiteral("az1"), QStringLiteral("2024-01-04 00:00:00.000000")),
                          pod(kRegionTwo, QStringLiteral("RegionTwo"), QString(), QStringLiteral("2024-01-05 00:00:00.000000"))};
    const QJsonArray bindings{
        binding(QStringLiteral("b-charlie"), QStringLiteral("t0"), kCharlie, false, QStringLiteral("2024-02-01 10:00:00.000000"),
                QStringLiteral("2024-02-03 10:00:00.000000")),
        binding(QStringLiteral("b-delta"), QStringLiteral("t0"), kDelta, true, QStringLiteral("2024-02-02 10:00:00.000000")),
        binding(QStringLiteral("b-foxtrot"), QStringLiteral("t0"), kFoxtrot, true, QStringLiteral("2024-02-03 10:00:00.000000")),
        binding(QStringLiteral("b-t1"), QStringLiteral("t1"), kDelta, true, QStringLiteral("2024-02-04 10:00:00.000000")),
        binding(QStringLiteral("b-gone"), QStringLiteral("t2"), kDeletedPod, true, QStringLiteral("2024-02-05 10:00:00.000000")),
        binding(QStringLiteral("b-top2"), QStringLiteral("t3"), kRegionTwo, true, QStringLiteral("2024-02-06 10:00:00.000000"))};
    return {{QStringLiteral("pods"), pods}, {QStringLiteral("pod_bindings"), bindings}};
}

QJsonObject byId(const QJsonArray &list, const QString &key, const QString &id)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(key).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestCliImportRepair : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StoreTestDatabases m_databases;

    QString write(const QString &name, const QJsonObject &doc)
    {
        const QString file = m_dir.filePath(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        f.write(QJsonDocument(doc).toJson());
        return file;
    }

    QJsonObject exported(const QString &db)
    {
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--db"), db});
        if (r.exitCode != 0)
            qFatal("export failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        if (!m_databases.unavailable().isEmpty())
            QFAIL(qPrintable(m_databases.unavailable())); // asked for PostgreSQL and it is not there: a failure
        qInfo("engine: %s", qPrintable(m_databases.engineName()));
    }

    void refusesAndListsEveryAnomaly()
    {
        const QString db = m_databases.fresh();
        QJsonObject clean = realDump();
        clean.insert(QStringLiteral("pod_bindings"), QJsonArray{clean.value(QStringLiteral("pod_bindings")).toArray().at(3)});
        QJsonArray cleanPods = clean.value(QStringLiteral("pods")).toArray();
        cleanPods.removeLast();
        clean.insert(QStringLiteral("pods"), cleanPods);
        QCOMPARE(runCli({QStringLiteral("import"), write(QStringLiteral("clean.json"), clean), QStringLiteral("--db"), db}).exitCode, 0);
        const QJsonObject before = exported(db);

        const CliRun r = runCli({QStringLiteral("import"), write(QStringLiteral("dump.json"), realDump()), QStringLiteral("--db"), db,
                                 QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).contains(QLatin1String("4 anomal")) && lines.value(0).contains(QLatin1String("--repair")),
                 qPrintable(r.err));
        // One line per anomaly, each naming its records.
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[1].contains(QLatin1String("pods[4] (RegionTwo")) && lines[1].contains(QLatin1String("second top region")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QLatin1String("pod_bindings[4] (id b-gone, tenant t2, pod_id ") + kDeletedPod) &&
                     lines[2].contains(QLatin1String("does not exist")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].contains(QLatin1String("pod_bindings[5] (id b-top2")), qPrintable(lines[3]));
        QVERIFY2(lines[4].contains(QLatin1String("tenant t0 is bound 2 time")) &&
                     lines[4].contains(QLatin1String("in AZ az1, group general")) && lines[4].contains(QLatin1String("id b-delta")) && lines[4].contains(QLatin1String("id b-foxtrot")) &&
                     !lines[4].contains(QLatin1String("b-t1")),
                 qPrintable(lines[4]));
        QCOMPARE(exported(db), before); // nothing written
    }

    void repairKeepsUpstreamsCurrentAndListsEachRepair()
    {
        const QString db = m_databases.fresh();
        const QJsonObject dump = realDump();
        const CliRun r = runCli({QStringLiteral("import"), write(QStringLiteral("dump.json"), dump), QStringLiteral("--db"), db,
                                 QStringLiteral("--repair")});
        QCOMPARE(r.exitCode, 0);
        const QStringList repairs = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(repairs.size(), 4);
        QVERIFY2(repairs[0].contains(QLatin1String("left out pods[4] (RegionTwo")), qPrintable(repairs[0]));
        QVERIFY2(repairs[1].startsWith(QLatin1String("Repaired: ended pod_bindings[1] (id b-delta")) &&
                     repairs[1].contains(QLatin1String("pod_bindings[2] (id b-foxtrot")) &&
                     repairs[1].contains(QLatin1String("lowest pod_id")),
                 qPrintable(repairs[1]));
        QVERIFY2(repairs[2].contains(QLatin1String("left out pod_bindings[4] (id b-gone")), qPrintable(repairs[2]));
        QVERIFY2(repairs[3].contains(QLatin1String("left out pod_bindings[5] (id b-top2")), qPrintable(repairs[3]));
        QVERIFY2(r.err.contains(QLatin1String("Imported 4 pod")) && r.err.contains(QLatin1String(" and 4 binding")), qPrintable(r.err));

        // Every imported record is the dump's, except the one ended binding.
        const QJsonObject state = exported(db);
        const QJsonArray pods = state.value(QStringLiteral("pods")).toArray();
        QCOMPARE(pods.size(), 4);
        for (const QString &id : {kRegionOne, kDelta, kCharlie, kFoxtrot}) {
            const QJsonObject want = byId(dump.value(QStringLiteral("pods")).toArray(), QStringLiteral("pod_id"), id);
            const QJsonObject got = byId(pods, QStringLiteral("pod_id"), id);
            for (const QString &field : want.keys())
                QCOMPARE(got.value(field), want.value(field));
        }
        const QJsonArray bindings = state.value(QStringLiteral("pod_bindings")).toArray();
        QCOMPARE(bindings.size(), 4);
        for (const QString &id : {QStringLiteral("b-charlie"), QStringLiteral("b-delta"), QStringLiteral("b-foxtrot"), QStringLiteral("b-t1")}) {
            const QJsonObject want = byId(dump.value(QStringLiteral("pod_bindings")).toArray(), QStringLiteral("id"), id);
            const QJsonObject got = byId(bindings, QStringLiteral("id"), id);
            for (const QString &field : {QStringLiteral("tenant_id"), QStringLiteral("pod_id"), QStringLiteral("created_at"),
                                         QStringLiteral("updated_at")})
                QCOMPARE(got.value(field), want.value(field));
            QCOMPARE(got.value(QStringLiteral("is_binding")).toBool(), id != QLatin1String("b-delta") && want.value(QStringLiteral("is_binding")).toBool());
        }
        const QJsonObject delta = byId(bindings, QStringLiteral("id"), QStringLiteral("b-delta"));
        QVERIFY2(delta.value(QStringLiteral("ended_at")).isString(), "the ended duplicate stays as history with its end");
        QCOMPARE(byId(bindings, QStringLiteral("id"), QStringLiteral("b-foxtrot")).value(QStringLiteral("ended_at")), QJsonValue(QJsonValue::Null));

        // The trio2o policy keeps what upstream keeps: t0 on Foxtrot in az1.
        const CliRun s = runCli({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--tenant"),
                                 QStringLiteral("t0"), QStringLiteral("--az"), QStringLiteral("az1"), QStringLiteral("--policy"),
                                 QStringLiteral("trio2o"), QStringLiteral("--json"), QStringLiteral("--dry-run")});
        QCOMPARE(s.exitCode, 0);
        const QJsonObject decision = QJsonDocument::fromJson(s.out).object();
        QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("keep"));
        QCOMPARE(decision.value(QStringLiteral("pod_name")).toString(), QStringLiteral("Foxtrot"));
    }

    void repairOfACleanDumpChangesNothing()
    {
        const QString db = m_databases.fresh();
        QJsonObject clean = realDump();
        QJsonArray bindings = clean.value(QStringLiteral("pod_bindings")).toArray();
        bindings.removeLast();
        bindings.removeLast();
        bindings.removeAt(2);
        clean.insert(QStringLiteral("pod_bindings"), bindings);
        QJsonArray pods = clean.value(QStringLiteral("pods")).toArray();
        pods.removeLast();
        clean.insert(QStringLiteral("pods"), pods);
        const CliRun r = runCli({QStringLiteral("import"), write(QStringLiteral("clean.json"), clean), QStringLiteral("--db"), db,
                                 QStringLiteral("--repair")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QJsonArray got = exported(db).value(QStringLiteral("pod_bindings")).toArray();
        QCOMPARE(got.size(), 3);
        for (const QJsonValue &v : bindings) {
            const QJsonObject want = v.toObject();
            const QJsonObject have = byId(got, QStringLiteral("id"), want.value(QStringLiteral("id")).toString());
            QCOMPARE(have.value(QStringLiteral("is_binding")), want.value(QStringLiteral("is_binding")));
            QCOMPARE(have.value(QStringLiteral("pod_id")), want.value(QStringLiteral("pod_id")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliImportRepair)
#include "tst_cli_importrepair.moc"
