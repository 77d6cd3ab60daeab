// Golden what-if scenarios: every folder of tests/data/scenarios holds a
// scenario.json, its base (state.json) and expected.json, the exact --json
// report. A regression is a readable diff of that file. To regenerate after a
// deliberate change: TRIO2O_REGENERATE=1 ctest -R tst_scenariogolden, then
// read every changed expected.json by eye before committing it.
// Also: the base (state file or database) is byte-for-byte unchanged.

#include "reportjson.h"
#include "scenarioloader.h"
#include "sqlstore.h"
#include "statejsoncodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace model;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha(const QString &path) { return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256); }

// The first differing line of two pretty-printed JSON documents, for a readable failure.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
        if (a.value(i) != e.value(i))
            return QStringLiteral("line %1: got %2, expected %3").arg(i + 1).arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)));
    return {};
}

} // namespace

class TestScenarioGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void databaseBaseIsUntouched();
    void currentBaseComesFromTheCaller();
};

void TestScenarioGolden::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 6);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestScenarioGolden::golden()
{
    QFETCH(QString, dir);
    const QByteArray baseBefore = sha(dir + QStringLiteral("/state.json"));
    const auto loaded = ScenarioLoader::loadFile(dir + QStringLiteral("/scenario.json"), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const whatif::RunResult result = whatif::runScenario(loaded->scenario, loaded->base);
    const QByteArray actual = ReportJson::serialize(result);
    const QString expectedPath = dir + QStringLiteral("/expected.json");
    if (qEnvironmentVariableIsSet("TRIO2O_REGENERATE")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    const QByteArray expected = readAll(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
    const QByteArray normalised = QJsonDocument::fromJson(expected).toJson(QJsonDocument::Indented);
    QVERIFY2(actual == normalised, qPrintable(firstDifference(actual, normalised)));
    QCOMPARE(sha(dir + QStringLiteral("/state.json")), baseBefore);
}

void TestScenarioGolden::databaseBaseIsUntouched()
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("cloud.sqlite"));
    const QString caseDir = QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/maintenance-rebinds-within-az-and-group");
    {
        auto state = StateJsonCodec::parse(readAll(caseDir + QStringLiteral("/state.json")));
        QVERIFY2(state.ok(), qPrintable(state.error()));
        auto store = SqlStore::open(db);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(store.value()->replaceState(state.value()).ok());
    }
    const QByteArray before = sha(db);
    const QDateTime modified = QFileInfo(db).lastModified();
    QByteArray scenario = readAll(caseDir + QStringLiteral("/scenario.json"));
    scenario.replace("\"state.json\"", "\"cloud.sqlite\"");
    const auto loaded = ScenarioLoader::load(scenario, tmp.path(), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->source.kind, BaseSource::Kind::Database);
    const whatif::RunResult fromDb = whatif::runScenario(loaded->scenario, loaded->base);
    QCOMPARE(sha(db), before);
    QCOMPARE(QFileInfo(db).lastModified(), modified);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{QStringLiteral("cloud.sqlite")});
    // Same report as from the state file.
    const auto fromFile = ScenarioLoader::loadFile(caseDir + QStringLiteral("/scenario.json"), {});
    QVERIFY(fromFile.ok());
    QCOMPARE(ReportJson::serialize(fromDb), ReportJson::serialize(whatif::runScenario(fromFile->scenario, fromFile->base)));
}

void TestScenarioGolden::currentBaseComesFromTheCaller()
{
    const QString caseDir = QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/drain-moves-all-tenants-at-once");
    QByteArray scenario = readAll(caseDir + QStringLiteral("/scenario.json"));
    scenario.replace("\"state.json\"", "\"current\"");
    int asked = 0;
    const auto current = [&]() -> Result<sched::CloudState> {
        ++asked;
        return StateJsonCodec::parse(readAll(caseDir + QStringLiteral("/state.json")));
    };
    const auto loaded = ScenarioLoader::load(scenario, caseDir, current);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(asked, 1);
    QCOMPARE(whatif::runScenario(loaded->scenario, loaded->base).reports[0].summary.rebind, 3u);
    const auto none = ScenarioLoader::load(scenario, caseDir, {});
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(QStringLiteral("current")));
}

QTEST_GUILESS_MAIN(TestScenarioGolden)
#include "tst_scenariogolden.moc"
