// SPDX-License-Identifier: Apache-2.0
// trio2o-sched against hostile files and faults, as a real process: endless
// inputs (/dev/zero) end at once with the byte named; a full disk fails every
// output with "cannot write FILE: No space left on device", a non-zero exit
// and the old file untouched (on a small tmpfs when run as root); a database
// with an odd schema version is refused without a crash.

#include "clirunner.h"
#include "smalltmpfs.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString goodState()
    {
        const QString file = path(QStringLiteral("good.json"));
        if (!QFile::exists(file))
            runCli({QStringLiteral("generate"), QStringLiteral("--tenants"), QStringLiteral("20"), QStringLiteral("--out"), file});
        return file;
    }

private slots:
    void endlessInputsEndAtOnce_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("/dev/zero"),
                                               QStringLiteral("--db"), QStringLiteral("@db")};
        QTest::newRow("schedule-state") << QStringList{QStringLiteral("schedule"), QStringLiteral("--tenant"),
                                                       QStringLiteral("t1"), QStringLiteral("--state"), QStringLiteral("/dev/zero")};
        QTest::newRow("schedule-config") << QStringList{QStringLiteral("schedule"), QStringLiteral("--tenant"), QStringLiteral("t1"),
                                                        QStringLiteral("--state"), QStringLiteral("@good"),
                                                        QStringLiteral("--config"), QStringLiteral("/dev/zero")};
    }

    void endlessInputsEndAtOnce()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("@good"), goodState());
        args.replaceInStrings(QStringLiteral("@db"), path(QStringLiteral("endless.sqlite")));
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("/dev/zero")), qPrintable(r.err));
        // The reader stopped at the first NUL byte: the JSON reader names it.
        QVERIFY2(r.err.contains(QLatin1String("byte 0")) || r.err.contains(QLatin1String("ot valid JSON at offset")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("bad_alloc")), qPrintable(r.err));
    }

    void fullDiskFailsEveryOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output");
        QTest::newRow("generate-out") << QStringList{QStringLiteral("generate"), QStringLiteral("--tenants"),
                                                     QStringLiteral("5"), QStringLiteral("--out"), QStringLiteral("@out")}
                                      << QStringLiteral("cloud.json");
        QTest::newRow("export-out") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("@db"),
                                                   QStringLiteral("--out"), QStringLiteral("@out")}
                                    << QStringLiteral("export.json");
        QTest::newRow("whatif-out") << QStringList{QStringLiteral("whatif"), QStringLiteral("@scenario"), QStringLiteral("--json"),
                                                   QStringLiteral("--out"), QStringLiteral("@out")}
                                    << QStringLiteral("report.json");
        QTest::newRow("whatif-csv-out") << QStringList{QStringLiteral("whatif"), QStringLiteral("@scenario"), QStringLiteral("--csv"),
                                                       QStringLiteral("--out"), QStringLiteral("@out")}
                                        << QStringLiteral("report.csv");
        QTest::newRow("whatif-plan") << QStringList{QStringLiteral("whatif"), QStringLiteral("@scenario"),
                                                    QStringLiteral("--plan"), QStringLiteral("@out")}
                                     << QStringLiteral("plan.json");
    }

    void fullDiskFailsEveryOutput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        SmallTmpfs fs(256);
        REQUIRE_SMALL_TMPFS(fs);
        const QString db = path(QStringLiteral("full-disk.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), goodState(), QStringLiteral("--db"), db, QStringLiteral("--replace")}).exitCode, 0);
        const QString scenario = path(QStringLiteral("scenario.json"));
        QVERIFY(writeFile(scenario, R"({"base": "good.json", "events": []})"));
        const QString out = fs.filePath(output);
        QVERIFY(writeFile(out, "the good old file\n"));
        QVERIFY(fs.fill());
        args.replaceInStrings(QStringLiteral("@out"), out);
        args.replaceInStrings(QStringLiteral("@db"), db);
        args.replaceInStrings(QStringLiteral("@scenario"), scenario);
        const CliRun r = runCli(args);
        QVERIFY2(r.exitCode != 0 && r.exitCode != -2, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cannot write %1: No space left on device").arg(out)), qPrintable(r.err));
        QCOMPARE(readFile(out), QByteArray("the good old file\n"));
        // With room again, the same command writes the file.
        QVERIFY(fs.freeSpace());
        const CliRun again = runCli(args);
        QVERIFY2(again.exitCode == 0 || again.exitCode == 3, qPrintable(again.err));
        QVERIFY(readFile(out) != QByteArray("the good old file\n"));
    }

    void oddSchemaVersionNeverCrashes_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("minus-one") << QStringLiteral("-1") << QStringLiteral("is -1;");
        QTest::newRow("two-to-the-31") << QStringLiteral("2147483648") << QStringLiteral("schema version 2147483648, newer");
        QTest::newRow("two-to-the-32-plus-2") << QStringLiteral("4294967298") << QStringLiteral("schema version 4294967298, newer");
    }

    void oddSchemaVersionNeverCrashes()
    {
        QFETCH(QString, version);
        QFETCH(QString, expected);
        const QString db = path(QStringLiteral("schema-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(runCli({QStringLiteral("import"), goodState(), QStringLiteral("--db"), db}).exitCode, 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE schema_info SET version = %1").arg(version)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = readFile(db);
        for (const QString &command : {QStringLiteral("pods"), QStringLiteral("export")}) {
            const CliRun r = runCli({command, QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 1); // not a signal (-2)
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        }
        QCOMPARE(readFile(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
