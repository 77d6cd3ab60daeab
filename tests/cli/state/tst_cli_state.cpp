// SPDX-License-Identifier: Apache-2.0
// trio2o-sched import, export and generate, run as a real process.

#include "clirunner.h"
#include "sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void helpListsCommands()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *cmd : {"import", "export", "generate", "schedule"})
            QVERIFY2(r.out.contains(cmd), r.out.constData());
        const CliRun sub = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--replace"));
    }

    void unknownCommandFails()
    {
        const CliRun r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    }

    void generateIsDeterministic()
    {
        const QStringList args{QStringLiteral("generate"), QStringLiteral("--azs"), QStringLiteral("4"),
                               QStringLiteral("--pods"), QStringLiteral("20"), QStringLiteral("--tenants"),
                               QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9")};
        const CliRun a = runCli(args);
        const CliRun b = runCli(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const QJsonObject doc = QJsonDocument::fromJson(a.out).object();
        QCOMPARE(doc.value(QStringLiteral("pods")).toArray().size(), 21); // 20 bottom pods + the top region
        QVERIFY(doc.value(QStringLiteral("pod_bindings")).toArray().size() >= 300);
        QVERIFY(runCli(args.mid(0, 8) + QStringList{QStringLiteral("10")}).out != a.out); // another seed
    }

    void generateRejectsBadNumbers_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("negative-tenants") << QStringList{QStringLiteral("--tenants"), QStringLiteral("-5")} << QStringLiteral("--tenants");
        QTest::newRow("text-pods") << QStringList{QStringLiteral("--pods"), QStringLiteral("many")} << QStringLiteral("--pods");
        QTest::newRow("fewer-pods-than-azs") << QStringList{QStringLiteral("--azs"), QStringLiteral("5"), QStringLiteral("--pods"), QStringLiteral("2")}
                                             << QStringLiteral("--pods");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("--colour"), QStringLiteral("red")} << QStringLiteral("colour");
    }
    void generateRejectsBadNumbers()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun r = runCli(QStringList{QStringLiteral("generate")} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void importExportRoundTrip()
    {
        const QString json = path(QStringLiteral("cloud.json"));
        const QString db = path(QStringLiteral("rt.sqlite"));
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--tenants"), QStringLiteral("100"), QStringLiteral("--out"), json}).exitCode, 0);
        const CliRun imported = runCli({QStringLiteral("import"), json, QStringLiteral("--db"), db});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains(QLatin1String("Imported")), qPrintable(imported.err));
        const QString db2 = path(QStringLiteral("rt2.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), json, QStringLiteral("--db"), db2}).exitCode, 0);
        // Standard input works too, and a second import needs --replace.
        const CliRun refused = runCli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--db"), db2}, readFile(json));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("--replace")), qPrintable(refused.err));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--db"), db2, QStringLiteral("--replace")}, readFile(json)).exitCode, 0);
    }

    // A dump as an operator brings it, imported and exported: the result is
    // compared with tests/data/roundtrip/export.json, written by hand (its
    // README lists the rules), and that file imports back to itself.
    void importedDumpExportsAsWrittenByHand()
    {
        const QString dump = QStringLiteral(TRIO2O_TEST_DATA_DIR "/roundtrip/dump.json");
        const QString expectedFile = QStringLiteral(TRIO2O_TEST_DATA_DIR "/roundtrip/export.json");
        const QByteArray expected = readFile(expectedFile);
        QVERIFY(!expected.isEmpty());
        const QString db = path(QStringLiteral("dump.sqlite"));
        const CliRun imported = runCli({QStringLiteral("import"), dump, QStringLiteral("--db"), db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.err.trimmed(), QStringLiteral("Imported 3 pods and 4 bindings."));
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--indent"), QStringLiteral("--db"), db});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out, expected);
        // Compact: the same document without the layout (no string in it holds a blank).
        QByteArray compact = expected;
        compact.replace(QByteArrayLiteral("\": "), QByteArrayLiteral("\":"));
        compact = QString::fromUtf8(compact).remove(QRegularExpression(QStringLiteral("\n *"))).toUtf8();
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out, compact);
        // The expected file is itself a state file: it comes back unchanged.
        const QString again = path(QStringLiteral("again.sqlite"));
        QCOMPARE(runCli({QStringLiteral("import"), expectedFile, QStringLiteral("--db"), again}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--indent"), QStringLiteral("--db"), again}).out, expected);
    }

    void badImportLeavesDatabaseAlone()
    {
        const QString db = path(QStringLiteral("keep.sqlite"));
        const QString good = path(QStringLiteral("good.json"));
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--tenants"), QStringLiteral("20"), QStringLiteral("--out"), good}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), good, QStringLiteral("--db"), db}).exitCode, 0);
        const QByteArray before = runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out;

        QJsonObject doc = QJsonDocument::fromJson(readFile(good)).object();
        QJsonArray bindings = doc.value(QStringLiteral("pod_bindings")).toArray();
        QJsonObject broken = bindings.at(3).toObject();
        broken.insert(QStringLiteral("pod_id"), QStringLiteral("no-such-pod"));
        bindings.replace(3, broken);
        doc.insert(QStringLiteral("pod_bindings"), bindings);
        const QString bad = path(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();

        const CliRun r = runCli({QStringLiteral("import"), bad, QStringLiteral("--db"), db, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("pod_bindings[3]")) && r.err.contains(QLatin1String("no-such-pod")), qPrintable(r.err));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out, before);

        const CliRun missing = runCli({QStringLiteral("import"), path(QStringLiteral("nope.json")), QStringLiteral("--db"), db});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("nope.json")), qPrintable(missing.err));
    }

    void aMissingDatabaseIsAnErrorUnlessCreateIsGiven_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("pods") << QStringList{QStringLiteral("pods")};
        QTest::newRow("bindings") << QStringList{QStringLiteral("bindings")};
        QTest::newRow("export") << QStringList{QStringLiteral("export")};
    }

    void aMissingDatabaseIsAnErrorUnlessCreateIsGiven()
    {
        QFETCH(QStringList, command);
        const QString typo = path(QStringLiteral("clodu.sqlite"));
        const CliRun refused = runCli(command + QStringList{QStringLiteral("--db"), typo});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("clodu.sqlite")) && refused.err.contains(QLatin1String("--create")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(typo)); // nothing created
        const CliRun created = runCli(command + QStringList{QStringLiteral("--db"), typo, QStringLiteral("--create")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QFile::exists(typo));
        QVERIFY(QFile::remove(typo));
    }

    void exportNeverLeavesHalfFiles()
    {
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--db"), path(QStringLiteral("e.sqlite")),
                                 QStringLiteral("--create"), QStringLiteral("--out"),
                                 path(QStringLiteral("no/such/dir/out.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("out.json")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/out.json"))));
    }
};

QTEST_GUILESS_MAIN(TestCliState)
#include "tst_cli_state.moc"
